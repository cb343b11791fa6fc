// Share links and clinician presets: broken, truncated or tampered links keep every readable
// answer and say kindly what was left out; presets focus on a medicine but still ask the questions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, browser, open, heading, axe, next, mainText, showAll } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

async function visit(fragment) {
  const { page, context, problems } = await open(b, { url: BASE + fragment });
  return { page, context, problems, text: await mainText(page) };
}

test("a tampered link names what it left out and keeps the rest", async () => {
  const { page, context, problems, text } = await visit("#v=1&age=58&smoke=sometimes&cv=bp,chol,wings&aa=total");
  assert.equal(await heading(page), "Your results");
  assert.match(await page.getByRole("alert").innerText(), /Some answers in this link could not be read.*Smoking, Heart and blood vessels/s);
  assert.ok(text.includes("fewer than 10 in 100 people fully recover"), "the readable answer (all hair lost) is kept");
  assert.ok((await page.locator("#answers").innerText()).includes("58"));
  await axe(page, "tampered link");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a truncated link keeps the complete answers", async () => {
  const { page, context, text } = await visit("#v=1&age=44&sex=f&preg=plann");
  assert.match(await page.getByRole("alert").innerText(), /Pregnancy/);
  assert.ok(text.includes("Your results"));
  assert.ok((await page.locator("#answers").innerText()).includes("44"));
  await context.close();
});

test("a link we cannot read at all still opens a working start screen with a kind message", async () => {
  const { page, context, problems } = await visit("#%%%&&==&%zz");
  assert.match(await heading(page), /Thinking about a JAK inhibitor/);
  assert.match(await page.getByRole("alert").innerText(), /could not be read/);
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link from a newer version says so and keeps what it can", async () => {
  const { page, context } = await visit("#v=2&age=40&sex=m");
  assert.match(await page.getByRole("alert").innerText(), /different version/);
  assert.ok((await page.locator("#answers").innerText()).includes("40"));
  await context.close();
});

test("a very long or hostile fragment never breaks the page", async () => {
  const junk = "a=" + "<script>".repeat(800) + "&age=33&" + "x=%E0%A4%A".repeat(200);
  const { page, context, problems } = await visit("#" + junk);
  assert.ok((await heading(page)).length > 0);
  assert.equal(await page.locator("script:not([src])").count(), 1, "no injected scripts");
  assert.deepEqual(problems, []);
  await context.close();
});

test("unknown keys (e.g. added by an email client) are ignored without a message", async () => {
  const { page, context } = await visit("#v=1&age=40&utm_source=newsletter");
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.equal(await heading(page), "Your results");
  await context.close();
});

test("a clinician preset focuses on one medicine and still asks the patient's questions", async () => {
  const { page, context } = await visit("#v=1&drug=ritlecitinib");
  assert.match(await page.locator("#main").innerText(), /Your clinician asked you to look at Ritlecitinib \(Litfulo\)/);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("How old are you?").fill("30");
  await next(page);
  for (let i = 0; i < 12 && (await heading(page)) !== "Your results"; i++) {
    const before = await heading(page);
    await page.getByRole("button", { name: "Skip this question" }).click();
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() !== t, before);
  }
  assert.equal(await heading(page), "Your results");
  assert.ok(await page.getByLabel("Ritlecitinib (Litfulo)", { exact: true }).isChecked(), "the preset medicine is selected");
  await showAll(page);
  const text = await page.locator("#benefits").innerText();
  assert.ok(text.includes("Ritlecitinib (Litfulo)"));
  assert.ok(!text.includes("Baricitinib (Olumiant)"), "other medicines hidden until the person chooses to see them");
  assert.match(await page.evaluate(() => location.hash), /drug=ritlecitinib/);
  await context.close();
});

test("a preset for a medicine not approved at the patient's age says so", async () => {
  const { page, context } = await visit("#v=1&drug=baricitinib&age=15&s=results");
  assert.match(await mainText(page), /It is not approved at your age/);
  assert.ok((await page.locator("#benefits").innerText()).includes("Ritlecitinib (Litfulo)"));
  await context.close();
});
