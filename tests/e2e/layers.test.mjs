// The results in two layers: a first layer a person can finish (at most 700 words and 8 phone
// screens before anything is opened, for every kind of person), and every detail one tap away:
// disclosures that open and hold their content, term help that works with the keyboard, links
// that open the part they point to, and axe clean in both states.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, browser, open, axe, openPart, showAll } from "./helpers.mjs";

const PHONE_390 = { width: 390, height: 844 };
const MAX_WORDS = 700;
const MAX_HEIGHT = 6750;

const PERSONAS = {
  "28-year-old planning a pregnancy, on the pill, flying monthly":
    "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4&brows=y&s=results",
  "58-year-old smoker": "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt10&matters=scalp,lowrisk&s=results",
  "15-year-old": "#v=1&age=15&sex=f&preg=none&contra=none&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4&s=results",
  "nothing answered": "#v=1&s=results",
  "nine-year-old": "#v=1&age=9&aa=patchy&dur=lt1&s=results",
  "a woman who answers everything":
    "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=former&packyrs=unsure&quit15=y&cv=bp,clot&cancer=past&inf=tb,hepb,hsv&eczema=y&shingrix=no&aa=severe&dur=gt10&brows=y&lashes=y&matters=scalp,brows,lashes&msome=fewpills,lowrisk&mnot=fewtests&sure=ynyn&s=results",
  "a man with every risk factor":
    "#v=1&age=62&sex=m&smoke=current&packyrs=ge20&cv=bp,chol,diabetes,heart,stroke,clot,thromb,lung&cancer=recent&inf=tb,hepb,hepc,hsv,shingles&eczema=y&shingrix=unsure&aa=total&dur=8to10&brows=y&lashes=y&travel=monthly&s=results",
};

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

const firstLayer = (page) =>
  page.evaluate(() => ({
    words: document.querySelector("#main").innerText.split(/\s+/).filter(Boolean).length,
    height: document.documentElement.scrollHeight,
  }));

test("the first layer fits the budget for every kind of person, before anything is opened", async () => {
  for (const [who, frag] of Object.entries(PERSONAS)) {
    const { page, context, problems } = await open(b, { url: BASE + frag, viewport: PHONE_390 });
    const { words, height } = await firstLayer(page);
    assert.ok(words <= MAX_WORDS, `${who}: ${words} words visible before opening anything`);
    assert.ok(height <= MAX_HEIGHT, `${who}: ${height} px tall before opening anything`);
    assert.equal(await page.locator(".part-toggle[aria-expanded=true]").count(), 0, `${who}: every part starts folded`);
    assert.deepEqual(problems, [], who);
    await context.close();
  }
});

// Spanish says the same in about 16 % more words (the whole catalog: 12,991 words against
// 11,163), so the same reading time allows 800; the height budget is the same.
const MAX_WORDS_ES = 800;

test("the first layer fits the budget in Spanish too", async () => {
  for (const [who, frag] of Object.entries(PERSONAS)) {
    const { page, context, problems } = await open(b, { url: BASE + frag + "&lang=es", viewport: PHONE_390 });
    await page.waitForURL(/es\.html/);
    const { words, height } = await firstLayer(page);
    assert.ok(words <= MAX_WORDS_ES, `${who}: ${words} Spanish words visible before opening anything`);
    assert.ok(height <= MAX_HEIGHT, `${who}: ${height} px tall in Spanish before opening anything`);
    assert.deepEqual(problems, [], who);
    await context.close();
  }
});

test("the first layer carries what matters for this person", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["a woman who answers everything"], viewport: PHONE_390 });
  const text = await page.locator("#main").innerText();
  for (const must of [
    "Use this page to get ready for your visit",
    "Your key points",
    "timing matters",
    "Blood clots",
    "you told us about cancer",
    // Each medicine's benefit beside its own dummy pill, and its main side effect.
    "Baricitinib (Olumiant)",
    "35 in 100 did, 65 did not.",
    "Side effect: headaches in the first 24 weeks",
    "26 in 1,000 did, 974 did not.",
    "Get help right away for chest pain",
    "Say what matters to you",
    "Check how ready you feel",
    "Pick questions for your visit",
    "Print or save a summary for my visit",
  ]) assert.ok(text.toLowerCase().includes(must.toLowerCase()), `first layer should show “${must}”`);
  // Details wait behind their headings.
  assert.ok(!text.includes("ORAL Surveillance"), "the warning's study details are one tap away");
  await context.close();
});

test("every part opens, shows its content, and closes again; Show all opens them all", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["a woman who answers everything"], viewport: PHONE_390 });
  const toggles = page.locator(".part-toggle");
  const n = await toggles.count();
  assert.ok(n >= 14, `${n} parts`);
  for (let i = 0; i < n; i++) {
    const t = toggles.nth(i);
    const name = (await t.innerText()).trim();
    const body = page.locator(`#${await t.getAttribute("aria-controls")}`);
    assert.equal(await body.isVisible(), false, `${name}: folded`);
    await t.click();
    assert.equal(await t.getAttribute("aria-expanded"), "true", `${name}: says it is open`);
    assert.ok(await body.isVisible(), `${name}: its body shows`);
    assert.ok((await body.innerText()).trim().split(/\s+/).length > 5, `${name}: has content`);
    await t.click();
    assert.equal(await body.isVisible(), false, `${name}: folds again`);
  }
  // A folded part stays searchable with find-in-page where the browser supports it.
  assert.equal(await page.locator(".part-body[hidden=until-found]").count(), n);
  await showAll(page);
  assert.equal(await page.locator(".part-toggle[aria-expanded=true]").count(), n);
  const all = await page.locator("#main").innerText();
  for (const detail of ["ORAL Surveillance", "Test for hidden tuberculosis (TB)", "Sources", "Tosti"]) {
    assert.ok(all.includes(detail), `all details: ${detail}`);
  }
  await page.getByRole("button", { name: "Hide all details" }).click();
  assert.equal(await page.locator(".part-toggle[aria-expanded=true]").count(), 0);
  await context.close();
});

test("axe passes with every part folded and with every part open", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["a man with every risk factor"], viewport: PHONE_390 });
  await axe(page, "results, folded");
  await showAll(page);
  // Open every term explanation too.
  for (const t of await page.locator("button.term").all()) if (await t.isVisible()) await t.click();
  await axe(page, "results, every part and term open");
  await context.close();
});

test("term help opens in place with the keyboard alone, and says whether it is open", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["58-year-old smoker"], viewport: PHONE_390 });
  const term = page.locator("#main button.term").first();
  const defId = await term.getAttribute("aria-controls");
  const def = page.locator(`#${defId}`);
  assert.equal(await def.isVisible(), false);
  // Reach it with Tab from the top of the page.
  await page.locator("#screen-title").focus();
  let focused = false;
  for (let i = 0; i < 40 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await term.evaluate((el) => el === document.activeElement);
  }
  assert.ok(focused, "the term is reachable with Tab");
  await page.keyboard.press("Enter");
  assert.equal(await term.getAttribute("aria-expanded"), "true");
  assert.ok(await def.isVisible());
  assert.ok((await def.innerText()).length > 20, "a one-sentence explanation");
  await page.keyboard.press("Space");
  assert.equal(await term.getAttribute("aria-expanded"), "false");
  assert.equal(await def.isVisible(), false);
  // Its accessible name is the word itself (the "?" badge is decoration).
  assert.equal((await term.evaluate((el) => el.textContent)).trim(), (await term.innerText()).trim().replace(/\?$/, "").trim());
  await context.close();
});

test("links open the part they point to: next steps, citations, and share links", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["28-year-old planning a pregnancy, on the pill, flying monthly"], viewport: PHONE_390 });
  await page.getByRole("link", { name: "Pick questions for your visit" }).click();
  await page.waitForFunction(() => document.querySelector("#h-questions button")?.getAttribute("aria-expanded") === "true");
  assert.ok(await page.getByLabel("What should I do about blood clots on long trips?").isVisible());
  // A citation number opens the sources at that source.
  await page.locator(".key-points sup.cite a").first().click();
  await page.waitForFunction(() => document.querySelector("#h-sources button")?.getAttribute("aria-expanded") === "true");
  const id = await page.evaluate(() => document.activeElement?.id);
  assert.match(id, /^src-\d+$/, "focus moves to the cited source");
  await context.close();

  // A share link that names a part opens with it open and in view.
  const shared = await open(b, { url: BASE + "#v=1&age=40&sex=m&smoke=never&cv=none&at=checklist", viewport: PHONE_390 });
  await shared.page.waitForFunction(() => document.querySelector("#h-checklist button")?.getAttribute("aria-expanded") === "true");
  assert.ok(await shared.page.locator("#checklist").getByText("Test for hidden tuberculosis (TB)").isVisible());
  // Scrolled to it (smoothly, unless the person prefers reduced motion).
  await shared.page.waitForFunction(() => {
    const top = document.querySelector("#checklist").getBoundingClientRect().top;
    return top >= -5 && top < 300;
  }, null, { timeout: 5000 });
  assert.equal(await shared.page.evaluate(() => document.activeElement?.id), "checklist", "focus moved to the part");
  await shared.context.close();
});

test("the medicine switch shows one medicine in the first layer and the details alike", async () => {
  const { page, context } = await open(b, { url: BASE + PERSONAS["58-year-old smoker"], viewport: PHONE_390 });
  await page.getByLabel("Deuruxolitinib (Leqselvi)", { exact: true }).check();
  const glance = await page.locator(".glance").innerText();
  assert.ok(glance.includes("Deuruxolitinib (Leqselvi)") && !glance.includes("Baricitinib (Olumiant)"));
  await openPart(page, "What treatment could do");
  const benefits = await page.locator("#benefits").innerText();
  assert.ok(benefits.includes("31 in 100 people taking deuruxolitinib 8 mg") && !benefits.includes("baricitinib 4 mg"));
  await context.close();
});
