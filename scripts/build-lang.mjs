// Build step (run by scripts/post-build.mjs after csp-hash.mjs, before sw-precache.mjs): the
// Spanish page, es.html, with its own wasm and JS glue, next to the English index.html.
//
// Each language is a build of its own (the catalog is compiled in; build.rs picks it by
// AA_LANG), so a person downloads only the words they read and each journey keeps within the
// size budget. Steps, mirroring what trunk does for index.html:
//   cargo build (AA_LANG=es, its own target folder so neither language rebuilds the other) →
//   wasm-bindgen --target web → (release) wasm-opt as index.html asks, short names and terser
//   (minify-js.mjs) → content-hashed names es-<hash>.js / es-<hash>_bg.wasm → es.html: the staged
//   index.html with lang="es", the start screen's words from es.toml, the language switch
//   pointing back to English, this build's file names, and its loader's hash in the CSP.
// Any missing piece fails the build rather than shipping a page with English on it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { catalog, html as esc } from "./catalog.mjs";
import { minifyGlue } from "./minify-js.mjs";

const root = resolve(import.meta.dirname, "..");
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("build-lang: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const LANG = "es";
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR || "target", `lang-${LANG}`);
const work = join(targetDir, "page");

// The words of the static start screen (and the page's title and description), by catalog key.
export const STATIC_KEYS = [
  "app.page_title", "app.page_description", "app.title", "app.lede", "app.private",
  "app.not_advice", "app.time", "app.loading", "app.for_parent", "app.about_title",
  "app.about_aa", "app.decision", "app.noscript",
];

function run(cmd, args, env = process.env) {
  console.log(`build-lang: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env });
}

const sha = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h;
};

/** es.html from the staged index.html (pure, so a test can check it too). */
export function translatePage(page, { js, wasm }, en, es) {
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
  const enJs = /aa-decision-aid-[0-9a-f]+\.js/.exec(loader[1])?.[0];
  const enWasm = /aa-decision-aid-[0-9a-f]+_bg\.wasm/.exec(loader[1])?.[0];
  if (!enJs || !enWasm) throw new Error("the loader names no app files");
  const script = loader[1].replace(enJs, js).replace(enWasm, wasm);
  const hash = (s) => `'sha256-${sha(s).digest("base64")}'`;
  swap(hash(loader[1]), hash(script), "the loader's hash in its CSP");
  swap(loader[1], script, "the loader");
  return page;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", "aa-decision-aid", ...(release ? ["--release"] : [])],
      { ...process.env, AA_LANG: LANG, CARGO_TARGET_DIR: targetDir });
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const built = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "aa-decision-aid.wasm");
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", LANG, built]);
    const jsPath = join(work, `${LANG}.js`);
    const wasmPath = join(work, `${LANG}_bg.wasm`);
    if (release) {
      // The same optimisation index.html asks trunk for (data-wasm-opt and its params).
      const link = /<link data-trunk rel="rust"[^>]*>/.exec(readFileSync(join(root, "index.html"), "utf8"))[0];
      const level = /data-wasm-opt="(\w+)"/.exec(link)?.[1] ?? "z";
      const params = (/data-wasm-opt-params="([^"]*)"/.exec(link)?.[1] ?? "").split(/\s+/).filter(Boolean);
      run(join(root, "node_modules", ".bin", "wasm-opt"), [`-O${level}`, ...params, "--output", wasmPath, wasmPath]);
      await minifyGlue(jsPath, wasmPath);
    }
    const jsBody = readFileSync(jsPath);
    const wasmBody = readFileSync(wasmPath);
    const name = `${LANG}-${sha(jsBody, wasmBody).digest("hex").slice(0, 16)}`;
    const files = { js: `${name}.js`, wasm: `${name}_bg.wasm` };
    // The glue names its wasm only through the loader (`module_or_path`), so it needs no edit.
    writeFileSync(join(dir, files.js), jsBody);
    writeFileSync(join(dir, files.wasm), wasmBody);
    const page = translatePage(readFileSync(join(dir, "index.html"), "utf8"), files, catalog("en"), catalog(LANG));
    writeFileSync(join(dir, `${LANG}.html`), page);
    console.log(`build-lang: wrote ${LANG}.html, ${files.js} and ${files.wasm}`);
  } catch (e) {
    console.error(`build-lang: ${e.message}`);
    process.exit(1);
  }
}
