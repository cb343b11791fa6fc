// Five complete journeys, clicked through the UI as a patient would, at phone width. Every step
// and the results pass axe; each journey checks what must and must not appear for that person.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { browser, open, axe, heading, next, mainText, expectAll, expectNone, fitsTheScreen } from "./helpers.mjs";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

/** Answer one step: `answers` are labels to tick, or [group, label] pairs for repeated labels. */
async function answer(page, answers) {
  for (const a of answers) {
    if (typeof a === "string") {
      await page.getByLabel(a, { exact: true }).check();
    } else if (a.type) {
      await page.getByLabel(a.type, { exact: true }).fill(a.value);
    } else {
      await page.getByRole("group", { name: a[0], exact: true }).getByLabel(a[1], { exact: true }).check();
    }
  }
}

/**
 * Walk the questionnaire. `plan` maps each expected step heading to its answers (or "skip");
 * steps must appear in exactly this order, which also proves irrelevant steps are hidden.
 */
async function journey(name, plan) {
  const { page, context, problems } = await open(b);
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  const seen = [];
  for (const [title, answers] of plan) {
    assert.equal(await heading(page), title, `${name}: expected the “${title}” step`);
    seen.push(title);
    if (answers === "skip") {
      const before = await heading(page);
      await page.getByRole("button", { name: "Skip this question" }).click();
      await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() !== t, before);
      continue;
    }
    await answer(page, answers);
    await axe(page, `${name}: step “${title}”`);
    await next(page);
  }
  assert.equal(await heading(page), "Your results", `${name}: after ${seen.join(" → ")}`);
  await axe(page, `${name}: results`);
  const text = await mainText(page);
  await fitsTheScreen(page, `${name}: results, every detail open`);
  assert.deepEqual(problems, [], `${name}: console errors`);
  return { page, context, text };
}

test("28-year-old on the combined pill who flies monthly and plans a pregnancy", async () => {
  const { context, text, page } = await journey("young woman", [
    ["About you", [{ type: "How old are you?", value: "28" }, "Female"]],
    ["Your alopecia areata", ["Half or more", "One to four years", ["Are your eyebrows affected?", "Yes"], ["Are your eyelashes affected?", "No"]]],
    ["Pregnancy and breastfeeding", ["Hoping to get pregnant in the next two years"]],
    ["Birth control", ["A pill, ring or patch with estrogen (the “combined” pill)"]],
    ["Smoking", ["Never smoked"]],
    ["Heart, blood vessels and travel", ["None of these", "About once a month or more"]],
    ["Cancer", ["No"]],
    ["Infections, eczema and vaccines", ["None of these", ["Do you have eczema (dry, itchy, inflamed skin)?", "No"], ["Have you had both doses of the shingles vaccine (Shingrix)?", "No"]]],
    ["What matters to you", [["Growing back the hair on my scalp", "A lot"], ["Being able to get pregnant soon", "A lot"], ["Growing back my eyebrows", "A little"]]],
  ]);
  expectAll(text, [
    "Planning a pregnancy",
    "for at least 1 week after the last dose",
    "The combined pill and blood clots",
    "about 1.7 clots happen for every 10,000 long flights",
    "get up and walk about",
    "No one your age was in the study behind the warning: everyone was 50 or older.",
    "Eyebrows back to full or nearly full",
    "Should I change my birth control to lower my chance of a blood clot?",
    "Being able to get pregnant soon matters to you.",
  ], "young woman");
  expectNone(text, ["Menopause and hormone therapy", "lung cancer screening", "You share", "Help to stop smoking"], "young woman");
  // Several medicines apply: each is shown against its own dummy pill, with the caution visible.
  assert.ok(text.includes("cannot be compared between medicines"));
  await page.getByLabel("Ritlecitinib (Litfulo)", { exact: true }).check();
  const one = await mainText(page);
  assert.ok(!one.includes("Baricitinib 4 mg"), "the one-medicine view hides the others");
  assert.ok(one.includes("23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair"));
  await context.close();
});

test("58-year-old current smoker with high blood pressure", async () => {
  const { context, text } = await journey("58-year-old smoker", [
    ["About you", [{ type: "How old are you?", value: "58" }, "Male"]],
    ["Your alopecia areata", ["All of my scalp hair (with or without body hair)", "More than ten years"]],
    ["Smoking", ["I smoke now", "Twenty pack-years or more"]],
    ["Heart, blood vessels and travel", ["High blood pressure", "High cholesterol", "Rarely or never (a few times a year at most)"]],
    ["Cancer", ["No"]],
    ["Infections, eczema and vaccines", "skip"],
    ["What matters to you", [["Avoiding any risk of serious side effects", "A lot"], ["Growing back the hair on my scalp", "A lot"]]],
  ]);
  expectAll(text, [
    "You share four of the features of the people in that study: age 50 or older, smoking now, high blood pressure and high cholesterol.",
    "34 in 1,000 people taking tofacitinib (both doses together) had a heart attack or stroke, or died of heart disease.",
    "In Europe, the medicines regulator (EMA) gives this advice to doctors",
    "Ask about lung cancer screening",
    "Help to stop smoking",
    "Given my age, smoking and heart health, how does the boxed warning apply to me?",
    "fewer than 10 in 100 people fully recover without treatment",
  ], "58-year-old smoker");
  expectNone(text, ["Pregnancy", "birth control", "Menopause", "No one your age"], "58-year-old smoker");
  await context.close();
});

test("15-year-old filling it in with a parent", async () => {
  const { context, text, page } = await journey("15-year-old", [
    ["About you", [{ type: "How old are you?", value: "15" }, "Female"]],
    ["Your alopecia areata", ["Half or more", "Less than a year"]],
    ["Pregnancy and breastfeeding", ["Not pregnant and no plans in the next two years"]],
    ["Birth control", ["No hormonal method (none, or condoms only)"]],
    ["Smoking", ["Never smoked"]],
    ["Heart, blood vessels and travel", ["None of these"]],
    ["Cancer", ["No"]],
    ["Infections, eczema and vaccines", "skip"],
    ["What matters to you", "skip"],
  ]);
  expectAll(text, [
    "At 15, only ritlecitinib is approved for alopecia areata.",
    "go through these results with a parent or caregiver",
    "The trial included 105 teenagers aged 12 to seventeen.",
    "What do my parents need to know",
  ], "15-year-old");
  expectNone(text, ["Baricitinib (Olumiant)", "Deuruxolitinib (Leqselvi)", "CYP2C9", "Shingrix"], "15-year-old");
  assert.equal(await page.getByText("Show results for").count(), 0, "no medicine switch with one medicine");
  await context.close();
});

test("47-year-old in perimenopause considering hormone therapy", async () => {
  const { context, text } = await journey("perimenopause", [
    ["About you", [{ type: "How old are you?", value: "47" }, "Female"]],
    ["Your alopecia areata", ["Half or more"]],
    ["Pregnancy and breastfeeding", ["Not pregnant and no plans in the next two years"]],
    ["Birth control", ["Copper IUD (coil)"]],
    ["Menopause and hormone therapy", ["Perimenopause: periods changing or irregular", "Thinking about it"]],
    ["Smoking", ["Never smoked"]],
    ["Heart, blood vessels and travel", ["None of these"]],
    ["Cancer", ["No"]],
    ["Infections, eczema and vaccines", "skip"],
    ["What matters to you", "skip"],
  ]);
  expectAll(text, [
    "Menopause and hormone therapy",
    "Tablets raise the chance of a clot",
    "patches, gels and sprays on the skin did not",
    "In perimenopause you can still get pregnant",
    "should it be a patch or gel rather than tablets?",
  ], "perimenopause");
  expectNone(text, ["The combined pill and blood clots", "Planning a pregnancy"], "perimenopause");
  await context.close();
});

test("man with eczema and cold sores", async () => {
  const { context, text } = await journey("eczema and cold sores", [
    ["About you", [{ type: "How old are you?", value: "34" }, "Male"]],
    ["Your alopecia areata", ["Less than half"]],
    ["Smoking", ["Never smoked"]],
    ["Heart, blood vessels and travel", ["None of these"]],
    ["Cancer", ["No"]],
    ["Infections, eczema and vaccines", ["Cold sores or genital herpes", ["Do you have eczema (dry, itchy, inflamed skin)?", "Yes"]]],
    ["What matters to you", "skip"],
  ]);
  expectAll(text, [
    "Cold sores and eczema",
    "14 in 1,000 people on 4 mg, 2 in 1,000 on 2 mg and 5 in 1,000 on the dummy pill",
    "Ask about medicine for cold sores",
    "Should I have antiviral medicine ready for cold sores?",
    "The trials only included people missing at least 50 in 100 parts of their scalp hair",
    "A painful rash with blisters that spreads, especially over eczema",
  ], "eczema and cold sores");
  expectNone(text, ["Pregnancy test", "Planning a pregnancy", "Menopause"], "eczema and cold sores");
  await context.close();
});
