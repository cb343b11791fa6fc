// "Time to first answer": how soon a person on a slow phone sees the start screen, can press
// Start, and (from a share link) sees their results. Real throttling through the DevTools protocol,
// not Lighthouse's simulation: 150 ms latency, 1.6 Mbit/s down and up (200 000 bytes/s), 4x CPU.
// Every load is cold: a new browser context (empty HTTP cache, no storage) per run.
//
// What is measured, in ms from the start of navigation (performance.timeOrigin):
//  - text:    start-screen text visible = the first contentful paint (the static start screen in
//             index.html is the page's first content);
//  - start:   Start works = the app's Start button is in the DOM (Yew attaches its click listener in
//             the same render; the static page has no button) and the main thread has then run one
//             more task, so a click arriving at that moment is handled;
//  - results: a share link's results visible = the app's "Your results" heading painted with the
//             key points under it (element timing; if the browser gives none, the end of the
//             frame that rendered it).
// Also the request timings (start → end) of the stylesheet, the JS glue, the wasm and clinic.json.
//
// Used by bench/run.mjs; also runs on its own to compare builds in one sitting:
//   node bench/first-answer.mjs [--runs 7] [--port 8212] [name=dir ...]   (default: dist)
// Variants are interleaved run by run, so a change in machine load hits them alike.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/browser.mjs";

export const PROFILE = { latency: 150, downloadThroughput: 200000, uploadThroughput: 200000, cpu: 4 };
export const SHARE_LINK = "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe&brows=y";

// Runs in the page before any of its own scripts (CDP init script, outside the page's CSP).
const PROBE = `(() => {
  const m = (window.__fa = { marks: {} }).marks;
  // Each mark is also reported to the harness through a CDP binding (no polling from outside).
  const set = (k, v) => { if (!(k in m)) { m[k] = v ?? performance.now(); try { window.__faMark?.(k); } catch {} } };
  const obs = (type, f) => { try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe({ type, buffered: true }); } catch {} };
  obs("paint", (e) => { if (e.name === "first-contentful-paint") set("text", e.startTime); });
  obs("largest-contentful-paint", (e) => { m.lcp = e.startTime; });
  obs("element", (e) => { if (e.identifier === "fa-results") set("results", e.renderTime || e.loadTime); });
  window.__fa.long = [];
  obs("longtask", (e) => window.__fa.long.push([Math.round(e.startTime), Math.round(e.duration)]));
  // When the wasm is compiled and instantiated (streaming, or the fallback).
  for (const k of ["instantiateStreaming", "instantiate"]) {
    const f = WebAssembly[k];
    if (f) WebAssembly[k] = function (...a) { set(k + "Call"); return f.apply(this, a).then((r) => { set(k + "Done"); return r; }); };
  }
  const check = () => {
    if (!("startDom" in m) && document.querySelector("#main button.primary")) {
      set("startDom");
      setTimeout(() => set("start"), 0);
    }
    const h = document.getElementById("screen-title");
    // The results themselves, not the "Getting your results ready" screen that shares their
    // heading while the results' words arrive.
    if (!("resultsDom" in m) && h && /Your results/.test(h.textContent) && document.querySelector(".key-points")) {
      set("resultsDom");
      h.setAttribute("elementtiming", "fa-results");
      requestAnimationFrame(() => setTimeout(() => set("resultsFrame"), 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** The comparison page: the build's HTML and CSS with the app's scripts and preloads removed. */
export function makeStatic(dist, out) {
  mkdirSync(out, { recursive: true });
  const html = readFileSync(join(dist, "index.html"), "utf8")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*rel="?(modulepreload|preload)[^>]*>/g, "");
  writeFileSync(join(out, "index.html"), html);
  for (const f of readdirSync(dist).filter((f) => f.endsWith(".css"))) copyFileSync(join(dist, f), join(out, f));
}

/** Fetch every file once so the server has compressed it before the first timed run. */
export async function warm(base, dir) {
  for (const f of readdirSync(dir)) await fetch(base + f, { headers: { "accept-encoding": "br" } }).then((r) => r.arrayBuffer()).catch(() => {});
}

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const worst = (xs) => { const s = xs.filter((x) => x != null); return s.length ? Math.max(...s) : NaN; };

/** One cold load of `url` under the profile; resolves with the marks and request timings. */
async function coldLoad(browser, url, { until, clickStart = false }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const seen = new Set();
    let wake = () => {};
    cdp.on("Runtime.bindingCalled", (e) => { if (e.name === "__faMark") { seen.add(e.payload); wake(); } });
    const reached = (keys, ms) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url}: no ${keys.filter((k) => !seen.has(k))} within ${ms} ms`)), ms);
      const check = () => { if (keys.every((k) => seen.has(k))) { clearTimeout(timer); resolve(); } };
      wake = check;
      check();
    });
    await cdp.send("Runtime.enable");
    await cdp.send("Runtime.addBinding", { name: "__faMark" });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: PROFILE.latency,
      downloadThroughput: PROFILE.downloadThroughput, uploadThroughput: PROFILE.uploadThroughput,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
    await page.addInitScript(PROBE);
    await page.goto(url, { waitUntil: "commit" });
    await reached(until, 30000);
    // The results heading's element timing comes with the frame's presentation, a little later.
    if (until.includes("resultsFrame")) await reached(["results"], 1000).catch(() => {});
    // Let late requests (clinic.json) finish so their timings are recorded.
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    const out = await page.evaluate(() => {
      const m = { ...window.__fa.marks };
      if (m.resultsDom != null && m.results == null) m.results = m.resultsFrame;
      const req = {};
      const nav = performance.getEntriesByType("navigation")[0];
      if (nav) req.html = [nav.requestStart, nav.responseEnd];
      for (const e of performance.getEntriesByType("resource")) {
        const name = e.name.split("/").pop().split("?")[0];
        const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".css") ? "css"
          : name === "clinic.json" ? "clinic" : name.endsWith(".js") ? "glue" : name;
        if (!req[kind]) req[kind] = [e.startTime, e.responseEnd];
      }
      return { marks: m, req, long: window.__fa.long };
    });
    if (clickStart) {
      // Check that the button we timed really works.
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await page.getByRole("button", { name: "Start" }).click();
      await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you", null, { timeout: 10000 });
    }
    return out;
  } finally {
    await context.close();
  }
}

/**
 * Measure each variant (`{ name, base, static? }`) `runs` times, interleaved. A variant with
 * `static: true` is a script-free page: only its text paint is measured.
 */
export async function firstAnswer(variants, { runs = 7, log = () => {} } = {}) {
  const browser = await launch();
  const load = [loadavg()[0]];
  const rows = Object.fromEntries(variants.map((v) => [v.name, { start: [], share: [] }]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const v of variants) {
        if (v.static) {
          rows[v.name].start.push(await coldLoad(browser, v.base, { until: ["text"] }));
          continue;
        }
        rows[v.name].start.push(await coldLoad(browser, v.base, { until: ["text", "start"], clickStart: true }));
        rows[v.name].share.push(await coldLoad(browser, v.base + SHARE_LINK, { until: ["text", "start", "resultsFrame"] }));
        log(`  run ${i + 1}/${runs} ${v.name}: start ${rows[v.name].start.at(-1).marks.start.toFixed(0)} ms, results ${rows[v.name].share.at(-1).marks.results.toFixed(0)} ms`);
      }
      load.push(loadavg()[0]);
    }
  } finally {
    await browser.close();
  }
  return { rows, load, runs };
}

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");

/** A printable table of medians and worst cases. */
export function report({ rows, load, runs }) {
  const lines = [
    `== Time to first answer: real throttling through CDP (${PROFILE.latency} ms latency, ${(PROFILE.downloadThroughput * 8 / 1e6).toFixed(1)} Mbit/s, ${PROFILE.cpu}x CPU), cold loads, ${runs} runs each ==`,
    `load average (1 min) during the runs: ${Math.min(...load).toFixed(2)}–${Math.max(...load).toFixed(2)}`,
    `${"variant".padEnd(14)} ${"text med/worst".padStart(15)} ${"Start works".padStart(13)} ${"link results".padStart(13)}   request start→end, medians (share-link loads): html · css · glue · wasm · clinic.json`,
  ];
  for (const [name, r] of Object.entries(rows)) {
    const text = [...r.start, ...r.share].map((x) => x.marks.text);
    const mw = (xs) => `${f0(median(xs))}/${f0(worst(xs))}`.padStart(13);
    const reqs = ["html", "css", "glue", "wasm", "clinic"].map((k) => {
      const s = median(r.share.length ? r.share.map((x) => x.req[k]?.[0]) : r.start.map((x) => x.req[k]?.[0]));
      const e = median(r.share.length ? r.share.map((x) => x.req[k]?.[1]) : r.start.map((x) => x.req[k]?.[1]));
      return Number.isFinite(s) ? `${f0(s)}→${f0(e)}` : "–";
    }).join(" · ");
    lines.push(`${name.padEnd(14)} ${mw(text).padStart(15)} ${mw(r.start.map((x) => x.marks.start))} ${mw(r.share.map((x) => x.marks.results))}   ${reqs}`);
  }
  lines.push("after the wasm arrived, medians (start loads): compiled+instantiated · app rendered · main thread free");
  for (const [name, r] of Object.entries(rows)) {
    if (!r.share.length) continue;
    const d = (a, b) => f0(median(r.start.map((x) => (x.marks[a] ?? NaN) - (b === "wasm" ? x.req.wasm?.[1] : x.marks[b]))));
    lines.push(`${name.padEnd(14)} +${d("instantiateStreamingDone", "wasm")} · +${d("startDom", "instantiateStreamingDone")} · +${d("start", "startDom")} ms`);
  }
  lines.push("(ms from navigation start; median/worst. text = first contentful paint; Start works = the app's Start button rendered and the main thread free; link results = the results heading painted)");
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const args = process.argv.slice(2);
  const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args.splice(i, 2)[1] : d; };
  const runs = Number(opt("--runs", 7));
  const port = Number(opt("--port", process.env.BENCH_PORT || 8212));
  const named = args.map((a) => a.split("="));
  if (!named.length) named.push(["dist", join(root, "dist")]);
  const staticDir = join(root, "bench", "reports", "static-fa");
  makeStatic(resolve(named[0][1]), staticDir);
  named.push(["static", staticDir]);
  const mounts = named.flatMap(([n, d]) => ["--mount", `/${n}/=${resolve(d)}`]);
  const server = spawn("node", [join(root, "tests/e2e/server.mjs"), "--port", String(port), "--dir", join(root, "dist"), "--compress", ...mounts], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 700));
  try {
    const variants = named.map(([n]) => ({ name: n, base: `http://127.0.0.1:${port}/${n}/`, static: n.startsWith("static") }));
    for (const [n, d] of named) await warm(`http://127.0.0.1:${port}/${n}/`, resolve(d));
    const result = await firstAnswer(variants, { runs, log: console.log });
    console.log(report(result));
    mkdirSync(join(root, "bench", "reports"), { recursive: true });
    writeFileSync(join(root, "bench", "reports", `first-answer-${Date.now()}.json`), JSON.stringify(result, null, 1));
  } finally {
    server.kill();
  }
}
