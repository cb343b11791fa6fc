// Tools for the visit on the results: "Check what you know" (questions built from this person's
// results, kind feedback that links to the explaining part, keyboard only, the score in the
// printout and the note) and "A note for my care team" (per-person content, clipboard and a
// manual-copy fallback, the clinic's message page, and no request that carries an answer).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, browser, open, axe, openPart } from "./helpers.mjs";

const TEEN = "#v=1&age=15&sex=f&preg=none&contra=none&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4&matters=brows&s=results";
const SMOKER = "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt10&matters=scalp,lowrisk&sure=ynyn&ask=warning_me&s=results";
const PREGNANT = "#v=1&age=31&sex=f&preg=pregnant&smoke=never&cv=none&aa=severe&dur=1to4&s=results";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

const legends = (page) => page.locator("#body-check legend").allInnerTexts();

test("the knowledge check is built from this person's results", async () => {
  const cases = [
    [TEEN, /From what age is ritlecitinib approved/, /ritlecitinib 50 mg/],
    [SMOKER, /how much did smoking matter/, /baricitinib 4 mg/],
    [PREGNANT, /European labels say .* in pregnancy/, /baricitinib 4 mg/],
  ];
  for (const [frag, lifeStage, benefitDrug] of cases) {
    const { page, context, problems } = await open(b, { url: BASE + frag });
    await openPart(page, "Check what you know");
    const qs = await legends(page);
    assert.ok(qs.length >= 4 && qs.length <= 6, `${frag}: ${qs.length} questions`);
    assert.match(qs[0], benefitDrug, frag);
    assert.match(qs.at(-1), lifeStage, frag);
    assert.deepEqual(problems, [], frag);
    await context.close();
  }
  // No medicine applies to a nine-year-old: no check, and no link to it.
  const { page, context } = await open(b, { url: BASE + "#v=1&age=9&aa=patchy&s=results" });
  assert.equal(await page.locator("#check").count(), 0);
  assert.equal(await page.locator(".next-steps a[href=\"#check\"]").count(), 0);
  await context.close();
});

test("answers get kind feedback with a link to the explaining part, by keyboard alone", async () => {
  const { page, context } = await open(b, { url: BASE + TEEN });
  // From the next steps, by keyboard: the link opens the part and moves there.
  await page.locator(".next-steps a[href=\"#check\"]").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#body-check:not([hidden])");
  // First question: the dummy pill's number is a wrong answer; choose it with the keyboard.
  await page.locator("#quiz-benefit-0").focus();
  await page.keyboard.press("ArrowDown");
  const feedback = page.locator(".quiz-item").first().locator(".quiz-feedback");
  await feedback.waitFor();
  const wrong = await feedback.innerText();
  assert.match(wrong, /^Not quite\. On ritlecitinib 50 mg, \d+ in 100 people had most of their scalp hair back after 24 weeks, compared with \d+ in 100 on the dummy pill\./);
  assert.doesNotMatch(wrong, /wrong|incorrect|fail/i);
  // Focus stays on the radio the person moved to, so they can change their answer.
  assert.equal(await page.evaluate(() => document.activeElement.id), "quiz-benefit-1");
  await page.keyboard.press("ArrowUp");
  await page.waitForFunction(() => document.querySelector(".quiz-feedback")?.innerText.startsWith("That's right."));
  // Its source number and its "read more" link work.
  await feedback.locator("a", { hasText: "Read more in" }).click();
  await page.waitForSelector("#body-benefits:not([hidden])");
  assert.equal(await page.locator("#h-benefits button").getAttribute("aria-expanded"), "true");
  await axe(page, "knowledge check answered");
  await context.close();
});

test("the score appears once every question is answered, in the printout and in the note", async () => {
  const { page, context } = await open(b, { url: BASE + SMOKER });
  await openPart(page, "Check what you know");
  const items = page.locator(".quiz-item");
  const n = await items.count();
  // Answer the first one wrong and the rest as the results say (read from the feedback).
  for (let i = 0; i < n; i++) {
    const radios = items.nth(i).locator("input[type=radio]");
    await radios.nth(0).check();
    const text = await items.nth(i).locator(".quiz-feedback").innerText();
    if (i > 0 && text.startsWith("Not quite")) {
      for (let k = 1; k < 3; k++) {
        await radios.nth(k).check();
        if ((await items.nth(i).locator(".quiz-feedback").innerText()).startsWith("That's right")) break;
      }
    }
  }
  const first = await items.nth(0).locator(".quiz-feedback").innerText();
  const right = first.startsWith("That's right") ? n : n - 1;
  const summary = await page.locator("#body-check .notice").innerText();
  assert.match(summary, new RegExp(`for ${right} of ${n} questions`));
  assert.doesNotMatch(summary, /score|fail|%/i);
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator(".print-summary").innerText();
  assert.ok(printed.includes(`Check what you know: ${right} of ${n} answered in line with the results.`), printed);
  await page.emulateMedia({ media: "screen" });
  await openPart(page, "A note for my care team");
  const note = await page.locator("#care-note").inputValue();
  assert.ok(note.includes(`Check what you know: ${right} of ${n} answered in line with my results.`), note);
  await context.close();
});

test("the care-team note says this person's answers, values, readiness and questions, and nothing more", async () => {
  const { page, context, problems } = await open(b, { url: BASE + SMOKER });
  // The offline copy is fetched once the app runs; wait for it, so what follows is the note alone.
  await page.evaluate(() => navigator.serviceWorker?.ready);
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(BASE).origin });
  await page.locator(".next-steps a[href=\"#note\"]").click();
  await page.waitForSelector("#body-note:not([hidden])");
  const note = await page.locator("#care-note").inputValue();
  for (const must of [
    "Note for my care team",
    "Age: 58",
    "Smoking: I smoke now",
    "Matters a lot: Growing back the hair on my scalp, Avoiding any risk of serious side effects",
    "2 of 4 readiness questions answered yes. Not yet: knowing the benefits and risks, enough support to choose.",
    "Questions I would like to ask\n- ",
  ]) assert.ok(note.includes(must), `note lacks “${must}”:\n${note}`);
  assert.doesNotMatch(note, /Not answered|Check what you know/, "nothing unanswered, no score before the check");
  const core = note.split("Questions I would like to ask")[0];
  assert.ok(core.length <= 1000, `core is ${core.length} characters`);
  await page.getByRole("button", { name: "Copy the note" }).click();
  await page.getByText("Note copied. Paste it into a message to your care team.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), note);
  await axe(page, "care-team note");
  assert.deepEqual(requests, [], "copying the note makes no request");
  assert.deepEqual(problems, []);
  // The teenager's note is hers: her age, no smoking line, no questions picked yet.
  const teen = await open(b, { url: BASE + TEEN });
  await openPart(teen.page, "A note for my care team");
  const tnote = await teen.page.locator("#care-note").inputValue();
  assert.ok(tnote.includes("Age: 15") && tnote.includes("Matters a lot: Growing back my eyebrows"), tnote);
  assert.ok(tnote.includes("None picked yet."), tnote);
  await teen.context.close();
  await context.close();
});

test("where the clipboard is blocked, the note can be selected by hand; a clinic's message page is offered", async () => {
  const { page, context } = await open(b, { url: BASE.replace(/\/$/, "") + "/clinic/valid/" + SMOKER });
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("blocked")) } });
  });
  await openPart(page, "A note for my care team");
  await page.getByRole("button", { name: "Copy the note" }).click();
  await page.getByText("Your browser did not let us copy. Select the note below and copy it.").waitFor();
  const box = page.getByLabel("The note");
  assert.notEqual(await box.getAttribute("readonly"), null, "the note cannot be edited by accident");
  await box.focus();
  await page.keyboard.press("Control+A");
  const selected = await page.evaluate(() => {
    const t = document.getElementById("care-note");
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  assert.equal(selected, await box.inputValue());
  const portal = page.getByRole("link", { name: /Open your care team's message page/ });
  assert.equal(await portal.getAttribute("href"), "https://portal.example.org/messages");
  assert.equal(await portal.getAttribute("target"), "_blank");
  assert.match(await portal.getAttribute("rel"), /noopener/);
  await context.close();
});
