// Trunk post-build hook: the build steps that rewrite files in the staging dir, one after the
// other. (Trunk 0.21 starts all hooks of a stage at once, so steps that depend on each other's
// output must run from one hook.) Each step is its own script and reads the TRUNK_* variables.
//   1. minify-js.mjs    shrink the JS glue and the wasm import names (release only)
//   2. text-files.mjs   the words of each language, content-hashed, named in the page's loader
//   3. csp-hash.mjs     allow the inline loader script by hash in the page's CSP
//   4. build-lang.mjs   the Spanish page (es.html), from the finished index.html
//   5. sw-precache.mjs  list the final files, with their hashes, in the offline worker (last:
//                       it must see every byte as shipped)
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
for (const step of ["minify-js.mjs", "text-files.mjs", "csp-hash.mjs", "build-lang.mjs", "sw-precache.mjs"]) {
  try {
    execFileSync(process.execPath, [join(here, step)], { stdio: "inherit" });
  } catch {
    console.error(`post-build: ${step} failed`);
    process.exit(1);
  }
}
