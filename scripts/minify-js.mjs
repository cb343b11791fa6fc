// Trunk post-build hook (release only): shrink the wasm-bindgen JS glue and the names it shares
// with the wasm. Trunk's own minifier can't parse the glue, so terser does it.
// The glue's default export is kept: the inline loader imports it.
// scripts/build-clinician.mjs uses `minifyGlue` for the clinician page's own glue.
import { minify } from "terser";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { shortenJs, shortenWasm } from "./short-names.mjs";

/** Shorten the names shared by `jsPath` and `wasmPath` (if given), then minify the JS, in place. */
export async function minifyGlue(jsPath, wasmPath) {
  const before = readFileSync(jsPath, "utf8");
  let js = before;
  if (wasmPath) {
    const wasm = readFileSync(wasmPath);
    const short = shortenWasm(wasm, "w");
    js = shortenJs(js, short.renamed, short.oldModule, "w");
    writeFileSync(wasmPath, short.wasm);
    console.log(`minify-js: ${basename(wasmPath)} ${wasm.length} -> ${short.wasm.length} bytes (${short.renamed.size} names shortened)`);
  }
  // The loaders only call the glue's default export (the streaming init), so the synchronous
  // `initSync` is no longer exported and terser drops it.
  const exports = /export \{ initSync, (\w+ as default) \};/;
  if (exports.test(js)) js = js.replace(exports, "export { $1 };");
  else console.warn(`minify-js: ${basename(jsPath)}: the glue's exports changed; initSync kept`);
  const out = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(jsPath, out.code);
  console.log(`minify-js: ${basename(jsPath)} ${before.length} -> ${out.code.length} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("minify-js: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
    process.exit(1);
  }
  if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
  const files = readdirSync(dir);
  // Only the guide's generated glue: embed.js keeps its comments, which are instructions for
  // clinics, and the clinician page's files are minified by build-clinician.mjs (trunk runs the
  // hooks side by side, so they may not even exist yet).
  for (const f of files.filter((f) => f.endsWith(".js") && f !== "embed.js" && !f.startsWith("clinician"))) {
    const wasmFile = f.replace(/\.js$/, "_bg.wasm");
    await minifyGlue(join(dir, f), files.includes(wasmFile) ? join(dir, wasmFile) : null);
  }
}
