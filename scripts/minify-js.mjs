// Trunk post-build hook (release only): shrink the wasm-bindgen JS glue and the names it shares
// with the wasm. Trunk's own minifier can't parse the glue, so terser does it.
// The glue's own exports are kept: the inline loader imports them by name.
import { minify } from "terser";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shortenJs, shortenWasm } from "./short-names.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-js: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const files = readdirSync(dir);
// Only the generated glue: embed.js keeps its comments, which are instructions for clinics.
for (const f of files.filter((f) => f.endsWith(".js") && f !== "embed.js")) {
  const path = join(dir, f);
  const before = readFileSync(path, "utf8");
  let js = before;
  const wasmFile = f.replace(/\.js$/, "_bg.wasm");
  if (files.includes(wasmFile)) {
    const wasmPath = join(dir, wasmFile);
    const wasm = readFileSync(wasmPath);
    const short = shortenWasm(wasm, "w");
    js = shortenJs(js, short.renamed, short.oldModule, "w");
    writeFileSync(wasmPath, short.wasm);
    console.log(`minify-js: ${wasmFile} ${wasm.length} -> ${short.wasm.length} bytes (${short.renamed.size} names shortened)`);
  }
  const out = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, out.code);
  console.log(`minify-js: ${f} ${before.length} -> ${out.code.length} bytes`);
}
