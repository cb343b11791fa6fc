// The guide knows when it goes stale: past the evidence file's "next review by" date, every
// screen says so calmly (and the guide keeps working). The device's date is injected with
// Playwright's clock, never the real one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { catalog } from "../../scripts/catalog.mjs";
import { readFileSync } from "node:fs";
import { BASE, browser, ready, axe, heading, openPart } from "./helpers.mjs";

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const en = catalog("en");
const es = catalog("es");
const nextReview = /next_review = "(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(new URL("../../src/data/evidence.toml", import.meta.url), "utf8"))[1];
const dayAfter = (iso, days) => new Date(Date.parse(iso + "T12:00:00Z") + days * 86400000);

/** A page whose clock reads `date`, opened at `path`. */
async function at(date, path) {
  const context = await b.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(date);
  await page.goto(new URL(path, BASE).href);
  await ready(page);
  return { page, context };
}

const notice = (page) => page.locator("aside.review-due");

test("past the review date, every screen says calmly that the guide may be out of date, in English", async () => {
  const { page, context } = await at(dayAfter(nextReview, 1), "#v=1&age=40&sex=f&aa=severe&s=results");
  assert.equal(await heading(page), en["results.title"]);
  await notice(page).waitFor();
  const text = await notice(page).innerText();
  assert.ok(text.includes(en["app.review_due"].replace("{date}", nextReview)), text);
  assert.equal(await notice(page).getAttribute("aria-label"), en["app.review_due_label"]);
  // It does not block: the results, and the rest of the guide, still work.
  await openPart(page, en["results.sources_title"]);
  await page.goto(new URL("#v=1&age=40&s=about", BASE).href);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), en["q.about.title"]);
  assert.equal(await notice(page).count(), 1, "on a question step too");
  await axe(page, "review-due notice");
  await context.close();
});

test("in Spanish, with the date written the Spanish way", async () => {
  const { page, context } = await at(dayAfter(nextReview, 30), "es.html");
  assert.equal(await heading(page), es["app.title"]);
  const text = await notice(page).innerText();
  const [y, m, d] = nextReview.split("-");
  const month = es["date.months"].split("|")[Number(m) - 1];
  assert.ok(text.includes(`${Number(d)} de ${month} de ${y}`), text);
  assert.ok(text.startsWith(es["app.review_due"].split("{date}")[0]), text);
  await context.close();
});

test("up to and on the review date, there is no notice", async () => {
  for (const date of [dayAfter(nextReview, 0), dayAfter(nextReview, -200)]) {
    const { page, context } = await at(date, "");
    assert.equal(await notice(page).count(), 0, `no notice on ${date.toISOString()}`);
    await context.close();
  }
});

test("a link made from older evidence says so on the results, and a copied link names today's", async () => {
  const reviewed = /last_reviewed = "(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(new URL("../../src/data/evidence.toml", import.meta.url), "utf8"))[1];
  const { page, context } = await at(dayAfter(nextReview, -1), "#v=1&age=40&sex=f&aa=severe&ev=2025-01-15&s=results");
  await page.locator(".key-points").waitFor();
  const said = en["results.link_evidence"].replace("{then}", "2025-01-15").replace("{now}", reviewed);
  assert.ok((await page.locator("#main").innerText()).includes(said), "the older evidence is named");
  await context.close();
  const today = await at(dayAfter(nextReview, -1), `#v=1&age=40&sex=f&aa=severe&ev=${reviewed}&s=results`);
  await today.page.locator(".key-points").waitFor();
  assert.ok(!(await today.page.locator("#main").innerText()).includes(said.slice(0, 30)), "no notice for today's evidence");
  await today.context.close();
});
