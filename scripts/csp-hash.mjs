// Trunk post-build hook: trunk injects one small inline module script that loads the wasm.
// A strict CSP allows it only by hash, so compute the hash of every inline script in the
// staged index.html and write it into the CSP meta tag in place of the placeholder.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
);
if (!html.includes("'sha256-TRUNK_INLINE_SCRIPT'")) {
  console.error("csp-hash: placeholder missing from index.html CSP");
  process.exit(1);
}
html = html.replace("'sha256-TRUNK_INLINE_SCRIPT'", hashes.join(" "));
writeFileSync(file, html);
console.log(`csp-hash: allowed ${hashes.length} inline script(s) by hash`);
