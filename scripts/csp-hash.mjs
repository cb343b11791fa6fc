// Trunk post-build hook: trunk injects one small inline module script that loads the wasm.
// A strict CSP allows it only by hash, so compute the hash of every inline script in the
// staged index.html and write it into the CSP meta tag in place of the placeholder.
// scripts/build-clinician.mjs uses `allowInlineScripts` for clinician.html the same way.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The page with the hash of each inline script in place of the CSP placeholder. Throws if the
 * placeholder is missing (the page would otherwise block its own loader, or allow too much). */
export function allowInlineScripts(html, name) {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
  if (!html.includes("'sha256-TRUNK_INLINE_SCRIPT'")) {
    throw new Error(`csp-hash: placeholder missing from ${name} CSP`);
  }
  return { html: html.replace("'sha256-TRUNK_INLINE_SCRIPT'", hashes.join(" ")), count: hashes.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
    process.exit(1);
  }
  const file = join(dir, "index.html");
  try {
    const { html, count } = allowInlineScripts(readFileSync(file, "utf8"), "index.html");
    writeFileSync(file, html);
    console.log(`csp-hash: allowed ${count} inline script(s) by hash`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
