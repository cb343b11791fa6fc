// A small static server for the release build, like a real host: correct types (`.wasm` as
// `application/wasm`, which streaming compilation needs), optional gzip/brotli (compressed once
// per file version and kept, as a host serving pre-compressed files would), security headers. Mounts the same build under several prefixes so tests can check
// sub-path hosting and per-clinic clinic.json files.
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
const mounts = [
  ...extra,
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
function compressOnce(file, s, body, encoding) {
  const key = `${encoding} ${file} ${s.mtimeMs} ${s.size}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
}

async function send(req, res, file) {
  const [body, s] = await Promise.all([readFile(file), stat(file)]);
  const type = types[extname(file)] || "application/octet-stream";
  const headers = {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
  let out = body;
  const accept = String(req.headers["accept-encoding"] || "");
  if (compress && body.length > 512 && !/\.(png)$/.test(file)) {
    if (accept.includes("br")) {
      out = compressOnce(file, s, body, "br");
      headers["Content-Encoding"] = "br";
    } else if (accept.includes("gzip")) {
      out = compressOnce(file, s, body, "gzip");
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
