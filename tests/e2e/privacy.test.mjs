// Nothing leaves the device: every request is a same-origin static file fetched at load (the
// page, then the offline copy of the same files), none carries an answer, the CSP blocks other
// origins, and storage is used only when asked. Forget really forgets, even for Back and
// Forward, and a link never replaces remembered answers without asking.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BASE, browser, open, ready, heading, next, axe, openPart } from "./helpers.mjs";

const DIST = readdirSync(fileURLToPath(new URL("../../dist/", import.meta.url)));
const START = "Thinking about a JAK inhibitor for alopecia areata?";

let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

const ANSWER_WORDS = ["age=", "sex=", "smoke", "preg", "contra", "planning", "combined", "current", "cv=", "bp", "matters", "ask="];

test("a full journey and a share-link load make only same-origin static requests, all at load time", async () => {
  const context = await b.newContext({ viewport: { width: 360, height: 780 } });
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData(), at: Date.now() }));
  const page = await context.newPage();
  const origin = new URL(BASE).origin;

  // 1. A share link with answers; the service worker keeps a copy of the build for offline use.
  await page.goto(BASE + "#v=1&age=28&sex=f&preg=planning&contra=combined&smoke=current&cv=bp&matters=scalp&s=results");
  await ready(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.waitForLoadState("networkidle");
  const loaded = Date.now();

  // 2. A journey after load: change answers, tick questions, switch views, go back and forth.
  await openPart(page, "Questions to ask your dermatologist");
  await page.getByLabel("What will it cost me, and will my insurance cover it?").check();
  await openPart(page, "Your answers");
  await page.getByRole("button", { name: /^Change\s?: About you$/ }).click();
  await page.getByLabel("How old are you?").fill("31");
  await next(page);
  await page.getByLabel("All of my scalp hair (with or without body hair)", { exact: true }).check();
  for (let i = 0; i < 12 && (await heading(page)) !== "Your results"; i++) await next(page);
  await page.getByLabel("Ritlecitinib (Litfulo)", { exact: true }).check();
  await page.waitForSelector("main.view-r");
  await page.waitForLoadState("networkidle");

  for (const r of requests) {
    assert.equal(new URL(r.url).origin, origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, "GET", `${r.method} ${r.url}`);
    assert.equal(r.body, null, `request with a body: ${r.url}`);
    for (const w of ANSWER_WORDS) assert.ok(!r.url.includes(w), `an answer in a request URL: ${r.url}`);
    assert.ok(/\/(|index\.html|[a-z]{2}\.html|[\w.-]+\.(js|wasm|css|json|txt))$/.test(new URL(r.url).pathname), `not a static asset: ${r.url}`);
    const file = new URL(r.url).pathname.slice(1);
    assert.ok(file === "" || DIST.includes(file), `not a file of this build: ${r.url}`);
  }
  assert.ok(requests.some((r) => new URL(r.url).pathname.endsWith("/sw.js")), "the offline copy was set up");
  const late = requests.filter((r) => r.at > loaded);
  assert.deepEqual(late.map((r) => r.url), [], "requests after the app loaded");
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, "nothing stored by default");
  await context.close();
});

test("the Content-Security-Policy is strict and blocks other origins", async () => {
  const { page, context } = await open(b);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  for (const d of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "form-action 'none'", "base-uri 'none'", "object-src 'none'"]) {
    assert.ok(csp.includes(d), `CSP lacks ${d}`);
  }
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    const other = location.href.replace("127.0.0.1", "localhost");
    let outcome;
    try {
      await fetch(other, { mode: "no-cors" });
      outcome = "sent";
    } catch {
      outcome = "blocked";
    }
    await new Promise((r) => setTimeout(r, 100));
    return { outcome, violations };
  });
  assert.equal(result.outcome, "blocked");
  assert.ok(result.violations.some((v) => v.startsWith("connect-src")), JSON.stringify(result.violations));
  await context.close();
});

test("answers are remembered on the device only when asked, and forgotten on request", async () => {
  const { page, context } = await open(b, { url: BASE + "#v=1&age=52&sex=m&smoke=former&s=results" });
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await openPart(page, "Keep, share or forget your answers");
  await page.getByLabel("Remember my answers on this device").check();
  assert.match(await page.evaluate(() => JSON.stringify(localStorage)), /age=52/);

  // A new visit without the link finds the answers again.
  await page.goto(BASE);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), "Your results");
  await openPart(page, "Your answers");
  assert.ok((await page.locator("#answers").innerText()).includes("52"));

  await openPart(page, "Keep, share or forget your answers");
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("Thinking about"));
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.evaluate(() => location.hash), "");
  assert.match(await page.locator("#main").innerText(), /Your answers have been removed from this device/);
  await context.close();
});

test("copy a link puts this page's address with the answers on the clipboard", async () => {
  const { page, context } = await open(b, { url: BASE + "#v=1&age=40&sex=f&s=results" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(BASE).origin });
  await openPart(page, "Keep, share or forget your answers");
  await page.getByRole("button", { name: "Copy a link to my answers" }).click();
  await page.getByText(/Link copied/).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The address with the answers, naming the evidence it was made from (its review date).
  const reviewed = /last_reviewed = "([\d-]+)"/.exec(readFileSync(new URL("../../src/data/evidence.toml", import.meta.url), "utf8"))[1];
  assert.equal(copied, (await page.evaluate(() => location.href)) + `&ev=${reviewed}`);
  assert.match(copied, /#v=1&age=40&sex=f/);
  assert.match(await page.locator("#main").innerText(), /share it only with people you trust/);
  await context.close();
});

/** The page shows no answer anywhere: not on screen, not in the address, not on the device. */
async function noAnswers(page, where) {
  await page.waitForFunction((t) => document.querySelector("h1")?.innerText.trim() === t, START);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /age|sex|aa=/, `${where}: an answer in the address`);
  assert.ok(!(await page.locator("body").innerText()).includes("44"), `${where}: an answer on screen`);
  assert.equal(await page.evaluate(() => localStorage.length), 0, `${where}: answers on the device`);
}

test("after Forget, Back, Forward and reload never show an answer again", async () => {
  const { page, context, problems } = await open(b);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("How old are you?").fill("44");
  await page.getByLabel("Female", { exact: true }).check();
  await next(page);
  await page.getByLabel("Half or more", { exact: true }).check();
  await next(page);
  await next(page);
  await page.goto(BASE + "#v=1&age=44&sex=f&aa=severe&s=results");
  await ready(page);
  await openPart(page, "Keep, share or forget your answers");
  await page.getByLabel("Remember my answers on this device").check();
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await noAnswers(page, "after Forget");
  for (let i = 1; i <= 5; i++) {
    await page.goBack();
    await noAnswers(page, `Back ×${i}`);
  }
  await page.reload();
  await ready(page);
  await noAnswers(page, "reload");
  for (let i = 1; i <= 5; i++) {
    await page.goForward();
    await noAnswers(page, `Forward ×${i}`);
  }
  // Links opened after the Forget still work, and so does Back to them.
  await page.goto(BASE + "#v=1&age=61&s=results");
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your results");
  await openPart(page, "Your answers");
  assert.ok((await page.locator("#answers").innerText()).includes("61"));
  await page.getByRole("button", { name: /^Change\s?: About you$/ }).click();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "About you");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your results");
  await openPart(page, "Your answers");
  assert.ok((await page.locator("#answers").innerText()).includes("61"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link never replaces remembered answers without asking, and nothing is stored until then", async () => {
  const { page, context, problems } = await open(b, { url: BASE + "#v=1&age=52&sex=m&smoke=former&s=results" });
  await openPart(page, "Keep, share or forget your answers");
  await page.getByLabel("Remember my answers on this device").check();
  const saved = () => page.evaluate(() => localStorage.getItem("aa-jak-decision-aid:answers") ?? "");
  const age = async () => {
    await openPart(page, "Your answers");
    return (await page.locator("#answers").innerText()).match(/\b(52|28|33)\b/)?.[1];
  };
  assert.match(await saved(), /age=52/);

  // A link with no answers, and a clinician's preset, open the remembered answers.
  await page.goto(BASE + "#v=1");
  await page.reload();
  await ready(page);
  assert.equal(await age(), "52");
  await page.goto("about:blank");
  await page.goto(BASE + "#v=1&drug=ritlecitinib");
  await ready(page);
  assert.equal(await age(), "52");
  assert.ok(await page.getByLabel("Ritlecitinib (Litfulo)", { exact: true }).isChecked(), "the preset's medicine is shown");
  assert.match(await saved(), /age=52/);

  // Someone else's link, opened in a new page: a kind question first; nothing stored meanwhile.
  const other = await context.newPage();
  other.on("pageerror", (e) => problems.push(e.message));
  await other.goto(BASE + "#v=1&age=28&sex=f&s=results");
  await ready(other);
  assert.equal(await heading(other), "Which answers do you want to use?");
  assert.match(await other.locator("#main").innerText(), /link you opened has different ones/);
  await axe(other, "the choice between saved and link answers");
  assert.match(await saved(), /age=52/);
  await other.reload();
  await ready(other);
  assert.equal(await heading(other), "Which answers do you want to use?", "a reload asks again");
  await other.getByRole("button", { name: "Keep my saved answers" }).click();
  await other.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your results");
  assert.equal(await other.evaluate(() => document.activeElement?.id), "screen-title", "focus moves to the results");
  await openPart(other, "Your answers");
  assert.match(await other.locator("#answers").innerText(), /52/);
  assert.match(await other.evaluate(() => location.hash), /age=52/);
  assert.match(await saved(), /age=52/);

  // Pasted into the open widget: the same question; this time the link's answers are chosen.
  await other.goto(BASE + "#v=1&age=33&sex=f&s=results");
  await other.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Which answers do you want to use?");
  assert.match(await saved(), /age=52/);
  await other.getByRole("button", { name: "Use the link's answers" }).click();
  await other.waitForFunction(() => document.querySelector("h1")?.innerText.trim() === "Your results");
  assert.match(await saved(), /age=33/);
  assert.deepEqual(problems, []);
  await context.close();
});
