// Trunk post-build hook: builds the clinician link builder (clinician.html, src/bin/clinician)
// into the staging dir, next to the guide it links to.
//
// Trunk builds one page per run and runs the hooks of a stage side by side, so this script does
// every step for its own files itself, in order:
//   cargo build --bin clinician (wasm32) → wasm-bindgen --target web → (release) wasm-opt -Oz,
//   short wasm↔JS names and terser, as minify-js.mjs does for the guide → content-hashed file
//   names → the stylesheet (whitespace and comments removed) → clinician.html with the loader's
//   hash in its Content-Security-Policy, as csp-hash.mjs does for index.html.
// Every file it writes starts with "clinician", so tests/e2e/size.mjs reports them apart from
// what the patient's page fetches (none of them), and minify-js.mjs leaves them alone.
// It relies on wasm-bindgen's `--target web` glue exporting a default init that takes
// `{ module_or_path }` (as trunk's loader does for the guide), and on clinician.html holding the
// two placeholders below; any failed step fails the trunk build, and tests/e2e/clinician.test.mjs
// exercises the result.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { allowInlineScripts } from "./csp-hash.mjs";
import { minifyGlue } from "./minify-js.mjs";

const root = resolve(import.meta.dirname, "..");
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("build-clinician: TRUNK_STAGING_DIR is not set (run me as a trunk hook)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR || "target");
const work = join(targetDir, "clinician-build");

function run(cmd, args) {
  console.log(`build-clinician: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
}

const hash = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
};

try {
  run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", "clinician", ...(release ? ["--release"] : [])]);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const built = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "clinician.wasm");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", "clinician", built]);
  const js = join(work, "clinician.js");
  const wasm = join(work, "clinician_bg.wasm");
  if (release) {
    // The wasm-opt from the npm package binaryen (Debian's is too old), as trunk uses for the guide.
    run(join(root, "node_modules", ".bin", "wasm-opt"), ["-Oz", "--output", wasm, wasm]);
    await minifyGlue(js, wasm);
  }

  const jsBody = readFileSync(js);
  const wasmBody = readFileSync(wasm);
  const name = `clinician-${hash(jsBody, wasmBody)}`;
  writeFileSync(join(dir, `${name}.js`), jsBody);
  writeFileSync(join(dir, `${name}_bg.wasm`), wasmBody);

  let css = readFileSync(join(root, "styles", "clinician.css"), "utf8");
  if (release) {
    css = css
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, " ")
      .replace(/\s*([{};,>])\s*/g, "$1")
      .replace(/;}/g, "}")
      .trim();
  }
  const cssName = `clinician-${hash(css)}.css`;
  writeFileSync(join(dir, cssName), css);

  let html = readFileSync(join(root, "clinician.html"), "utf8");
  const loader = `<script type="module">import init from"./${name}.js";init({module_or_path:"./${name}_bg.wasm"})</script>`;
  for (const [placeholder, value] of [
    ['href="styles/clinician.css"', `href="${cssName}"`],
    ["<!-- clinician loader -->", loader],
  ]) {
    if (!html.includes(placeholder)) throw new Error(`clinician.html lacks ${placeholder}`);
    html = html.replace(placeholder, value);
  }
  if (release) html = html.replace(/<!--(?! clinician)[\s\S]*?-->/g, "").replace(/>\s+</g, "><").trim();
  html = allowInlineScripts(html, "clinician.html").html;
  writeFileSync(join(dir, "clinician.html"), html);
  console.log(`build-clinician: wrote clinician.html, ${name}.js, ${name}_bg.wasm and ${cssName}`);
} catch (e) {
  console.error(`build-clinician: ${e.message}`);
  process.exit(1);
}
