// The first screen: meaningful before the wasm loads, accessible at phone and desktop widths.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, DESKTOP, browser, open, axe, heading } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

for (const [name, viewport] of [["phone 360 px", PHONE], ["desktop 1280 px", DESKTOP]]) {
  test(`start screen passes axe at ${name}`, async () => {
    const { page, context, problems } = await open(b, { viewport });
    assert.equal(await heading(page), "Thinking about a JAK inhibitor for alopecia areata?");
    await axe(page, `start screen, ${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the start screen's words show before (and without) the wasm", async () => {
  const context = await b.newContext({ viewport: PHONE });
  const page = await context.newPage();
  // Simulate a very slow phone: the wasm never arrives.
  await page.route("**/*.wasm", () => {});
  await page.goto(BASE, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("h1");
  const text = await page.locator("body").innerText();
  assert.match(text, /Thinking about a JAK inhibitor for alopecia areata\?/);
  assert.match(text, /Your answers stay on this device/);
  assert.match(text, /Getting the questions ready/);
  await context.close();
});

test("without JavaScript the page explains what is needed", async () => {
  const context = await b.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE);
  const text = await page.locator("body").innerText();
  assert.match(text, /needs JavaScript/);
  assert.match(text, /Thinking about a JAK inhibitor/);
  await context.close();
});

test("the page has a language, a real title and a viewport", async () => {
  const { page, context } = await open(b);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.title(), /alopecia areata/i);
  assert.match(await page.getAttribute('meta[name="viewport"]', "content"), /width=device-width/);
  await context.close();
});

test("Start opens the first question and moves focus to its heading", async () => {
  const { page, context } = await open(b);
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "screen-title");
  assert.match(await page.locator(".step-of").innerText(), /Step 1 of \d+/);
  await context.close();
});

test("content reflows at 320 px wide with no sideways scrolling", async () => {
  const frags = ["", "#v=1&s=about", "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp&inf=hsv&eczema=y&brows=y&s=results"];
  for (const f of frags) {
    const { page, context } = await open(b, { viewport: { width: 320, height: 640 }, url: BASE + f });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${f || "start"}: page is ${wide}px wide at 320px`);
    await context.close();
  }
});
