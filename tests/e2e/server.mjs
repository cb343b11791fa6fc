// A small static server for the release build, like a real host: correct types (`.wasm` as
// `application/wasm`, which streaming compilation needs), optional gzip/brotli (compressed once
// per file version and kept, as a host serving pre-compressed files would), security headers.
// Mounts the same build under several prefixes so tests can check sub-path hosting and
// per-clinic clinic.json files, and /release/ whose sw.js changes when /__release is requested
// (a new release, for the offline-copy tests).
//
//   node tests/e2e/server.mjs [--port 8080] [--dir dist] [--compress] [--mount /prefix/=dir ...]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const port = Number(opt("--port", process.env.PORT || 8080));
const dist = resolve(opt("--dir", "dist"));
const compress = args.includes("--compress");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// prefix -> { root, overrides: { "clinic.json": file } }
const fixture = (f) => join(here, "fixtures", f);
const extra = [];
args.forEach((a, i) => {
  if (a === "--mount") {
    const [prefix, dir] = String(args[i + 1]).split("=");
    extra.push([prefix, { root: resolve(dir), overrides: {} }]);
  }
});
// Generated clinic.json files: too large, a name with a direction override, and portals allowed
// to receive the iframe height (another origin, or this test host under both loopback names).
const json = (value) => ({ body: JSON.stringify(value), type: ".json" });
const padding = "x".repeat(20 * 1024);
let release = 1;
const mounts = [
  ...extra,
  ["/clinic/oversized/", { root: dist, overrides: { "clinic.json": json({ name: "Too Big Clinic", phone: "555 0100", notes: padding }) } }],
  // A clinic whose guide opens in Spanish.
  ["/clinic/es/", { root: dist, overrides: { "clinic.json": json({ name: "Clínica Dermatológica del Valle", phone: "555 0100", lang: "es" }) } }],
  ["/clinic/bidi/", { root: dist, overrides: { "clinic.json": json({ name: "Skin Clinic \u202Ecilbup", phone: "555 0100", portal_url: "https://portal.example.org/messages" }) } }],
  ["/clinic/embed-other/", { root: dist, overrides: { "clinic.json": json({ embed_origins: ["https://portal.example.org"] }) } }],
  ["/clinic/embed-here/", { root: dist, overrides: { "clinic.json": json({ embed_origins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`] }) } }],
  ["/release/", { root: dist, overrides: { "sw.js": () => releaseWorker() } }],
  ["/clinic/valid/", { root: dist, overrides: { "clinic.json": fixture("clinic-valid.json") } }],
  ["/clinic/malformed/", { root: dist, overrides: { "clinic.json": fixture("clinic-malformed.json") } }],
  ["/clinic/unsafe/", { root: dist, overrides: { "clinic.json": fixture("clinic-unsafe.json") } }],
  ["/clinic/low-contrast/", { root: dist, overrides: { "clinic.json": fixture("clinic-low-contrast.json") } }],
  ["/clinic/missing/", { root: dist, overrides: { "clinic.json": null } }],
  // A valid clinic.json that takes 3 s to arrive (a slow clinic server): Start must not wait.
  ["/clinic/slow/", { root: dist, overrides: { "clinic.json": fixture("clinic-valid.json") }, delays: { "clinic.json": 3000 } }],
  // The longest name and phone clinic.json allows, under a long folder (clinician handout fit).
  ["/clinic/long/patient-education/alopecia-areata-decision-aid/", { root: dist, overrides: { "clinic.json": fixture("clinic-long.json") } }],
  ["/some/sub/path/", { root: dist, overrides: {} }],
  ["/host/", { root: join(here, "host"), overrides: { "embed.js": join(dist, "embed.js") } }],
  ["/", { root: dist, overrides: {} }],
];

// Compressing the wasm with brotli at quality 11 takes 1.4–2 s on a busy 2-core machine; a real host
// serves pre-compressed files, so compress each file version once.
const compressed = new Map();
function compressOnce(key, body, encoding) {
  key = `${encoding} ${key}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
}

/** dist/sw.js as release number `release` would ship it: another build id, so another cache. */
async function releaseWorker() {
  const sw = await readFile(join(dist, "sw.js"), "utf8");
  const id = /"([0-9a-f]{16})"/.exec(sw)?.[1];
  if (!id) throw new Error("no build id in sw.js");
  return { body: release === 1 ? sw : sw.replace(`"${id}"`, `"${id}-r${release}"`), type: ".js" };
}

/** Send a file, or generated content `{ body, type }` (a function returning it is called). */
async function send(req, res, file) {
  const generated = typeof file === "function" ? await file() : typeof file === "object" ? file : null;
  let body, key;
  if (generated) {
    body = Buffer.from(generated.body);
    key = `generated ${release} ${body.length} ${body.toString("latin1")}`;
  } else {
    const s = await stat(file);
    body = await readFile(file);
    key = `${file} ${s.mtimeMs} ${s.size}`;
  }
  const type = types[generated ? generated.type : extname(file)] || "application/octet-stream";
  const headers = {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
  let out = body;
  const accept = String(req.headers["accept-encoding"] || "");
  if (compress && body.length > 512 && type !== types[".png"]) {
    if (accept.includes("br")) {
      out = compressOnce(key, body, "br");
      headers["Content-Encoding"] = "br";
    } else if (accept.includes("gzip")) {
      out = compressOnce(key, body, "gzip");
      headers["Content-Encoding"] = "gzip";
    }
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = out.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : out);
}

const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/__release") {
      release++;
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end(`release ${release}`);
    }
    const [prefix, mount] = mounts.find(([p]) => path === p.slice(0, -1) || path.startsWith(p));
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    let rel = path.slice(prefix.length) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    if (mount.delays?.[rel]) await sleep(mount.delays[rel]);
    if (rel in mount.overrides) {
      if (mount.overrides[rel] === null) throw Object.assign(new Error("gone"), { code: "ENOENT" });
      return await send(req, res, mount.overrides[rel]);
    }
    const file = normalize(join(mount.root, rel));
    if (!file.startsWith(mount.root)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
    const s = await stat(file);
    if (!s.isFile()) throw Object.assign(new Error("dir"), { code: "ENOENT" });
    await send(req, res, file);
  } catch (e) {
    res.writeHead(e.code === "ENOENT" ? 404 : 500, { "Content-Type": "text/plain" });
    res.end(e.code === "ENOENT" ? "not found" : "error");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${dist} at http://127.0.0.1:${port}/${compress ? " (compressed)" : ""}`);
});
