// Performance benchmark for the release build (see README "Benchmark").
//  - bytes per file (raw, gzip, brotli) and total brotli against the budget;
//  - Lighthouse 12.2.3 mobile, 5 runs for the widget and 5 for a plain static page with the same
//    start-screen text, served with compression like a real host, twice: with slow 4G and 4x CPU
//    simulated (Lighthouse's default, a model computed from an unthrottled load) and applied
//    (`--throttling-method=devtools`: Lighthouse's applied slow 4G, 562.5 ms per request,
//    1.47 Mbit/s, 4x CPU; what the performance issue quoted). LCP, TTI, and TTI ÷ static LCP;
//  - time to first answer with real throttling through CDP (bench/first-answer.mjs): start-screen
//    text visible, Start working, a share link's results visible; median and worst of 7 cold loads;
//  - re-render time after changing an answer on the results screen at 4x CPU throttle (20 runs).
// Raw reports go to bench/reports/ (git-ignored).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sizes, table, LANGS, TARGET_BEFORE_START, TARGET_JOURNEY } from "../tests/e2e/size.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { firstAnswer, makeStatic, report, warm } from "./first-answer.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const reports = join(root, "bench", "reports");
// BENCH_DIST measures another build (e.g. a copy of an older dist/) with the same harness.
const dist = resolve(process.env.BENCH_DIST || join(root, "dist"));
const PORT = Number(process.env.BENCH_PORT || 8383);
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.LH_RUNS || 5);
const FA_RUNS = Number(process.env.FA_RUNS || 7);

rmSync(reports, { recursive: true, force: true });
mkdirSync(join(reports, "static"), { recursive: true });

// The comparison page: the same HTML and CSS with the app's scripts removed.
makeStatic(dist, join(reports, "static"));

const server = spawn("node", [join(root, "tests/e2e/server.mjs"), "--port", String(PORT), "--dir", dist,
  "--compress", "--mount", `/static-compare/=${join(reports, "static")}`], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 700));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

function lighthouse(url, name, i, method) {
  const out = join(reports, `lh-${method}-${name}-${i}.json`);
  execFileSync(join(root, "bench/node_modules/.bin/lighthouse"), [
    url, "--quiet", "--output=json", `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices",
    "--form-factor=mobile", `--throttling-method=${method}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" }, stdio: "ignore" });
  const r = JSON.parse(readFileSync(out, "utf8"));
  return {
    perf: Math.round(r.categories.performance.score * 100),
    a11y: Math.round(r.categories.accessibility.score * 100),
    bp: Math.round(r.categories["best-practices"].score * 100),
    fcp: r.audits["first-contentful-paint"].numericValue,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tti: r.audits["interactive"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
  };
}

/** Time from a change on the results screen to the end of the DOM update, 20 runs per path:
 *  - "medicine switch": "Show results for" alternates one medicine / all medicines, which
 *    recomputes the explanation for the medicines shown and re-renders every part (the slowest
 *    path a person takes on the results);
 *  - "values answer": "Growing back the hair on my scalp" alternates "A lot" / "Not much", which
 *    changes the profile and the values section. */
async function rerender() {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(BASE + "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe&brows=y&s=results");
  await page.waitForSelector("#main button");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const paths = {
    "medicine switch": (i) => ({ view: i % 2 ? "All medicines" : "Ritlecitinib (Litfulo)" }),
    "values answer": (i) => ({ legend: "Growing back the hair on my scalp", label: i % 2 ? "Not much" : "A lot" }),
  };
  const out = {};
  for (const [name, pick] of Object.entries(paths)) {
    out[name] = [];
    for (let i = 0; i < 20; i++) {
      const ms = await page.evaluate(async ({ view, legend, label }) => {
        const labels = view
          ? [...document.querySelectorAll(".view-switch label")]
          : [...[...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === legend).querySelectorAll("label")];
        const input = labels.find((l) => l.textContent.trim() === (view || label)).querySelector("input");
        return await new Promise((done) => {
          let last = 0;
          const start = performance.now();
          const obs = new MutationObserver(() => { last = performance.now(); });
          obs.observe(document.getElementById("main"), { subtree: true, childList: true, attributes: true, characterData: true });
          input.click();
          // Yew renders in a microtask/task after the event; wait until two frames pass quietly.
          requestAnimationFrame(() => requestAnimationFrame(() => { obs.disconnect(); done((last || performance.now()) - start); }));
        });
      }, pick(i));
      out[name].push(ms);
    }
  }
  await browser.close();
  return out;
}

const rerenderLines = (times) => Object.entries(times).map(([name, t]) =>
  `${name.padEnd(16)} median ${median(t).toFixed(1)} ms, p95 ${p95(t).toFixed(1)} ms, worst ${Math.max(...t).toFixed(1)} ms (target median ≤ 16 ms)`);

// `node bench/run.mjs --rerender`: only the re-render paths (about a minute).
if (process.argv.includes("--rerender")) {
  try {
    await warm(BASE, dist);
    console.log(rerenderLines(await rerender()).join("\n"));
  } finally {
    server.kill();
  }
  process.exit(0);
}

try {
  await warm(BASE, dist);
  await warm(BASE + "static-compare/", join(reports, "static"));
  const load = [loadavg()[0]];
  const files = sizes(dist);
  const { text, journeys, starts } = table(files);
  const lh = { simulate: { widget: [], statik: [] }, devtools: { widget: [], statik: [] } };
  for (let i = 0; i < RUNS; i++) {
    for (const method of ["simulate", "devtools"]) {
      lh[method].widget.push(lighthouse(BASE, "widget", i, method));
      lh[method].statik.push(lighthouse(BASE + "static-compare/", "static", i, method));
    }
  }
  load.push(loadavg()[0]);
  const fa = await firstAnswer([
    { name: "widget", base: BASE },
    { name: "static page", base: BASE + "static-compare/", static: true },
  ], { runs: FA_RUNS });
  writeFileSync(join(reports, "first-answer.json"), JSON.stringify(fa, null, 1));
  const times = await rerender();
  load.push(loadavg()[0]);
  const m = (rows, k) => median(rows.map((r) => r[k]));
  const row = (name, rows) =>
    `${name.padEnd(18)} ${String(m(rows, "perf")).padStart(5)} ${String(m(rows, "a11y")).padStart(5)} ${String(m(rows, "bp")).padStart(5)} ${m(rows, "fcp").toFixed(0).padStart(7)} ${m(rows, "lcp").toFixed(0).padStart(7)} ${m(rows, "tbt").toFixed(0).padStart(6)} ${m(rows, "tti").toFixed(0).padStart(7)}`;
  const header = `${"page".padEnd(18)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"bp".padStart(5)} ${"FCP ms".padStart(7)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(6)} ${"TTI ms".padStart(7)}`;
  const paired = (w, st, k) => {
    const r = w.map((x, i) => x[k] / st[i].lcp);
    return `${r.map((x) => x.toFixed(2)).join(" ")} (median ${median(r).toFixed(2)}, worst ${Math.max(...r).toFixed(2)})`;
  };
  const lhTable = (method, title) => {
    const { widget, statik } = lh[method];
    return [
      `== Lighthouse 12.2.3, mobile, ${title}, medians of ${RUNS} runs ==`,
      header,
      row("widget", widget),
      row("static comparison", statik),
      `LCP ratio widget/static: ${(m(widget, "lcp") / m(statik, "lcp")).toFixed(2)} (target ≤ 1.05); TTI widget ÷ LCP static: ${(m(widget, "tti") / m(statik, "lcp")).toFixed(2)} (target ≤ 1.60)`,
      // Each widget run is paired with the static run right after it, so a burst of machine load
      // hits both; the median of the pairs is steadier than a ratio of medians.
      `  paired runs: LCP ratio ${paired(widget, statik, "lcp")}; TTI ÷ static LCP ${paired(widget, statik, "tti")}`,
    ];
  };
  const summary = [
    "== Bytes (release build) ==",
    text,
    ...LANGS.map((l) => `Journey in ${l}: ${journeys[l].brotli} bytes brotli (${(journeys[l].brotli / 1024).toFixed(1)} KB), target ${TARGET_JOURNEY / 1024} KB`),
    ...LANGS.map((l) => `Before Start in ${l}: ${starts[l].brotli} bytes brotli (${(starts[l].brotli / 1024).toFixed(1)} KB), target ${TARGET_BEFORE_START} B with headers (see the wire figure above)`),
    "",
    ...lhTable("devtools", "slow 4G and 4x CPU applied (devtools throttling)"),
    "",
    ...lhTable("simulate", "slow 4G and 4x CPU simulated (Lantern model of an unthrottled load)"),
    "",
    report(fa),
    "targets: Start works ≤ 1200 ms median; share-link results ≤ 1600 ms",
    "",
    "== Re-render after a change on the results screen (4x CPU, 20 runs per path) ==",
    ...rerenderLines(times),
    "",
    `load average (1 min) over the whole benchmark: ${load.map((x) => x.toFixed(2)).join(" → ")} on ${cpus().length} cores`,
  ].join("\n");
  console.log(summary);
  writeFileSync(join(reports, "summary.txt"), summary + "\n");
  writeFileSync(join(reports, "rerender.json"), JSON.stringify(times));
} finally {
  server.kill();
}
