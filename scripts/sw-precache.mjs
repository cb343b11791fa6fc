// Build step (run by scripts/post-build.mjs, after every step that changes a file): write
// sw.js, the service worker that keeps this build for offline use, from public/sw.js with the
// files actually in the build (with the SHA-256 of those whose name does not pin their content). Nothing is listed by hand, so files
// other people add (another language's page, text catalogs) are kept offline too.
// The build's version is a hash of every file's content: any changed byte gives a new sw.js,
// which the browser installs as an update, replacing the old copy whole.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minify } from "terser";
import { fetchedBy } from "../tests/e2e/size.mjs";

// Kept offline: the files the patient's journey fetches (tests/e2e/size.mjs says which, for the
// size budget too: not embed.js, which runs on the host's page, nor the clinician page's files),
// less the worker itself and clinic.json, which belongs to the host (edited after the build;
// sw.js keeps it as last fetched).
const keep = (f) => fetchedBy(f).patient && f !== "sw.js" && f !== "clinic.json";

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

// Trunk names the files it builds after their content (name-<hash>.js, …_bg.wasm; the hash is 64 bits in hex, leading zeros dropped):
// such a name already pins the bytes. Every other file (index.html, copied files) gets a hash.
const NAMED_BY_CONTENT = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/** The files of the build in `dir`, sorted: [file] if its name pins its content, else
 *  [file, "sha256-…"] (checked by the browser when the worker fetches it). */
export function precacheList(dir) {
  return [...walk(dir)]
    .map((p) => relative(dir, p).split(sep).join("/"))
    .filter(keep)
    .sort()
    .map((f) =>
      NAMED_BY_CONTENT.test(f)
        ? [f]
        : [f, `sha256-${createHash("sha256").update(readFileSync(join(dir, f))).digest("base64")}`],
    );
}


/** The worker's source with the build filled in. Fails loudly if the template changed shape. */
export function fill(template, files, dir) {
  const all = createHash("sha256");
  for (const [f] of files) all.update(f).update(readFileSync(join(dir, f)));
  const build = all.digest("hex").slice(0, 16);
  let out = template;
  for (const [marker, value] of [
    ['const BUILD = "dev";', `const BUILD = ${JSON.stringify(build)};`],
    ["const FILES = [];", `const FILES = ${JSON.stringify(files)};`],
  ]) {
    if (out.split(marker).length !== 2) throw new Error(`sw-precache: expected one \`${marker}\` in public/sw.js`);
    out = out.replace(marker, () => value);
  }
  return { source: out, build };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("sw-precache: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
    process.exit(1);
  }
  const src = process.env.TRUNK_SOURCE_DIR || ".";
  const files = precacheList(dir);
  for (const page of ["index.html", "es.html"]) {
    if (!files.some(([f]) => f === page)) {
      console.error(`sw-precache: no ${page} in the build`);
      process.exit(1);
    }
  }
  let { source, build } = fill(readFileSync(join(src, "public", "sw.js"), "utf8"), files, dir);
  if (process.env.TRUNK_PROFILE === "release") {
    source = (await minify(source, { ecma: 2020, toplevel: true, compress: { passes: 2 }, mangle: true })).code;
  }
  writeFileSync(join(dir, "sw.js"), source);
  console.log(`sw-precache: sw.js keeps ${files.length} files of build ${build} offline`);
}
