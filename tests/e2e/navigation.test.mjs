// Keyboard-only use, focus and announcements, reload and Back/Forward, and the printed summary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE, DESKTOP, browser, open, heading, next, axe, openPart } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Tab until the focused element matches `predicate` (a function run in the page). */
async function tabTo(page, predicate, arg, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`could not reach ${predicate} ${arg ?? ""} with Tab`);
}

const focusedText = () => (document.activeElement?.closest("label")?.innerText || document.activeElement?.innerText || "").trim();
const focusedIs = (text) => (document.activeElement?.closest("label")?.innerText || document.activeElement?.innerText || "").trim() === text;

test("a keyboard-only journey reaches the results, with focus and announcements on each step", async () => {
  const { page, context } = await open(b);
  await tabTo(page, focusedIs, "Start");
  await press(page, "Enter");
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "screen-title");
  assert.match(await page.locator("[role=status][aria-live=polite]").last().innerText(), /Step 1 of \d+: About you/);

  await tabTo(page, () => document.activeElement?.id === "age");
  await page.keyboard.type("35");
  // Radio groups: Tab into the group, arrow keys move within it, Space selects.
  await tabTo(page, focusedIs, "Female");
  await press(page, "ArrowDown"); // Male
  assert.equal(await page.evaluate(focusedText), "Male");
  await press(page, "Space");
  await press(page, "Enter"); // the form submits: Next
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your alopecia areata");
  assert.match(await page.locator("[role=status][aria-live=polite]").last().innerText(), /Step 2 of \d+: Your alopecia areata/);

  // Keep going with Enter only (skipping is allowed) until the results.
  for (let i = 0; i < 12; i++) {
    if ((await heading(page)) === "Your results") break;
    const before = await heading(page);
    await tabTo(page, (t) => ["Next", "See my results"].includes(document.activeElement?.innerText?.trim()), null);
    await press(page, "Enter");
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() !== t, before);
  }
  assert.equal(await heading(page), "Your results");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "screen-title");
  assert.match(await page.locator("[role=status][aria-live=polite]").last().innerText(), /results are ready/);

  // A citation link moves focus to its source without changing the answers in the URL.
  const hash = await page.evaluate(() => location.hash);
  await tabTo(page, () => document.activeElement?.matches("sup.cite a"));
  await press(page, "Enter");
  assert.match(await page.evaluate(() => document.activeElement?.id || ""), /^src-\d+$/);
  assert.equal(await page.evaluate(() => location.hash), hash);
  await context.close();
});

test("a follow-up question appearing keeps keyboard focus on the answer just chosen", async () => {
  const { page, context } = await open(b, { url: `${BASE}#v=1&age=58&sex=m&s=smoke` });
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Smoking");
  await tabTo(page, focusedIs, "Never smoked");
  await press(page, "ArrowDown"); // "I used to smoke": pack-years and "quit within 15 years" appear
  await page.waitForSelector("input[name=quit15]");
  assert.equal(await page.evaluate(focusedText), "I used to smoke");
  assert.equal(await page.evaluate(() => document.activeElement?.name), "smoke");
  await press(page, "ArrowDown"); // "I smoke now": "quit within 15 years" goes away
  await page.waitForFunction(() => !document.querySelector("input[name=quit15]"));
  assert.equal(await page.evaluate(focusedText), "I smoke now");
  assert.equal(await page.evaluate(() => document.activeElement?.checked), true);
  await context.close();
});

test("focus is always visible", async () => {
  const { page, context } = await open(b);
  await tabTo(page, focusedIs, "Start");
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.notEqual(outline.style, "none");
  assert.ok(outline.width >= 2, `outline ${outline.width}px`);
  await context.close();
});

test("reload and Back/Forward keep the answers and the screen", async () => {
  const { page, context } = await open(b);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("How old are you?").fill("44");
  await page.getByLabel("Female", { exact: true }).check();
  await next(page);
  await page.getByLabel("Half or more", { exact: true }).check();
  await next(page);
  assert.equal(await heading(page), "Pregnancy and breastfeeding");
  assert.match(await page.evaluate(() => location.hash), /age=44/);

  await page.reload();
  await page.waitForSelector("#main button");
  assert.equal(await heading(page), "Pregnancy and breastfeeding");

  await page.goBack();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your alopecia areata");
  assert.ok(await page.getByLabel("Half or more", { exact: true }).isChecked());
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  assert.equal(await page.getByLabel("How old are you?").inputValue(), "44");
  await page.goForward();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your alopecia areata");
  await context.close();
});

test("from the results, Change opens that question and leads straight back", async () => {
  const { page, context } = await open(b, { url: BASE + "#v=1&age=40&sex=m&smoke=never&cv=none&s=results" });
  await openPart(page, "Your answers");
  await page.getByRole("button", { name: /^Change\s?: Smoking$/ }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Smoking");
  await page.getByLabel("I smoke now", { exact: true }).check();
  await page.getByRole("button", { name: "Back to my results" }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your results");
  assert.equal(await page.getByRole("button", { name: "Your answers", exact: true }).getAttribute("aria-expanded"), "true", "the opened part stays open");
  await openPart(page, "The boxed warning, and where you fit");
  assert.match(await page.locator("#warning").innerText(), /smoking now/);
  await context.close();
});

test("an impossible age gets a kind message, is not stored, and the form still works", async () => {
  const { page, context, problems } = await open(b);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("How old are you?").fill("150");
  const alert = page.getByRole("alert");
  assert.match(await alert.innerText(), /whole years, from zero to one hundred and twenty/);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /age=/);
  await axe(page, "age error");
  await page.getByLabel("How old are you?").fill("61");
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.match(await page.evaluate(() => location.hash), /age=61/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the printed visit summary is one or two clean pages with the key parts", async () => {
  const frag = "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt10&matters=scalp,lowrisk&sure=yyny&ask=warning_me,stop&s=results";
  const { page, context } = await open(b, { viewport: DESKTOP, url: BASE + frag });
  await page.emulateMedia({ media: "print" });
  // On paper, only the summary shows: no buttons or navigation.
  assert.equal(await page.locator(".screen-only").isVisible(), false);
  assert.equal(await page.getByRole("button").first().isVisible(), false);
  const printed = await page.locator(".print-summary").innerText();
  for (const h of ["My visit summary", "Key answers", "Checks to ask about", "My questions", "What matters to me", "How ready I feel", "Sources"]) {
    assert.ok(printed.includes(h), `print lacks “${h}”`);
  }
  assert.ok(printed.includes("Given my age, smoking and heart health"), "ticked questions are printed");
  assert.ok(!printed.includes("What will it cost me"), "unticked questions are not printed");

  const dir = mkdtempSync(join(tmpdir(), "aa-print-"));
  const pdf = join(dir, "summary.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
  assert.ok(pages >= 1 && pages <= 2, `summary printed on ${pages} pages`);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  for (const h of ["My visit summary", "Key answers", "Checks to ask about", "My questions", "Sources"]) {
    assert.ok(text.includes(h), `PDF lacks “${h}”`);
  }
  assert.ok(!text.includes("Copy a link"), "no screen controls in the PDF");
  await context.close();
});

test("even with every answer given and every question ticked, the summary fits on two pages of A4 or US Letter", async () => {
  const all = "work_for_me,how_long,which_drug,brows_lashes,risks_for_me,warning_me,heart_check,clot_past,clot_pill,clot_travel,pregnancy_plan,hrt,cold_sores,cancer,infection,vaccines,cyp,alternatives,nothing,stop,monitoring,liver,cost";
  const frag = `#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=former&packyrs=unsure&quit15=y&cv=bp,clot&cancer=past&inf=tb,hepb,hsv&eczema=y&shingrix=no&aa=severe&dur=gt10&brows=y&lashes=y&matters=scalp,brows,lashes&msome=fewpills,lowrisk&mnot=fewtests&sure=ynyn&ask=${all}&s=results`;
  const { page, context } = await open(b, { viewport: DESKTOP, url: BASE + frag });
  await page.emulateMedia({ media: "print" });
  const dir = mkdtempSync(join(tmpdir(), "aa-print-"));
  for (const format of ["A4", "Letter"]) {
    const pdf = join(dir, `heavy-${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
    assert.ok(pages <= 2, `heavy summary printed on ${pages} ${format} pages`);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    assert.ok(text.includes("With my past blood clot"), `${format}: ticked questions are all there`);
    assert.ok(text.includes("next review due"), `${format}: the review date is printed`);
  }
  await context.close();
});

test("rating values on the results keeps their part open and updates which way they point", async () => {
  const { page, context } = await open(b, { url: BASE + "#v=1&age=30&sex=f&smoke=never&cv=none&s=results" });
  // The first layer's next steps open "What matters to you" and scroll to it.
  await page.getByRole("link", { name: "Say what matters to you" }).click();
  const toggle = page.getByRole("button", { name: "What matters to you", exact: true });
  await page.waitForFunction(() => document.querySelector("#h-values button")?.getAttribute("aria-expanded") === "true");
  assert.match(await page.locator("#values").innerText(), /You haven't said what matters to you yet/);
  assert.equal(await page.getByText("Points toward trying a JAK inhibitor").count(), 0, "no lean before any value");
  await page.getByRole("group", { name: "Growing back the hair on my scalp", exact: true }).getByLabel("A lot", { exact: true }).check();
  await page.getByText("Points toward trying a JAK inhibitor").waitFor();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true", "still open after the first choice");
  await page.getByRole("group", { name: "Not having regular blood tests", exact: true }).getByLabel("A lot", { exact: true }).check();
  await page.getByRole("group", { name: "Not taking pills every day for a long time", exact: true }).getByLabel("A lot", { exact: true }).check();
  assert.match(await page.locator("#values").innerText(), /points more toward other options or waiting/);
  await context.close();
});
