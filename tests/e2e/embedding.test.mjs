// Clinic sites and portals: sub-path hosting, clinic.json settings (valid, missing, malformed,
// unsafe, low contrast), and the iframe host page with auto-height, focus and print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { catalog } from "../../scripts/catalog.mjs";
import { BASE, browser, ready, axe, mainText, eventually, settle } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

const results = "#v=1&age=40&sex=f&smoke=never&cv=none&s=results";

/** Open a mount of the build and collect console messages. */
async function at(path, fragment = results) {
  const context = await b.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => messages.push({ type: "pageerror", text: e.message }));
  await page.goto(new URL(path, BASE).href + fragment);
  await ready(page);
  await page.waitForLoadState("networkidle");
  return { page, context, messages };
}

const buttonColour = (page) =>
  page.evaluate(() => getComputedStyle(document.querySelector("button.primary")).backgroundColor);
const DEFAULT_ACCENT = "rgb(29, 78, 137)";

test("the build works from a sub-path", async () => {
  const { page, context, messages } = await at("/some/sub/path/");
  assert.match(await page.locator("#screen-title").innerText(), /Your results/);
  assert.deepEqual(messages.filter((m) => m.type === "error" || m.type === "pageerror"), []);
  await context.close();
});

test("a valid clinic.json shows the clinic's contact, colour and chosen medicines", async () => {
  const { page, context, messages } = await at("/clinic/valid/");
  const text = await mainText(page);
  assert.ok(text.includes("Questions? Contact Riverside Dermatology at +1 (555) 010-2000."));
  const portal = page.getByRole("link", { name: /Message your care team/ });
  assert.equal(await portal.getAttribute("href"), "https://portal.example.org/messages");
  assert.equal(await portal.getAttribute("rel"), "noreferrer noopener");
  assert.equal(await buttonColour(page), "rgb(91, 42, 134)");
  assert.ok(text.includes("Baricitinib (Olumiant)") && text.includes("Ritlecitinib (Litfulo)"));
  assert.ok(!text.includes("Deuruxolitinib"), "the clinic chose not to show deuruxolitinib");
  assert.deepEqual(messages.filter((m) => m.type === "warning" || m.type === "error"), []);
  await axe(page, "clinic colours");
  await context.close();
});

test("a missing clinic.json means defaults", async () => {
  const { page, context, messages } = await at("/clinic/missing/");
  assert.equal(await buttonColour(page), DEFAULT_ACCENT);
  assert.ok((await mainText(page)).includes("Deuruxolitinib (Leqselvi)"));
  assert.equal(await page.getByRole("link", { name: /Message your care team/ }).count(), 0);
  // The only complaint is the browser's own note about the missing file.
  assert.deepEqual(messages.filter((m) => m.type === "pageerror" || (m.type === "error" && !/404/.test(m.text))), []);
  await context.close();
});

test("a malformed clinic.json is ignored with a console warning", async () => {
  const { page, context, messages } = await at("/clinic/malformed/");
  assert.ok(messages.some((m) => m.type === "warning" && /clinic\.json is not valid JSON/.test(m.text)));
  assert.equal(await buttonColour(page), DEFAULT_ACCENT);
  assert.match(await page.locator("#screen-title").innerText(), /Your results/);
  await context.close();
});

test("an unsafe portal address is dropped, and the rest of the file still applies", async () => {
  const { page, context, messages } = await at("/clinic/unsafe/");
  assert.equal(await page.getByRole("link", { name: /Message your care team/ }).count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  const text = await mainText(page);
  assert.ok(text.includes("Contact Careful Clinic at 555 0100"));
  assert.ok(messages.some((m) => m.type === "warning" && /portal_url/.test(m.text)));
  assert.ok(messages.some((m) => m.type === "warning" && /snake-oil/.test(m.text)));
  assert.ok(!text.includes("Baricitinib (Olumiant)"), "only the known medicine it listed is shown");
  await context.close();
});

test("a low-contrast accent colour is ignored", async () => {
  const { page, context, messages } = await at("/clinic/low-contrast/");
  assert.equal(await buttonColour(page), DEFAULT_ACCENT);
  assert.ok(messages.some((m) => m.type === "warning" && /contrast/.test(m.text)));
  await context.close();
});

test("clinic.json is fetched once, by the page's loader, in parallel with the app", async () => {
  const context = await b.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.split("/").pop()));
  // Hold the wasm back: clinic.json must be asked for without waiting for the app.
  let clinicBeforeWasm = false;
  await page.route("**/*.wasm", async (route) => {
    for (let i = 0; i < 50 && !requests.includes("clinic.json"); i++) await new Promise((r) => setTimeout(r, 100));
    clinicBeforeWasm = requests.includes("clinic.json");
    await route.continue();
  });
  await page.goto(new URL("/clinic/valid/", BASE).href + results);
  await ready(page);
  await page.waitForLoadState("networkidle");
  assert.ok(clinicBeforeWasm, `clinic.json was requested while the wasm was still on its way: ${requests.join(" ")}`);
  assert.equal(requests.filter((f) => f === "clinic.json").length, 1, requests.join(" "));
  // Already there when the app started: the first render shows the clinic's contact and colour.
  assert.ok((await page.locator("#main").innerText()).includes("Questions? Contact Riverside Dermatology"));
  assert.equal(await buttonColour(page), "rgb(91, 42, 134)");
  await context.close();
});

test("a clinic.json that takes 3 s to arrive does not delay Start, and applies when it comes", async () => {
  const context = await b.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  let clinicArrived = false;
  page.on("requestfinished", (r) => { if (r.url().endsWith("/clinic.json")) clinicArrived = true; });
  await page.goto(new URL("/clinic/slow/", BASE).href, { waitUntil: "commit" });
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("h1", { hasText: "About you" }).waitFor();
  assert.equal(clinicArrived, false, "Start worked before clinic.json arrived");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("button.primary")).backgroundColor), DEFAULT_ACCENT);
  // When the file arrives, its settings apply without a reload.
  await page.waitForFunction(() => getComputedStyle(document.querySelector("button.primary")).backgroundColor === "rgb(91, 42, 134)", null, { timeout: 10000 });
  assert.ok(clinicArrived);
  await context.close();
});

test("in an iframe at 360 px the widget sizes itself, never scrolls inside, and focus and print work", async () => {
  const context = await b.newContext({ viewport: { width: 360, height: 700 } });
  const page = await context.newPage();
  await page.goto(new URL("/host/", BASE).href);
  const iframe = page.locator("iframe[data-aa-jak-aid]");
  const frame = page.frameLocator("iframe[data-aa-jak-aid]");
  await frame.locator("#main button").first().waitFor();

  const fits = async () => {
    const inner = await frame.locator("html").evaluate((el) => el.scrollHeight);
    const outer = await iframe.evaluate((el) => el.clientHeight);
    return { inner, outer };
  };
  await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
  let { inner, outer } = await fits();
  assert.ok(Math.abs(inner - outer) <= 2, `start screen: content ${inner}px in a ${outer}px frame`);

  // A step change resizes the frame and moves focus to the new heading inside it.
  await frame.getByRole("button", { name: "Start" }).click();
  await frame.locator("h1", { hasText: "About you" }).waitFor();
  ({ inner, outer } = await eventually(async () => { const f = await fits(); return Math.abs(f.inner - f.outer) <= 2 && f; },
    "the frame to fit the step").catch(fits));
  assert.ok(Math.abs(inner - outer) <= 2, `step: content ${inner}px in a ${outer}px frame`);
  assert.equal(await frame.locator(":focus").getAttribute("id"), "screen-title");

  // The results are much taller; the frame grows with them.
  const before = outer;
  await frame.locator("#age").fill("40");
  await page.evaluate(() => {
    const f = document.querySelector("iframe");
    f.contentWindow.location.hash = "#v=1&age=40&sex=f&s=results";
  });
  await frame.locator(".key-points").waitFor();
  ({ inner, outer } = await eventually(async () => { const f = await fits(); return f.outer > before * 3 && Math.abs(f.inner - f.outer) <= 2 && f; },
    "the frame to grow with the results").catch(fits));
  assert.ok(outer > before * 3, `results frame ${outer}px vs ${before}px`);
  assert.ok(Math.abs(inner - outer) <= 2, `results: content ${inner}px in a ${outer}px frame`);
  const scrolls = await frame.locator("html").evaluate((el) => el.scrollHeight > el.clientHeight + 2);
  assert.equal(scrolls, false, "no scrollbar inside the frame");

  // Print inside the frame prints the summary.
  await frame.locator("html").evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await frame.getByRole("button", { name: /Print or save a summary/ }).click();
  assert.equal(await frame.locator("html").evaluate(() => window.__printed), 1);

  // Messages that don't come from the widget's own frame are ignored.
  const h = await iframe.evaluate((el) => el.style.height);
  await page.evaluate(() => window.postMessage({ source: "aa-jak-decision-aid", type: "resize", height: 50 }, "*"));
  await settle(page);
  assert.equal(await iframe.evaluate((el) => el.style.height), h);
  await context.close();
});

test("embedded from another origin, the widget still sizes itself and keeps answers inside", async () => {
  const context = await b.newContext({ viewport: { width: 360, height: 700 } });
  const page = await context.newPage();
  const host = new URL("/host/cross-origin.html", BASE);
  host.hostname = host.hostname === "localhost" ? "127.0.0.1" : "localhost";
  await page.goto(host.href);
  const iframe = page.locator("iframe[data-aa-jak-aid]");
  const frame = page.frameLocator("iframe[data-aa-jak-aid]");
  await frame.locator("h1", { hasText: "Your results" }).waitFor();
  const widgetOrigin = new URL(await iframe.getAttribute("src")).origin;
  assert.notEqual(widgetOrigin, host.origin, "the widget really is on another origin");
  await page.waitForFunction(() => parseFloat(document.querySelector("iframe").style.height) > 2000);
  const size = async () => ({ inner: await frame.locator("html").evaluate((el) => el.scrollHeight), outer: await iframe.evaluate((el) => el.clientHeight) });
  const { inner, outer } = await eventually(async () => { const f = await size(); return Math.abs(f.inner - f.outer) <= 2 && f; },
    "the frame to fit its content").catch(size);
  assert.ok(Math.abs(inner - outer) <= 2, `content ${inner}px in a ${outer}px frame`);
  // The host page cannot read the answers: they live in the frame's own URL fragment.
  assert.ok(!page.url().includes("age="), page.url());
  await context.close();
});

test("clinic.json over 16 KB is not used, and a name with a direction override is ignored", async () => {
  const big = await at("/clinic/oversized/");
  assert.ok(big.messages.some((m) => m.type === "warning" && /larger than 16 KB/.test(m.text)));
  assert.ok(!(await big.page.locator("#main").innerText()).includes("Too Big Clinic"));
  assert.equal(await buttonColour(big.page), DEFAULT_ACCENT);
  await big.context.close();

  const bidi = await at("/clinic/bidi/");
  const text = await bidi.page.locator("#main").innerText();
  assert.ok(!text.includes("Skin Clinic"), "the name with a right-to-left override is not shown");
  assert.ok(bidi.messages.some((m) => m.type === "warning" && /"name" ignored/.test(m.text)));
  assert.equal(await bidi.page.getByRole("link", { name: /Message your care team/ }).getAttribute("href"), "https://portal.example.org/messages", "the rest of the file applies");
  await bidi.context.close();
});

test("with embed_origins in clinic.json, only the portals named receive the height", async () => {
  const results = "#v=1&age=40&sex=f&s=results";
  const portal = async (host, src) => {
    const context = await b.newContext({ viewport: { width: 360, height: 700 } });
    const page = await context.newPage();
    await page.goto(new URL(`/host/listen.html?src=${encodeURIComponent(src)}`, host).href);
    await page.frameLocator("iframe").locator("h1", { hasText: "Your results" }).waitFor();
    return { page, context };
  };
  const other = BASE.includes("localhost") ? BASE.replace("localhost", "127.0.0.1") : BASE.replace("127.0.0.1", "localhost");

  // Only https://portal.example.org is named: this portal hears nothing, whatever its origin.
  for (const host of [BASE, other]) {
    const { page, context } = await portal(host, new URL("/clinic/embed-other/" + results, BASE).href);
    // The results have rendered in the frame (and it has measured itself) before this is read.
    await page.frameLocator("iframe").locator(".key-points").waitFor();
    await settle(page.frames()[1]);
    await settle(page);
    assert.deepEqual(await page.evaluate(() => window.received), [], `${host}: a portal not named gets no message`);
    assert.equal(await page.locator("iframe").evaluate((f) => f.style.height), "", "so the frame keeps the portal's own height");
    await context.close();
  }
  // This test host is named (under both loopback names): the height arrives and the frame fits.
  for (const host of [BASE, other]) {
    const { page, context } = await portal(host, new URL("/clinic/embed-here/" + results, BASE).href);
    await page.waitForFunction(() => window.received.length > 0 && parseFloat(document.querySelector("iframe").style.height) > 2000);
    const message = (await page.evaluate(() => window.received))[0];
    assert.deepEqual(Object.keys(message).sort(), ["height", "source", "type"], "only the height, never an answer");
    await context.close();
  }
});

test("the Spanish page embeds the same way: it sizes itself, in Spanish, and its results grow the frame", async () => {
  const es = catalog("es");
  const context = await b.newContext({ viewport: { width: 360, height: 700 } });
  const page = await context.newPage();
  await page.goto(new URL("/host/es.html", BASE).href);
  const iframe = page.locator("iframe[data-aa-jak-aid]");
  const frame = page.frameLocator("iframe[data-aa-jak-aid]");
  await frame.locator("#main button").first().waitFor();
  assert.equal((await frame.locator("h1").innerText()).trim(), es["app.title"]);
  assert.equal(await frame.locator("html").getAttribute("lang"), "es");
  await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
  const before = await iframe.evaluate((el) => el.clientHeight);
  await page.evaluate(() => {
    document.querySelector("iframe").contentWindow.location.hash = "#v=1&age=40&sex=f&s=results";
  });
  await frame.locator(".key-points").waitFor();
  const size = async () => ({ inner: await frame.locator("html").evaluate((el) => el.scrollHeight), outer: await iframe.evaluate((el) => el.clientHeight) });
  const { inner, outer } = await eventually(async () => { const f = await size(); return f.outer > before * 2 && Math.abs(f.inner - f.outer) <= 2 && f; },
    "the frame to grow with the Spanish results").catch(size);
  assert.ok(outer > before * 2, `results frame ${outer}px vs ${before}px`);
  assert.ok(Math.abs(inner - outer) <= 2, `results: content ${inner}px in a ${outer}px frame`);
  await context.close();
});
