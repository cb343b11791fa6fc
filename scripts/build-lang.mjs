// Build step (run by scripts/post-build.mjs after csp-hash.mjs, before sw-precache.mjs): the
// Spanish page, es.html, next to the English index.html.
//
// One wasm serves every language: a page differs only in its static start screen (the words a
// person sees before the wasm runs) and in the text files its loader fetches. So es.html is the
// staged index.html with lang="es", the start screen's words from es.toml, the language switch
// pointing back to English, the Spanish text files (published by text-files.mjs) named in its
// loader, and that loader's hash in its CSP. Adding a language is its catalog and this page.
// Any missing piece fails the build rather than shipping a page with English on it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalog, html as esc } from "./catalog.mjs";
import { nameTexts, PARTS } from "./text-files.mjs";

const LANG = "es";

// The words of the static start screen (and the page's title and description), by catalog key.
export const STATIC_KEYS = [
  "app.page_title", "app.page_description", "app.title", "app.lede", "app.private",
  "app.not_advice", "app.time", "app.loading", "app.load_failed", "app.for_parent", "app.about_title",
  "app.about_aa", "app.decision", "app.noscript",
];

/** es.html from the staged index.html (pure, so a test can check it too). `texts`: the
 *  Spanish text files' names ({ start, rest }). */
export function translatePage(page, texts, en, es) {
  const swap = (from, to, what) => {
    if (!page.includes(from)) throw new Error(`index.html lacks ${what}: ${from.slice(0, 60)}`);
    page = page.split(from).join(to);
  };
  // (The staged page may be minified: attribute quotes are optional.)
  const swapRe = (re, to, what) => {
    if (!re.test(page)) throw new Error(`index.html lacks ${what}`);
    page = page.replace(re, to);
  };
  swapRe(/<html lang="?en"?>/, `<html lang=${LANG}>`, "its language");
  for (const key of STATIC_KEYS) swap(esc(en[key]), esc(es[key]), key);
  swapRe(/<a href="?es\.html"? hreflang="?es"? lang="?es"?>Español<\/a>/,
    `<a href=index.html hreflang=en lang=en>${esc(es["app.lang_switch"])}</a>`, "the language switch");
  const loader = /<script>([\s\S]*?)<\/script>/.exec(page);
  if (!loader) throw new Error("index.html lacks the inline loader");
  const script = nameTexts(loader[1], texts);
  const hash = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  swap(hash(loader[1]), hash(script), "the loader's hash in its CSP");
  swap(loader[1], script, "the loader");
  return page;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("build-lang: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
    process.exit(1);
  }
  try {
    const texts = Object.fromEntries(PARTS.map((part) => {
      const re = new RegExp(`^text-${LANG}-${part}-[0-9a-f]{16}\\.txt$`);
      const found = readdirSync(dir).filter((f) => re.test(f));
      if (found.length !== 1) throw new Error(`expected one published ${LANG} ${part} text, found ${found.length}`);
      return [part, found[0]];
    }));
    const page = translatePage(readFileSync(join(dir, "index.html"), "utf8"), texts, catalog("en"), catalog(LANG));
    writeFileSync(join(dir, `${LANG}.html`), page);
    console.log(`build-lang: wrote ${LANG}.html (texts ${texts.start}, ${texts.rest})`);
  } catch (e) {
    console.error(`build-lang: ${e.message}`);
    process.exit(1);
  }
}
