// Size report of the release build: raw, gzip and brotli bytes per file, with a total for each
// page. Fails if what the browser fetches for a full patient journey exceeds the brotli budget.
//   node tests/e2e/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// The test command fails above BUDGET_BROTLI for everything a full journey fetches, in each
// language: the performance issue's budget of 120 KB (the aim is 100 KB). On 2026-11-30 new
// content and the Spanish text had taken the journeys to 124.1 KB (en) and 127.0 KB (es), and the
// limit here was a ratchet from 128 KB down; savings (the last, a Yew without the features the
// app never uses: patches/) brought them to 116.4 KB and 119.2 KB, so the limit is the budget.
export const BUDGET_BROTLI = 120 * 1024;
export const AIM_BROTLI = 100 * 1024;

/** The languages of the patient's guide: each is a page with its own wasm and glue
 * (scripts/build-lang.mjs), and a person fetches one of them. */
export const LANGS = ["en", "es"];

/** Which page fetches a file: the patient's guide, the clinician link builder (every file of it
 * starts with "clinician", see scripts/build-clinician.mjs; the guide fetches none of them, which
 * tests/e2e/clinician.test.mjs checks), both (clinic.json), or neither (embed.js runs on the host
 * page). `lang`: the one language of the guide that fetches it (index.html and trunk's
 * aa-decision-aid-* files are English, es.html and es-* Spanish); null for every language. */
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

/** The report; `journeys[lang]` is the patient journey in each language (each within the
 * budget), `clinician` the builder page's own. */
export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const line = (name, t) => `${name.padEnd(52)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`;
  const note = (r) => (r.fetched && r.clinician ? " (both pages)" : r.clinician ? " (clinician page)"
    : r.fetched ? (r.lang ? ` (${r.lang} only)` : "") : " (host page)");
  const lines = [`${"file".padEnd(52)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)} ${"br KB".padStart(7)}`];
  for (const r of rows) lines.push(line(r.file + note(r), r));
  const journeys = Object.fromEntries(LANGS.map((l) => [l, sum(rows.filter((r) => r.fetched && (r.lang === null || r.lang === l)))]));
  const clinician = sum(rows.filter((r) => r.clinician));
  for (const l of LANGS) lines.push(line(`TOTAL fetched by the widget in ${l} (patient journey)`, journeys[l]));
  lines.push(line("TOTAL fetched by the clinician page", clinician));
  return { text: lines.join("\n"), journeys, total: journeys.en, clinician };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const rows = sizes(dir);
  const { text, journeys, clinician } = table(rows);
  console.log(text);
  let over = false;
  for (const l of LANGS) {
    const t = journeys[l].brotli;
    const left = BUDGET_BROTLI - t;
    console.log(`\nJourney in ${l}: ${t} bytes brotli (${(t / 1024).toFixed(1)} KB); budget ${BUDGET_BROTLI / 1024} KB (${(Math.abs(left) / 1024).toFixed(1)} KB ${left < 0 ? "over" : "to spare"}); aim ${AIM_BROTLI / 1024} KB`);
    if (!rows.some((r) => r.lang === l && r.file.endsWith(".wasm"))) {
      console.error(`The ${l} page's wasm is missing from the build`);
      over = true;
    }
    if (left < 0) {
      console.error(`OVER THE SIZE BUDGET in ${l} by ${(-left / 1024).toFixed(1)} KB`);
      over = true;
    }
  }
  console.log(`Clinician page (not in the patient totals): ${clinician.brotli} bytes brotli (${(clinician.brotli / 1024).toFixed(1)} KB)`);
  if (!rows.some((r) => r.clinician && r.file.endsWith(".wasm"))) {
    console.error("\nThe clinician page's wasm is missing from the build");
    process.exit(1);
  }
  if (over) process.exit(1);
}
