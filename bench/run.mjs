// Performance benchmark for the release build (see README "Benchmark").
//  - bytes per file (raw, gzip, brotli) and total brotli against the budget;
//  - Lighthouse 12.2.3 mobile (simulated slow 4G, 4x CPU), 3 runs for the widget and 3 for a plain
//    static page with the same start-screen text, served with compression like a real host;
//  - re-render time after changing an answer on the results screen at 4x CPU throttle (20 runs).
// Raw reports go to bench/reports/ (git-ignored).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sizes, table, AIM_BROTLI, BUDGET_BROTLI } from "../tests/e2e/size.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const reports = join(root, "bench", "reports");
const dist = join(root, "dist");
const PORT = Number(process.env.BENCH_PORT || 8383);
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.LH_RUNS || 3);

rmSync(reports, { recursive: true, force: true });
mkdirSync(join(reports, "static"), { recursive: true });

// The comparison page: the same HTML and CSS with the app's scripts removed.
const html = readFileSync(join(dist, "index.html"), "utf8")
  .replace(/<script[\s\S]*?<\/script>/g, "")
  .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, "")
  .replace(/href=\.\/(app-[\w-]+\.css)/, "href=../$1");
writeFileSync(join(reports, "static", "index.html"), html);

const server = spawn("node", [join(root, "tests/e2e/server.mjs"), "--port", String(PORT), "--dir", dist,
  "--compress", "--mount", `/static-compare/=${join(reports, "static")}`], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 700));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

function lighthouse(url, name, i) {
  const out = join(reports, `lh-${name}-${i}.json`);
  execFileSync(join(root, "bench/node_modules/.bin/lighthouse"), [
    url, "--quiet", "--output=json", `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices",
    "--form-factor=mobile", "--throttling-method=simulate",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" }, stdio: "ignore" });
  const r = JSON.parse(readFileSync(out, "utf8"));
  return {
    perf: Math.round(r.categories.performance.score * 100),
    a11y: Math.round(r.categories.accessibility.score * 100),
    bp: Math.round(r.categories["best-practices"].score * 100),
    fcp: r.audits["first-contentful-paint"].numericValue,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
  };
}

/** Time from an answer change on the results screen to the end of the DOM update. */
async function rerender() {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(BASE + "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe&brows=y&s=results");
  await page.waitForSelector("#main button");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times = [];
  for (let i = 0; i < 20; i++) {
    // Alternate "A lot" / "Not much" for scalp hair: the profile changes, the explanation is
    // recomputed and the page re-rendered.
    const label = i % 2 ? "Not much" : "A lot";
    const ms = await page.evaluate(async (label) => {
      const group = [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Growing back the hair on my scalp");
      const input = [...group.querySelectorAll("label")].find((l) => l.textContent.trim() === label).querySelector("input");
      return await new Promise((done) => {
        let last = 0;
        const start = performance.now();
        const obs = new MutationObserver(() => { last = performance.now(); });
        obs.observe(document.getElementById("main"), { subtree: true, childList: true, attributes: true, characterData: true });
        input.click();
        // Yew renders in a microtask/task after the event; wait until two frames pass quietly.
        requestAnimationFrame(() => requestAnimationFrame(() => { obs.disconnect(); done((last || performance.now()) - start); }));
      });
    }, label);
    times.push(ms);
  }
  await browser.close();
  return times;
}

try {
  const files = sizes(dist);
  const { text, total } = table(files);
  const widget = [], statik = [];
  for (let i = 0; i < RUNS; i++) {
    widget.push(lighthouse(BASE, "widget", i));
    statik.push(lighthouse(BASE + "static-compare/", "static", i));
  }
  const times = await rerender();
  const m = (rows, k) => median(rows.map((r) => r[k]));
  const row = (name, rows) =>
    `${name.padEnd(18)} ${String(m(rows, "perf")).padStart(5)} ${String(m(rows, "a11y")).padStart(5)} ${String(m(rows, "bp")).padStart(5)} ${m(rows, "fcp").toFixed(0).padStart(7)} ${m(rows, "lcp").toFixed(0).padStart(7)} ${m(rows, "tbt").toFixed(0).padStart(6)}`;
  const ratio = m(widget, "lcp") / m(statik, "lcp");
  const summary = [
    "== Bytes (release build) ==",
    text,
    `Total brotli: ${total.brotli} bytes (${(total.brotli / 1024).toFixed(1)} KB); budget ${BUDGET_BROTLI / 1024} KB; aim ${AIM_BROTLI / 1024} KB`,
    "",
    `== Lighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU), medians of ${RUNS} runs ==`,
    `${"page".padEnd(18)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"bp".padStart(5)} ${"FCP ms".padStart(7)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(6)}`,
    row("widget", widget),
    row("static comparison", statik),
    `LCP ratio widget/static: ${ratio.toFixed(2)} (target ≤ 1.20)`,
    "",
    "== Re-render after changing an answer on the results screen (4x CPU, 20 runs) ==",
    `median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms (target median ≤ 16 ms)`,
  ].join("\n");
  console.log(summary);
  writeFileSync(join(reports, "summary.txt"), summary + "\n");
  writeFileSync(join(reports, "rerender.json"), JSON.stringify(times));
} finally {
  server.kill();
}
