// Spanish at full parity: its own page (es.html) with its own wasm, the static start screen in
// Spanish with lang="es", every screen and the printout in Spanish with no English sentence,
// numbers and dates the Spanish way, lang= links, clinic.json's language, clinician presets, a
// switch on every screen that keeps answers, screen and ticked questions, and a browser set to
// Spanish offered Spanish, never forced. The words come from the catalogs, not from this file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog } from "../../scripts/catalog.mjs";
import { BASE, DESKTOP, browser, open, ready, heading, next, axe, openPart, fitsTheScreen } from "./helpers.mjs";

const en = catalog("en");
const es = catalog("es");
const ES = new URL("es.html", BASE).href;
const SCREENS = fileURLToPath(new URL("../../target/screens/", import.meta.url));

/** Every English sentence of the catalog that differs from its Spanish: pieces of four words or
 *  more between placeholders (names, doses and codes are the same in both languages). */
const ENGLISH = [...new Set(Object.keys(en).flatMap((k) => {
  const same = new Set(es[k].split(/\{\w+\}/).map((p) => p.trim()));
  return en[k].split(/\{\w+\}/).map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4 && !same.has(p));
}))];

async function noEnglish(page, where) {
  const text = await page.locator("body").innerText();
  const found = ENGLISH.filter((e) => text.includes(e));
  assert.deepEqual(found, [], `${where}: English on a Spanish page`);
}

/** Open every part ("Mostrar todos los detalles"). */
async function showAll(page) {
  await page.getByRole("button", { name: es["results.show_all"] }).click();
  await page.waitForSelector(".part-body:not([hidden])");
}

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

test("the Spanish page is Spanish before the app starts, and fetches only Spanish words", async () => {
  const raw = await (await fetch(ES)).text();
  assert.match(raw, /<html lang="?es"?>/);
  for (const key of ["app.page_title", "app.title", "app.lede", "app.private", "app.loading"]) {
    assert.ok(raw.includes(es[key].replace(/&/g, "&amp;")), `es.html lacks ${key}`);
    assert.ok(!raw.includes(en[key]), `es.html still has the English ${key}`);
  }
  const context = await b.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.split("/").pop()));
  await page.goto(ES);
  await ready(page);
  assert.equal(await heading(page), es["app.title"]);
  // One wasm for every language; the page fetches its own words, and never English ones.
  assert.ok(requests.some((f) => /^aa-decision-aid-[0-9a-f]+_bg\.wasm$/.test(f)), "the wasm");
  assert.ok(requests.some((f) => /^text-es-start-[0-9a-f]+\.txt$/.test(f)), "the Spanish start words");
  assert.deepEqual(requests.filter((f) => f.startsWith("text-en-") || f === "index.html"), [],
    "nothing of the English page");
  await noEnglish(page, "start");
  await axe(page, "Spanish start screen");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a whole journey in Spanish: every step, the results in full, no English, numbers the Spanish way", async () => {
  const { page, context, problems } = await open(b, { url: ES });
  await page.getByRole("button", { name: es["app.start"] }).click();
  assert.equal(await heading(page), es["q.about.title"]);
  await page.getByLabel(es["q.about.age"]).fill("28");
  await page.getByLabel(es["q.about.sex_f"], { exact: true }).check();
  await noEnglish(page, "step 1");
  await axe(page, "Spanish question step");
  for (let i = 0; i < 12; i++) {
    if (await heading(page) === es["results.title"]) break;
    await noEnglish(page, `step “${await heading(page)}”`);
    await next(page, es["nav.next"], es["nav.see_results"]);
  }
  assert.equal(await heading(page), es["results.title"]);
  await noEnglish(page, "results, first layer");
  await showAll(page);
  await noEnglish(page, "results, every detail");
  await axe(page, "Spanish results, every detail open");
  // Longer Spanish words wrap on a 360 px phone, every detail open.
  await fitsTheScreen(page, "Spanish results, every detail open");
  mkdirSync(SCREENS, { recursive: true });
  await page.locator(".glance").first().scrollIntoViewIfNeeded();
  writeFileSync(`${SCREENS}chromium-es-results-360.png`, await page.screenshot());
  // Numbers the Spanish way outside the list of sources (whose citations are the papers' own).
  const text = await page.evaluate(() => {
    const main = document.querySelector("#main").cloneNode(true);
    main.querySelector("#sources")?.remove();
    return main.innerText;
  });
  assert.match(text, /de cada 100/);
  assert.doesNotMatch(text, /\d\.\d/, "a decimal point in Spanish text");
  assert.doesNotMatch(text, /\b\d{1,3},\d{3}\b/, "an English thousands comma");
  assert.deepEqual(problems, []);
  await context.close();
});

test("lang=es opens the Spanish page with the answers, and the switch keeps answers, screen and ticked questions", async () => {
  const frag = "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp&aa=severe&s=results";
  const { page, context, problems } = await open(b, { url: BASE + frag + "&lang=es" });
  assert.ok(page.url().startsWith(ES), page.url());
  assert.equal(await heading(page), es["results.title"]);
  await openPart(page, es["results.answers_title"]);
  assert.match(await page.locator("#answers").innerText(), /58/);
  // Tick a question, then change language from the switch at the top.
  await openPart(page, es["sec.questions"]);
  const box = page.locator("#questions input[type=checkbox]").first();
  await box.check();
  const id = await box.getAttribute("id");
  await page.getByRole("link", { name: es["app.lang_switch"], exact: true }).click();
  await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() === t, en["results.title"]);
  assert.match(page.url(), /index\.html#v=1&age=58/);
  await openPart(page, en["results.answers_title"]);
  assert.match(await page.locator("#answers").innerText(), /58/);
  await openPart(page, en["sec.questions"]);
  assert.ok(await page.locator(`#${id}`).isChecked(), "the ticked question stays ticked");
  // And back to Spanish, on a question step this time.
  await page.getByRole("button", { name: /^Change\s?: Smoking$/ }).click();
  await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() === t, en["q.smoke.title"]);
  await page.getByRole("link", { name: en["app.lang_switch"], exact: true }).click();
  await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() === t, es["q.smoke.title"]);
  assert.ok(await page.getByLabel(es["q.smoke.smoke_current"], { exact: true }).isChecked(), "the answer stays");
  assert.deepEqual(problems, []);
  await context.close();
});

test("clinic.json's language and a clinician's Spanish preset open Spanish; lang=en on es.html opens English", async () => {
  const { page, context, problems } = await open(b, { url: new URL("clinic/es/", BASE).href });
  await page.waitForURL(/es\.html/);
  await ready(page);
  assert.equal(await heading(page), es["app.title"]);
  // A link that names English keeps English even there.
  await page.goto(new URL("clinic/es/#v=1&lang=en", BASE).href);
  await ready(page);
  assert.equal(await heading(page), en["app.title"]);
  // A clinician's preset in Spanish: the start screen, focused on the medicine.
  await page.goto(BASE + "#v=1&lang=es&drug=ritlecitinib");
  await page.waitForURL(/es\.html/);
  await ready(page);
  assert.equal(await heading(page), es["app.title"]);
  assert.match(await page.locator("#main").innerText(), /ritlecitinib/i);
  await noEnglish(page, "Spanish preset");
  await page.goto(ES + "#v=1&age=40&lang=en&s=results");
  await page.waitForURL(/index\.html/);
  await ready(page);
  assert.equal(await heading(page), en["results.title"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a browser set to Spanish is offered Spanish, never sent there", async () => {
  const { page, context } = await open(b, { locale: "es-MX" });
  assert.equal(await heading(page), en["app.title"], "the page stays in English");
  const offer = page.locator(".lang-switch");
  assert.match(await offer.innerText(), new RegExp(en["app.lang_offer"]));
  assert.equal(await offer.locator("span").getAttribute("lang"), "es");
  await context.close();
  const { page: p2, context: c2 } = await open(b, { locale: "en-US" });
  assert.doesNotMatch(await p2.locator(".lang-switch").innerText(), new RegExp(en["app.lang_offer"]));
  await c2.close();
});

test("the printed summary in Spanish: Spanish headings and date, two pages at most on A4 and Letter", async () => {
  const frag = "#v=1&lang=es&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe&matters=scalp&sure=yyny&ask=warning_me,stop&s=results";
  const { page, context } = await open(b, { viewport: DESKTOP, url: BASE + frag });
  await page.waitForURL(/es\.html/);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator(".print-summary").innerText();
  assert.ok(printed.includes(es["print.title"]), "the summary's title");
  assert.match(printed, /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/, "a date in Spanish");
  const found = ENGLISH.filter((e) => printed.includes(e));
  assert.deepEqual(found, [], "English in the Spanish printout");
  const dir = mkdtempSync(join(tmpdir(), "aa-print-es-"));
  for (const format of ["A4", "Letter"]) {
    const pdf = join(dir, `summary-${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  await context.close();
});
