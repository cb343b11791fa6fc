// The clinician link builder (clinician.html): the link for each choice opens the guide where it
// should, its QR code decodes (zbarimg) to exactly that link, the handout prints on US Letter and
// A4, copying works with a manual fallback, it passes axe and works by keyboard, a broken
// clinic.json still gives a working page, and the patient's page fetches none of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { catalog } from "../../scripts/catalog.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE, DESKTOP, PHONE, browser, open, ready, heading, axe, openPart } from "./helpers.mjs";

let b;
const dir = mkdtempSync(join(tmpdir(), "aa-clinician-"));
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

const ORIGIN = new URL(BASE).origin;
const PRIVACY = "Your answers stay on your phone or computer. Nothing you enter is sent anywhere.";

/** The builder at `path` (relative to BASE), ready, with page errors collected. */
async function builder(path = "clinician.html", { viewport = DESKTOP, ...ctxOpts } = {}) {
  const context = await b.newContext({ viewport, ...ctxOpts });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  await page.goto(BASE + path);
  await page.waitForSelector("#link:not(:empty)", { timeout: 15000 });
  return { context, page, problems };
}

const linkText = (page) => page.locator("#link").innerText();

/** Choose a medicine ("" for all) and where the guide opens ("" for the start screen). */
async function choose(page, drug, open) {
  await page.check(`input[name=drug][value="${drug}"]`);
  await page.selectOption("#open", open);
}

function decodeQr(png) {
  const file = join(dir, `qr-${Date.now()}-${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(file, png);
  return execFileSync("zbarimg", ["--raw", "-q", file], { encoding: "utf8" }).trim().split("\n");
}

const CASES = [
  { drug: "", open: "", fragment: "v=1", focus: null, heading: /^Thinking about a JAK inhibitor/ },
  { drug: "baricitinib", open: "", fragment: "v=1&drug=baricitinib", focus: "Baricitinib (Olumiant)", heading: /^Thinking about a JAK inhibitor/ },
  { drug: "ritlecitinib", open: "", fragment: "v=1&drug=ritlecitinib", focus: "Ritlecitinib (Litfulo)", heading: /^Thinking about a JAK inhibitor/ },
  { drug: "deuruxolitinib", open: "", fragment: "v=1&drug=deuruxolitinib", focus: "Deuruxolitinib (Leqselvi)", heading: /^Thinking about a JAK inhibitor/ },
  { drug: "", open: "hair", fragment: "v=1&s=hair", focus: null, heading: /^Your alopecia areata$/ },
  { drug: "ritlecitinib", open: "values", fragment: "v=1&drug=ritlecitinib&s=values", focus: null, heading: /^What matters to you$/ },
];

test("each choice gives exactly the expected link, and the guide opens it with that focus and screen", async () => {
  const { page, context, problems } = await builder();
  for (const c of CASES) {
    await choose(page, c.drug, c.open);
    const want = `${BASE}#${c.fragment}`;
    assert.equal(await linkText(page), want, `link for ${JSON.stringify(c)}`);
    assert.equal(await page.getAttribute("#preview", "href"), want, "the preview opens the same link");

    const { page: guide, context: gc, problems: gp } = await open(b, { url: want });
    assert.match(await heading(guide), c.heading, `${c.fragment} opens the expected screen`);
    const text = await guide.locator("#main").innerText();
    if (c.focus) assert.ok(text.includes(`Your clinician asked you to look at ${c.focus}.`), `${c.fragment}: focus note`);
    else assert.ok(!text.includes("Your clinician asked"), `${c.fragment}: no focus note`);
    assert.equal(await guide.getByRole("alert").count(), 0, "the guide reads the whole link");
    assert.deepEqual(gp, []);
    await gc.close();
  }
  // In Spanish: the link says lang=es, the guide opens its Spanish page, and the handout speaks
  // Spanish.
  await choose(page, "ritlecitinib", "");
  await page.selectOption("#lang", { label: "Español" });
  const es = `${BASE}#v=1&drug=ritlecitinib&lang=es`;
  assert.equal(await linkText(page), es);
  const sheet = page.locator("article.copy").first();
  assert.equal(await sheet.getAttribute("lang"), "es");
  assert.ok((await sheet.innerText()).includes(catalog("es", "clinician.es.toml")["sheet.privacy"]), "the handout in Spanish");
  const { page: guide, context: gc } = await open(b, { url: es });
  await guide.waitForURL(/es\.html/);
  await ready(guide);
  assert.equal(await heading(guide), catalog("es")["app.title"]);
  await gc.close();
  await page.selectOption("#lang", { label: "English" });
  await choose(page, "ritlecitinib", "values");
  // The preview opens the guide in a new tab at that link.
  const [tab] = await Promise.all([context.waitForEvent("page"), page.click("#preview")]);
  await ready(tab);
  assert.equal(tab.url(), `${BASE}#v=1&drug=ritlecitinib&s=values`);
  assert.equal(await heading(tab), "What matters to you");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the link's base is the folder the builder is served from, without query or fragment", async () => {
  const { page, context } = await builder("some/sub/path/clinician.html?utm_source=mail#x");
  assert.equal(await linkText(page), `${BASE}some/sub/path/#v=1`);
  await context.close();
});

test("the QR code decodes (zbarimg) to exactly the link shown, on screen and on the printed handout", async () => {
  const { page, context } = await builder();
  for (const c of [CASES[0], CASES[3], CASES[5]]) {
    await choose(page, c.drug, c.open);
    const link = await linkText(page);
    assert.deepEqual(decodeQr(await page.locator("#qr").screenshot()), [link], `on screen: ${c.fragment}`);
    assert.deepEqual(decodeQr(await page.locator("#sheet .copy").first().screenshot()), [link], `handout preview: ${c.fragment}`);
  }
  // Printed: both copies of a half-page handout, rendered from the PDF.
  const link = await linkText(page);
  const pdf = join(dir, "qr.pdf");
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", pdf, join(dir, "qr-page")]);
  const decoded = execFileSync("zbarimg", ["--raw", "-q", join(dir, "qr-page.png")], { encoding: "utf8" }).trim().split("\n");
  assert.deepEqual(decoded, [link, link]);
  await context.close();
});

function pdfInfo(file) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)[1]), w: Math.round(Number(w)), h: Math.round(Number(h)) };
}

test("the handout prints on one US Letter or A4 page, half or full, with the clinic, the address and the privacy promise", async () => {
  const { page, context, problems } = await builder("clinic/valid/clinician.html");
  await choose(page, "ritlecitinib", "");
  const short = `${new URL(BASE).host}/clinic/valid`;
  const sizes = { letter: { format: "Letter", w: 612, h: 792 }, a4: { format: "A4", w: 595, h: 842 } };
  for (const paper of ["letter", "a4"]) {
    for (const layout of ["half", "full"]) {
      await page.check(`input[name=paper][value=${paper}]`);
      await page.check(`input[name=layout][value=${layout}]`);
      const want = sizes[paper];
      // Once with the paper size the print dialog would get, once with the page's own CSS size.
      for (const opts of [{ format: want.format }, { preferCSSPageSize: true }]) {
        const file = join(dir, `handout-${paper}-${layout}-${opts.format ? "format" : "css"}.pdf`);
        writeFileSync(file, await page.pdf({ ...opts, printBackground: true }));
        const info = pdfInfo(file);
        const where = `${paper} ${layout} ${JSON.stringify(opts)}`;
        assert.equal(info.pages, 1, `${where}: one page`);
        // Within a point or two: Playwright's A4 is 8.27 × 11.7 in, the CSS one 210 × 297 mm.
        assert.ok(Math.abs(info.w - want.w) <= 2 && Math.abs(info.h - want.h) <= 2, `${where}: page size ${info.w} × ${info.h}`);
        const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        const copies = layout === "half" ? 2 : 1;
        for (const must of ["Riverside Dermatology", short, PRIVACY, "A private guide for your visit",
          "This free guide helps you get ready to talk with your dermatologist about JAK inhibitor pills.",
          "Your care team suggests you look at Ritlecitinib (Litfulo).", "Questions? Call +1 (555) 010-2000."]) {
          assert.equal(text.split(must).length - 1, copies, `${where}: “${must}” ${copies}×`);
        }
        assert.ok(!text.includes("Copy the link") && !text.includes("Paper size"), `${where}: only the handout prints`);
      }
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the fullest handout (longest clinic name and phone, a long address, a focus) fits every paper and layout", async () => {
  const where = "clinic/long/patient-education/alopecia-areata-decision-aid/";
  const { page, context, problems } = await builder(`${where}clinician.html`);
  await choose(page, "deuruxolitinib", "values");
  // A longer link makes a denser code; it still decodes to exactly the link.
  assert.deepEqual(decodeQr(await page.locator("#qr").screenshot()), [await linkText(page)]);
  for (const paper of ["letter", "a4"]) {
    for (const layout of ["half", "full"]) {
      await page.check(`input[name=paper][value=${paper}]`);
      await page.check(`input[name=layout][value=${layout}]`);
      await page.emulateMedia({ media: "print" });
      // Nothing spills out, and every line keeps 0.3 in (29 CSS px) from the page edges and
      // the cut line, which printers can't print to.
      const overflow = await page.evaluate(() => {
        const bad = [document.querySelector("#sheet"), ...document.querySelectorAll("#sheet .copy")]
          .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
        for (const copy of document.querySelectorAll("#sheet .copy")) {
          const box = copy.getBoundingClientRect();
          for (const el of copy.querySelectorAll("p, h4, li, svg")) {
            const r = el.getBoundingClientRect();
            const gap = Math.min(r.top - box.top, box.bottom - r.bottom, r.left - box.left, box.right - r.right);
            if (gap < 29) bad.push(`${el.className || el.tagName} ${Math.round(gap)} px from the edge`);
          }
        }
        return bad;
      });
      await page.emulateMedia({ media: null });
      assert.deepEqual(overflow, [], `${paper} ${layout}: nothing spills out of the sheet`);
      const file = join(dir, `long-${paper}-${layout}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      assert.equal(pdfInfo(file).pages, 1, `${paper} ${layout}: one page`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("copy puts the link on the clipboard; a refused copy shows it selected for copying by hand", async () => {
  const { page, context } = await builder();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await choose(page, "baricitinib", "about");
  await page.click("#copy");
  await page.waitForSelector("#copy-status .notice");
  assert.match(await page.locator("#copy-status").innerText(), /Link copied/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${BASE}#v=1&drug=baricitinib&s=about`);
  await context.close();

  const refused = await builder();
  await refused.page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("blocked", "NotAllowedError"));
  });
  await refused.page.reload();
  await refused.page.waitForSelector("#link:not(:empty)");
  await choose(refused.page, "deuruxolitinib", "");
  await refused.page.click("#copy");
  const manual = refused.page.getByLabel("The link, to copy by hand");
  await manual.waitFor();
  assert.equal(await manual.inputValue(), `${BASE}#v=1&drug=deuruxolitinib`);
  assert.ok(await manual.evaluate((el) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length), "focused and selected");
  assert.match(await refused.page.locator("#copy-status").innerText(), /did not let us copy/);
  await axe(refused.page, "builder, copy refused");
  // A new choice clears the stale notice.
  await choose(refused.page, "", "");
  assert.equal(await refused.page.locator("#copy-status").innerText(), "");
  await refused.context.close();
});

test("the builder passes axe on a phone and a desktop, and works with the keyboard alone", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, context, problems } = await builder("clinician.html", { viewport });
    await axe(page, `builder ${viewport.width}px`);
    await page.check("input[name=layout][value=full]");
    await axe(page, `builder ${viewport.width}px, full page`);
    // Every control is at least 24 px in both directions (WCAG 2.5.8).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, a, select, label.option, input[type=text]")]
        .map((el) => ({ el: el.id || el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el }) => el));
    assert.deepEqual(small, [], "targets under 24 px");
    assert.deepEqual(problems, []);
    await context.close();
  }

  const { page, context } = await builder();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.name ? "[" + el.name + "=" + el.value + "]" : ""}`;
  });
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "a", "the skip link comes first");
  assert.ok(await page.locator(".skip-link").evaluate((el) => el.getBoundingClientRect().top >= 0), "and shows when focused");
  await page.keyboard.press("Enter");
  assert.equal(await focused(), "main#main");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "input[drug=]");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "input[drug=ritlecitinib]");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.closest("label")).outlineStyle);
  assert.equal(outline, "solid", "the chosen option shows focus");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "select#lang", "then the language");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "select#open");
  await page.keyboard.press("End");
  assert.equal(await linkText(page), `${BASE}#v=1&drug=ritlecitinib&s=values`);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "button#copy");
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "solid", "visible focus");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#copy-status .notice");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${BASE}#v=1&drug=ritlecitinib&s=values`);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "a#preview");
  for (let i = 0; i < 6 && (await focused()) !== "input[paper=a4]"; i++) await page.keyboard.press(i === 0 ? "Tab" : "ArrowDown");
  assert.equal(await focused(), "input[paper=a4]");
  assert.ok(await page.locator("#sheet.a4").count(), "the handout follows the paper choice");
  await context.close();
});

test("a malformed or missing clinic.json still gives a working page with defaults", async () => {
  for (const where of ["clinic/malformed/", "clinic/missing/"]) {
    const { page, context, problems } = await builder(`${where}clinician.html`);
    assert.equal(await linkText(page), `${BASE}${where}#v=1`, where);
    assert.equal(await page.locator("input[name=drug]").count(), 4, `${where}: all three medicines and “all”`);
    assert.equal(await page.locator(".sheet-clinic").count(), 0, `${where}: no clinic name`);
    assert.match(await page.locator(".sheet-address").first().innerText(), new RegExp(`/${where.slice(0, -1)}$`));
    // The browser itself logs the missing file's 404; the page adds nothing.
    assert.deepEqual(problems.filter((p) => !(where === "clinic/missing/" && /404/.test(p))), [], where);
    await context.close();
  }
  // A valid file: its name, accent colour and medicines.
  const { page, context } = await builder("clinic/valid/clinician.html");
  assert.match(await page.locator(".masthead").innerText(), /Riverside Dermatology/);
  assert.deepEqual(await page.locator("input[name=drug]").evaluateAll((els) => els.map((e) => e.value)), ["", "baricitinib", "ritlecitinib"]);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()), "#5b2a86");
  await context.close();
  // Unsafe values are dropped and the rest applies.
  const unsafe = await builder("clinic/unsafe/clinician.html");
  assert.equal(await unsafe.page.locator(".sheet-clinic").first().innerText(), "Careful Clinic");
  assert.deepEqual(await unsafe.page.locator("input[name=drug]").evaluateAll((els) => els.map((e) => e.value)), ["", "ritlecitinib"]);
  assert.deepEqual(unsafe.problems, []);
  await unsafe.context.close();
});

test("the patient's page fetches none of the builder's files, and its wasm carries none of its words", async () => {
  const context = await b.newContext({ viewport: PHONE });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const start = await context.newPage();
  await start.goto(BASE);
  await ready(start);
  const page = await context.newPage();
  await page.goto(BASE + "#v=1&age=40&sex=f&aa=severe&s=results");
  await ready(page);
  await page.waitForLoadState("networkidle");
  // "About this guide" links to the builder, in a new tab.
  await openPart(page, "About this guide");
  const staff = page.getByRole("link", { name: /For clinic staff/ });
  assert.equal(await staff.getAttribute("href"), "clinician.html");
  assert.equal(await staff.getAttribute("target"), "_blank");
  assert.deepEqual(requests.filter((u) => /clinician/i.test(u)), [], "the guide fetched a builder file");
  const [tab] = await Promise.all([context.waitForEvent("page"), staff.click()]);
  await tab.waitForSelector("#link:not(:empty)");
  assert.equal(await tab.locator("#link").innerText(), `${BASE}#v=1`);
  await context.close();

  // The guide's wasm has none of the builder's words or QR code; the builder's has them.
  const index = await (await fetch(BASE)).text();
  const builderHtml = await (await fetch(BASE + "clinician.html")).text();
  const wasmOf = (html) => /"\.\/([\w.-]+_bg\.wasm)"|"([\w.-]+_bg\.wasm)"/.exec(html).slice(1).find(Boolean);
  const guideWasm = Buffer.from(await (await fetch(BASE + wasmOf(index))).arrayBuffer()).toString("latin1");
  const builderWasm = Buffer.from(await (await fetch(BASE + wasmOf(builderHtml))).arrayBuffer()).toString("latin1");
  assert.ok(!/clinician/.test(wasmOf(index)), "the guide loads its own wasm");
  for (const words of ["Printable handout", "Send patients to the guide", "Cut along this line", "shape-rendering"]) {
    assert.ok(builderWasm.includes(words), `the builder's wasm has “${words}” (so the check means something)`);
    assert.ok(!guideWasm.includes(words), `the guide's wasm has the builder's “${words}”`);
  }
});
