// Size report of the release build: raw, gzip and brotli bytes per file, with a total for each
// page. Fails if what the browser fetches for a full patient journey exceeds the brotli budget.
//   node tests/e2e/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// Targets (issue 22), in brotli bytes: everything a full journey fetches in one language, and
// what must arrive before Start works (the page, the stylesheet, the JS glue, the wasm, the start
// words and clinic.json). The benchmark (scripts/bench.sh) measures the second on the wire,
// headers included. The rebuild as a stock Yew app (2026-12-06) took the wasm from 107.6 KB
// (with the words) to 122.0 KB (without them), so both are over target (journeys 148.1 / 151.2
// KB, before Start 133.3 / 134.1 KB); the limits below are a ratchet on that build, with a
// little room, that fails the test command if the bytes grow, and come down as savings land.
// docs/performance.md keeps the log.
export const TARGET_JOURNEY = 130 * 1024;
export const TARGET_BEFORE_START = 102400;
export const LIMIT_JOURNEY = 154 * 1024;
export const LIMIT_BEFORE_START = 138 * 1024;

/** The languages of the patient's guide: each is a page and its words; the wasm is shared. */
export const LANGS = ["en", "es"];

/** What the browser needs before Start works on a language's page. */
export function beforeStart(file, lang) {
  return file === (lang === "en" ? "index.html" : `${lang}.html`) || file === "clinic.json"
    || /^(aa-decision-aid|app)-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(file)
    || new RegExp(`^text-${lang}-start-[0-9a-f]+\\.txt$`).test(file);
}

/** Which page fetches a file: the patient's guide, the clinician link builder (every file of it
 * starts with "clinician", see scripts/build-clinician.mjs; the guide fetches none of them, which
 * tests/e2e/clinician.test.mjs checks), both (clinic.json), or neither (embed.js runs on the host
 * page). `lang`: the one language of the guide that fetches it (its page and text files); null
 * for every language (the wasm, its glue, the stylesheet). */
export function fetchedBy(file) {
  if (file === "embed.js") return { patient: false, clinician: false, lang: null };
  if (file === "clinic.json") return { patient: true, clinician: true, lang: null };
  const clinician = file.startsWith("clinician");
  // One wasm and glue serve every language; a language is its page and its text files.
  const lang = file === "index.html" ? "en" : file === "es.html" ? "es"
    : /^text-([a-z]{2})-/.exec(file)?.[1] ?? null;
  return { patient: !clinician, clinician, lang };
}

export function sizes(dir) {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const body = readFileSync(join(dir, f));
      const by = fetchedBy(f);
      return {
        file: f,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        // `fetched`: part of the patient's journey (the budget counts these) in `lang` (null:
        // in every language).
        fetched: by.patient,
        lang: by.lang,
        clinician: by.clinician,
      };
    });
}

const sum = (rows) =>
  rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** The report; `journeys[lang]` is the patient journey in each language, `starts[lang]` what
 * arrives before Start works, `clinician` the builder page's own. */
export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const line = (name, t) => `${name.padEnd(52)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`;
  const note = (r) => (r.fetched && r.clinician ? " (both pages)" : r.clinician ? " (clinician page)"
    : r.fetched ? (r.lang ? ` (${r.lang} only)` : "") : " (host page)");
  const lines = [`${"file".padEnd(52)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)} ${"br KB".padStart(7)}`];
  for (const r of rows) lines.push(line(r.file + note(r), r));
  const journeys = Object.fromEntries(LANGS.map((l) => [l, sum(rows.filter((r) => r.fetched && (r.lang === null || r.lang === l)))]));
  const starts = Object.fromEntries(LANGS.map((l) => [l, sum(rows.filter((r) => beforeStart(r.file, l)))]));
  const clinician = sum(rows.filter((r) => r.clinician));
  for (const l of LANGS) lines.push(line(`TOTAL fetched by the widget in ${l} (patient journey)`, journeys[l]));
  for (const l of LANGS) lines.push(line(`  of which before Start works in ${l}`, starts[l]));
  lines.push(line("TOTAL fetched by the clinician page", clinician));
  return { text: lines.join("\n"), journeys, starts, total: journeys.en, clinician };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const rows = sizes(dir);
  const { text, journeys, starts, clinician } = table(rows);
  console.log(text);
  let over = false;
  const report = (what, bytes, target, limit) => {
    const gap = bytes - target;
    console.log(`${what}: ${bytes} B brotli (${(bytes / 1024).toFixed(1)} KB); target ${(target / 1024).toFixed(1)} KB `
      + `(${(Math.abs(gap) / 1024).toFixed(1)} KB ${gap > 0 ? "over" : "to spare"}); limit ${(limit / 1024).toFixed(1)} KB`);
    if (bytes > limit) {
      console.error(`OVER THE SIZE LIMIT: ${what} by ${((bytes - limit) / 1024).toFixed(1)} KB`);
      over = true;
    }
  };
  console.log("");
  for (const l of LANGS) {
    report(`Journey in ${l}`, journeys[l].brotli, TARGET_JOURNEY, LIMIT_JOURNEY);
    report(`Before Start in ${l}`, starts[l].brotli, TARGET_BEFORE_START, LIMIT_BEFORE_START);
    const needed = [`${l === "en" ? "index" : l}.html`, "_bg.wasm", `text-${l}-start-`, `text-${l}-rest-`];
    for (const n of needed) {
      if (!rows.some((r) => r.file.includes(n) || r.file === n)) {
        console.error(`The ${l} page's ${n} is missing from the build`);
        over = true;
      }
    }
  }
  console.log(`Clinician page (not in the patient totals): ${clinician.brotli} bytes brotli (${(clinician.brotli / 1024).toFixed(1)} KB)`);
  if (!rows.some((r) => r.clinician && r.file.endsWith(".wasm"))) {
    console.error("\nThe clinician page's wasm is missing from the build");
    process.exit(1);
  }
  if (over) process.exit(1);
}
