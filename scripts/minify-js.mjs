// Trunk post-build hook: minify the wasm-bindgen JS glue (trunk's own minifier can't parse it).
// Exports are kept: the inline loader imports them by name.
import { minify } from "terser";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-js: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
// Only the generated glue: embed.js keeps its comments, which are instructions for clinics.
for (const f of readdirSync(dir).filter((f) => f.endsWith(".js") && f !== "embed.js")) {
  const path = join(dir, f);
  const before = readFileSync(path, "utf8");
  const out = await minify(before, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, out.code);
  console.log(`minify-js: ${f} ${before.length} -> ${out.code.length} bytes`);
}
