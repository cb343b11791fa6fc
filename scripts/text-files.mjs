// Build step (run by scripts/post-build.mjs after minify-js.mjs, before csp-hash.mjs): publish the
// guide's words. build.rs writes each language's two text files (start: the start screen and
// the questions; rest: the results) beside the wasm, in <target>/wasm32-unknown-unknown/
// <profile>/aa-text/. This step copies them into the build with content-hashed names
// (text-en-start-<hash>.txt), so a browser can cache them for good and a new release never meets
// an old copy, and writes the English names into index.html's loader in place of @TEXT_START@ and
// @TEXT_REST@ (build-lang.mjs does the same for each other language's page).
// Any missing or malformed file fails the build: a page must never ship without its words.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
export const PARTS = ["start", "rest"];

/** Where build.rs left the text files of this build's wasm. */
export function textDir(release) {
  const target = resolve(root, process.env.CARGO_TARGET_DIR || "target");
  return join(target, "wasm32-unknown-unknown", release ? "release" : "debug", "aa-text");
}

/** The languages build.rs wrote text files for. */
export function textLangs(dir) {
  return [...new Set(readdirSync(dir).map((f) => /^text-([a-z]{2})-start\.txt$/.exec(f)?.[1]).filter(Boolean))].sort();
}

/** Copy `lang`'s text files into `out` with hashed names; returns { start, rest } names. */
export function publish(dir, out, lang) {
  const names = {};
  for (const part of PARTS) {
    const body = readFileSync(join(dir, `text-${lang}-${part}.txt`));
    const header = body.subarray(0, body.indexOf(10)).toString("utf8").split(" ");
    if (header[0] !== "aa-text/1" || header[1] !== lang || header[2] !== part) {
      throw new Error(`text-${lang}-${part}.txt is not a text file for ${lang} ${part}: ${header.join(" ")}`);
    }
    const name = `text-${lang}-${part}-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.txt`;
    writeFileSync(join(out, name), body);
    names[part] = name;
  }
  return names;
}

/** The page's loader with a language's text file names in place of the placeholders (or of
 *  another language's names). */
export function nameTexts(page, names) {
  let out = page;
  for (const part of PARTS) {
    const placeholder = `@TEXT_${part.toUpperCase()}@`;
    const any = new RegExp(`${placeholder}|text-[a-z]{2}-${part}-[0-9a-f]{16}\\.txt`, "g");
    const hits = out.match(any)?.length ?? 0;
    if (hits !== 1) throw new Error(`the page's loader names the ${part} text ${hits} times (expected once)`);
    out = out.replace(any, names[part]);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error("text-files: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
    process.exit(1);
  }
  try {
    const dir = textDir(process.env.TRUNK_PROFILE === "release");
    const langs = textLangs(dir);
    if (!langs.includes("en")) throw new Error(`no English text files in ${dir}`);
    let english;
    for (const lang of langs) {
      const names = publish(dir, staging, lang);
      if (lang === "en") english = names;
      console.log(`text-files: ${lang}: ${names.start}, ${names.rest}`);
    }
    const page = join(staging, "index.html");
    writeFileSync(page, nameTexts(readFileSync(page, "utf8"), english));
  } catch (e) {
    console.error(`text-files: ${e.message}`);
    process.exit(1);
  }
}
