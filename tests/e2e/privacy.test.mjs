// Nothing leaves the device: every request is a same-origin static file fetched at load, none
// carries an answer, the CSP blocks other origins, and storage is used only when asked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, browser, open, ready, heading, next, openPart } from "./helpers.mjs";

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

  // 1. A share link with answers.
  await page.goto(BASE + "#v=1&age=28&sex=f&preg=planning&contra=combined&smoke=current&cv=bp&matters=scalp&s=results");
  await ready(page);
  await page.waitForLoadState("networkidle");
  const loaded = Date.now();

  // 2. A journey after load: change answers, tick questions, switch views, go back and forth.
  await openPart(page, "Questions to ask your dermatologist");
  await page.getByLabel("What will it cost me, and will my insurance cover it?").check();
  await openPart(page, "Your answers");
  await page.locator("[data-step=about]").click();
  await page.getByLabel("How old are you?").fill("31");
  await next(page);
  await page.getByLabel("All of my scalp hair (with or without body hair)", { exact: true }).check();
  for (let i = 0; i < 12 && (await heading(page)) !== "Your results"; i++) await next(page);
  await page.getByLabel("Ritlecitinib (Litfulo)", { exact: true }).check();
  await page.waitForTimeout(300);

  for (const r of requests) {
    assert.equal(new URL(r.url).origin, origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, "GET", `${r.method} ${r.url}`);
    assert.equal(r.body, null, `request with a body: ${r.url}`);
    for (const w of ANSWER_WORDS) assert.ok(!r.url.includes(w), `an answer in a request URL: ${r.url}`);
    assert.ok(/\/(|index\.html|[\w.-]+\.(js|wasm|css|json))$/.test(new URL(r.url).pathname), `not a static asset: ${r.url}`);
  }
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
  assert.equal(copied, await page.evaluate(() => location.href));
  assert.match(copied, /#v=1&age=40&sex=f/);
  assert.match(await page.locator("#main").innerText(), /share it only with people you trust/);
  await context.close();
});
