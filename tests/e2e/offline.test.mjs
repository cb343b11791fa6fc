// Offline after the first visit: a service worker keeps the exact files of this build (and the
// host's clinic.json), same-origin only; a share link opens with no network; a new release
// replaces the copy whole.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, browser, open, ready, heading, axe, eventually } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

/** Wait until the offline copy is complete and in charge; return what it holds. */
async function offlineCopy(page) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const files = await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url).sort()));
    return { keys, files };
  });
}

/** The files the build's sw.js lists (its `FILES`, `[[file, hash?], …]`, every language's; the
 *  first such array in the worker, named or not once minified). */
async function listed(base) {
  const sw = await (await fetch(new URL("sw.js", base))).text();
  const start = sw.indexOf("[[");
  assert.ok(start > 0, "sw.js lists its files");
  let depth = 0, end = start;
  do depth += { "[": 1, "]": -1 }[sw[end++]] ?? 0; while (depth > 0);
  return JSON.parse(sw.slice(start, end)).map(([f]) => new URL(f, base).href);
}

test("after one visit, a share link's results open offline", async () => {
  const { page, context, problems } = await open(b, { url: BASE + "#v=1&age=40&sex=f&s=results" });
  const copy = await offlineCopy(page);
  assert.equal(copy.keys.length, 1, "one copy, of this build");
  const expected = [...(await listed(BASE)), new URL("clinic.json", BASE).href].sort();
  assert.deepEqual(copy.files[0], expected, "exactly the files of this build, plus clinic.json");
  assert.ok(copy.files[0].every((u) => u.startsWith(BASE)), "same origin, this folder only");

  await context.setOffline(true);
  await page.goto("about:blank");
  await page.goto(BASE + "#v=1&age=52&sex=m&smoke=former&cv=bp&s=results");
  await ready(page);
  assert.equal(await heading(page), "Your results");
  // (textContent: the parts are folded in the first layer.)
  assert.ok((await page.locator("#answers").textContent()).includes("52"));
  assert.match(await page.locator("#warning").textContent(), /high blood pressure/);
  await axe(page, "results offline");
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), "Your results", "a reload offline works too");
  // Nothing is made up offline: a file that is not part of the build fails as it would.
  assert.equal(await page.evaluate(() => fetch("not-in-the-build.js").then(() => "answered", () => "failed")), "failed");
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
});

test("online, the network comes first, so a changed file shows at once", async () => {
  const { page, context } = await open(b, { url: new URL("/clinic/valid/", BASE).href + "#v=1&age=40&s=results" });
  await offlineCopy(page);
  // The offline copy has this mount's clinic.json; the server's answer wins while online.
  // (context.route also sees the requests the service worker makes.)
  await context.route("**/clinic/valid/clinic.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ name: "Renamed Clinic", phone: "555 0199" }) }),
  );
  await page.reload();
  await ready(page);
  await page.getByText("Questions? Contact Renamed Clinic at 555 0199.").waitFor();
  await context.close();
});

test("a new release replaces the offline copy whole", async () => {
  const base = new URL("/release/", BASE).href;
  const { page, context } = await open(b, { url: base + "#v=1&age=40&s=results" });
  const before = await offlineCopy(page);
  assert.equal(before.keys.length, 1);
  // Deploy a new release (a new sw.js), and let the browser check for it as it does on a visit.
  await fetch(new URL("/__release", BASE));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await eventually(async () => {
    const keys = await page.evaluate(() => caches.keys());
    return keys.length === 1 && keys[0] !== before.keys[0];
  }, "the new release's copy to replace the old one", { timeout: 10000, every: 100 });
  const afterUpdate = await offlineCopy(page);
  assert.deepEqual(afterUpdate.files[0], before.files[0], "the new copy is complete");
  assert.notEqual(afterUpdate.keys[0], before.keys[0], "and the old one is gone");
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), "Your results");
  await context.close();
});
