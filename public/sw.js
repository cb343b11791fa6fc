/*
 * Offline copy of the decision aid: a service worker that keeps the exact files of one build.
 * scripts/sw-precache.mjs (a build step) writes it into dist/ as sw.js, filling in BUILD and
 * FILES (every file of the build; with its SHA-256 unless its name pins its content); the app
 * registers it once it is running.
 * It handles only GET requests for this folder on this origin; nothing else passes through it.
 *
 * - Network first: while online, every file comes from the server as if there were no worker,
 *   so a person always sees the current release. The saved copy answers only when the network
 *   fails (no connection, server unreachable).
 * - One build per cache: installing fetches every file of the build, checked against its hash
 *   or named by it (an old or half-deployed file fails), into a cache named after the build. If any
 *   file fails, the install fails and the previous copy stays. Once the new copy is complete,
 *   the caches of older builds of this folder are deleted whole: old HTML is never served with
 *   new wasm.
 * - clinic.json belongs to the host and changes without a new build: kept as last fetched.
 * - Requests never carry answers (they live in the URL fragment, which no request includes).
 */
const BUILD = "dev";
const FILES = [];
// Every language's page and words (a few KB each; the wasm is shared): switching language
// offline works, and an update never leaves one language behind.
const LIST = FILES;

const SCOPE = self.registration.scope;
const PREFIX = "aa-jak-decision-aid " + SCOPE + " ";
const CACHE = PREFIX + BUILD;
const at = (file) => new URL(file, SCOPE).href;
// The host's settings file: not part of the build, kept as last fetched.
const HOST_URL = at("clinic.json");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "no-cache": ask the server, which can answer "not modified" for the files the page has
      // just loaded; the hash decides whether what arrives is this build's file.
      await Promise.all(
        LIST.map(async ([file, integrity]) => {
          const res = await fetch(at(file), { integrity, cache: "no-cache" });
          if (!res.ok) throw new Error(file);
          await cache.put(at(file), res);
        }),
      );
      const host = await fetch(HOST_URL, { cache: "no-cache" }).catch(() => null);
      if (host && host.ok) await cache.put(HOST_URL, host);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(SCOPE)) return;
  event.respondWith(
    (async () => {
      try {
        const res = await fetch(req);
        if (req.url === HOST_URL && (res.ok || res.status === 404)) {
          const keep = res.ok ? res.clone() : null;
          event.waitUntil(caches.open(CACHE).then((c) => (keep ? c.put(req.url, keep) : c.delete(req.url))));
        }
        return res;
      } catch (offline) {
        const cache = await caches.open(CACHE);
        const page = req.mode === "navigate";
        const hit =
          (await cache.match(req.url, { ignoreSearch: page })) ||
          (page && new URL(req.url).pathname.endsWith("/") && (await cache.match(at("index.html"))));
        if (hit) return hit;
        throw offline;
      }
    })(),
  );
});
