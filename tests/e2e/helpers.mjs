// Shared helpers for the end-to-end tests.
import AxeBuilder from "@axe-core/playwright";
import assert from "node:assert/strict";
import { launch } from "./browser.mjs";

export const BASE = process.env.BASE_URL || "http://127.0.0.1:8181/";
export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

/** A browser shared by one test file. */
export async function browser() {
  return launch();
}

/** A fresh context (no storage) and page, with console errors and page errors collected. */
export async function open(b, { viewport = PHONE, url = BASE, ...ctxOpts } = {}) {
  const context = await b.newContext({ viewport, ...ctxOpts });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  if (url) await page.goto(url);
  await ready(page);
  return { context, page, problems };
}

/** Wait until the app (not the static page) is on screen. */
export async function ready(page) {
  await page.waitForSelector("#main button", { timeout: 15000 });
}

/** axe with WCAG 2.0/2.1/2.2 A and AA rules; zero violations allowed. */
export async function axe(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`)
    .join("\n");
  assert.equal(results.violations.length, 0, `axe violations at ${where}:\n${summary}`);
}

/** Open every part of the results ("Show all details"), if the page has them. */
export async function showAll(page) {
  const button = page.getByRole("button", { name: "Show all details" });
  if (await button.count()) {
    await button.click();
    await page.waitForSelector(".part-body:not([hidden])");
  }
}

/** Open one part of the results by its heading, if it is closed. */
export async function openPart(page, name) {
  const toggle = page.getByRole("button", { name, exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.waitForFunction((n) => [...document.querySelectorAll(".part-toggle")]
    .some((b) => b.textContent.trim() === n && b.getAttribute("aria-expanded") === "true"), name);
}

/** On a phone nothing is wider than the screen: no sideways scrolling, no element of the main
 * region past its right edge (long words and figures wrap). Checks what is shown now. */
export async function fitsTheScreen(page, what) {
  const wide = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll("#main *")]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > w + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class")}: ${el.textContent.trim().slice(0, 40)}`);
    return { page: document.documentElement.scrollWidth - w, out: out.slice(0, 5) };
  });
  assert.equal(wide.page, 0, `${what}: no sideways scrolling`);
  assert.deepEqual(wide.out, [], `${what}: no element wider than the screen`);
}

/** Text of the main region with every detail open (what a reader can reach). */
export async function mainText(page) {
  await showAll(page);
  return page.locator("#main").innerText();
}

/** Text visible before anything is opened (the first layer). */
export async function firstLayerText(page) {
  return page.locator("#main").innerText();
}

export async function heading(page) {
  return (await page.locator("h1").first().innerText()).trim();
}

/** Click a radio or checkbox by its visible label text (exact). */
export async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

/** Press "Next" (or "See my results" on the last step); other languages pass their words. */
export async function next(page, nextName = "Next", resultsName = "See my results") {
  const before = await heading(page);
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page.getByRole("button", { name: new RegExp(`^(${esc(nextName)}|${esc(resultsName)})$`) }).click();
  await page.waitForFunction((b) => document.querySelector("h1")?.innerText.trim() !== b, before);
}

export function expectAll(text, must, where) {
  for (const m of must) assert.ok(text.includes(m), `${where}: expected to find “${m}”`);
}

export function expectNone(text, mustNot, where) {
  for (const m of mustNot) assert.ok(!text.includes(m), `${where}: should not show “${m}”`);
}

/** Wait until `check()` (run here, in Node) holds, polling every `every` ms for at most
 *  `timeout` ms; returns its last value. For conditions that span the host page and a frame,
 *  where one page's waitForFunction cannot see both. Fails with `what` on time-out. */
export async function eventually(check, what, { timeout = 5000, every = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Let a page (or frame) run the tasks already queued, such as a posted message, and render
 *  twice: the deterministic "after that has happened", instead of a fixed sleep. */
export async function settle(pageOrFrame) {
  await pageOrFrame.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
}
