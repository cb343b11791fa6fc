// Read a text catalog (src/data/<lang>.toml) in Node, for the build steps and tests that need the
// words outside the wasm (the static start screen of each language's page, the Spanish tests).
// The catalogs use a small part of TOML: [section] headers, comments, and one-line
// `key = "text"` strings, whose escapes are JSON's. Anything else is an error, not a guess.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** { "app.title": "…", … } for `lang` ("en", "es"), or for another file under src/data. */
export function catalog(lang, file = `${lang}.toml`) {
  const out = {};
  let section = "";
  readFileSync(join(root, "src", "data", file), "utf8").split("\n").forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith("#")) return;
    const head = /^\[([a-z0-9_.]+)\]$/.exec(t);
    if (head) return void (section = head[1] + ".");
    const kv = /^([a-z0-9_]+)\s*=\s*(".*")$/.exec(t);
    if (!kv) throw new Error(`${file}:${i + 1}: not a one-line "key = \\"text\\"" entry`);
    out[section + kv[1]] = JSON.parse(kv[2]);
  });
  return out;
}

/** Text as it appears in HTML (the start screen is static HTML with the catalog's words). */
export const html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
