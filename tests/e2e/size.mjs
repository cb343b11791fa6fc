// Size report of the release build: raw, gzip and brotli bytes per file and in total.
// Fails if what the browser fetches for a full journey exceeds the brotli budget.
//   node tests/e2e/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// The budget from the performance issue: the test command fails above 120 KB brotli for
// everything a full journey fetches. 100 KB is the aim.
export const BUDGET_BROTLI = 120 * 1024;
export const AIM_BROTLI = 100 * 1024;
// The widget never fetches these: embed.js runs on the host page.
const NOT_FETCHED = new Set(["embed.js"]);

export function sizes(dir) {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const body = readFileSync(join(dir, f));
      return {
        file: f,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        fetched: !NOT_FETCHED.has(f),
      };
    });
}

export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const lines = [`${"file".padEnd(44)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)} ${"br KB".padStart(7)}`];
  for (const r of rows) {
    lines.push(`${(r.file + (r.fetched ? "" : " (host page)")).padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  }
  const t = rows.filter((r) => r.fetched).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  lines.push(`${"TOTAL fetched by the widget".padEnd(44)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`);
  return { text: lines.join("\n"), total: t };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const { text, total } = table(sizes(dir));
  console.log(text);
  const left = BUDGET_BROTLI - total.brotli;
  console.log(`\nTotal brotli: ${total.brotli} bytes (${(total.brotli / 1024).toFixed(1)} KB); budget ${BUDGET_BROTLI / 1024} KB (${(left / 1024).toFixed(1)} KB to spare); aim ${AIM_BROTLI / 1024} KB`);
  if (total.brotli > BUDGET_BROTLI) {
    console.error(`\nOVER THE SIZE BUDGET by ${(-left / 1024).toFixed(1)} KB`);
    process.exit(1);
  }
}
