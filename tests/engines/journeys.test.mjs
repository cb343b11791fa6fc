// The main journeys in WebKit (Safari's engine) and Firefox, through W3C WebDriver: every step
// to the results, values, readiness and the printed summary; a share link; Forget with Back and
// Forward; a link opened over remembered answers; the iframe embedding; phone-width screenshots
// with the medicine switch checked pixel by pixel; and a share link opened offline.
// Chromium runs the same and more through Playwright (tests/e2e/).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { By } from "selenium-webdriver";
import {
  BASE, ENGINES, browser, choose, click, driverServer, emulatePrint, freePort, hash, heading, js, jsAsync,
  mainText, next, open, press, ready, screenshot, showAll, sleep, startProcess, until, waitHeading,
} from "./webdriver.mjs";

const START = "Thinking about a JAK inhibitor for alopecia areata?";
const RESULTS = "Your results";
// The build that BASE_URL serves (the offline test serves it again from a server it can stop).
const DIST = process.env.DIST_DIR || fileURLToPath(new URL("../../dist/", import.meta.url));
const SERVER = fileURLToPath(new URL("../e2e/server.mjs", import.meta.url));
// Where tests/e2e/host/phone.html puts its 390 x 844 frame.
const FRAME = { x: 0, y: 0, width: 390, height: 844 };

// No test may hang the test command: each gets three minutes at most.
const LIMIT = { timeout: 180000 };

for (const engine of ENGINES) {
  describe(engine, () => {
    let server;
    before(async () => {
      server = await driverServer(engine);
    });
    after(() => server?.stop());

    /** A fresh browser for one test, closed afterwards whatever happens. */
    async function withBrowser(f) {
      const d = await browser(server, engine);
      try {
        await f(d);
      } finally {
        await d.quit();
      }
    }

    test("a full journey: every step, the results, values, readiness and the printed summary", LIMIT, () =>
      withBrowser(async (d) => {
        await open(d, BASE);
        assert.equal(await heading(d), START);
        await click(d, "Start");
        await waitHeading(d, "About you");
        await d.findElement(By.css("#age")).sendKeys("28");
        await choose(d, "Female");
        const plan = [
          ["Your alopecia areata", [["Half or more"], ["One to four years"], ["Yes", "Are your eyebrows affected?"], ["No", "Are your eyelashes affected?"]]],
          ["Pregnancy and breastfeeding", [["Hoping to get pregnant in the next two years"]]],
          ["Birth control", [["A pill, ring or patch with estrogen (the “combined” pill)"]]],
          ["Smoking", [["Never smoked"]]],
          ["Heart, blood vessels and travel", [["None of these"], ["About once a month or more"]]],
          ["Cancer", [["No"]]],
          ["Infections, eczema and vaccines", [["None of these"], ["No", "Do you have eczema (dry, itchy, inflamed skin)?"], ["No", "Have you had both doses of the shingles vaccine (Shingrix)?"]]],
          ["What matters to you", [["A lot", "Growing back the hair on my scalp"], ["A lot", "Being able to get pregnant soon"]]],
        ];
        for (const [title, answers] of plan) {
          await next(d);
          assert.equal(await heading(d), title);
          for (const [label, group] of answers) await choose(d, label, group);
        }
        await next(d);
        assert.equal(await heading(d), RESULTS);
        const text = await mainText(d);
        for (const must of [
          "The combined pill and blood clots",
          "get up and walk about",
          "Eyebrows back to full or nearly full",
          "Being able to get pregnant soon matters to you.",
        ]) {
          assert.ok(text.includes(must), `results lack “${must}”`);
        }
        assert.ok(!text.includes("Menopause and hormone therapy"), "no menopause section for a 28-year-old");
        assert.match(await hash(d), /age=28&sex=f/);

        // Values: what was rated shows on the results.
        await showAll(d);
        assert.match(await js(d, () => document.querySelector("#values")?.innerText ?? ""), /Regrowing scalp hair matters to you/);
        // Readiness: a "no" points to next steps.
        await choose(d, "No", "Do you feel sure about the best choice for you?");
        await until(async () => (await mainText(d)).includes("Next steps for your “no” answers"), "next steps for a “no”");
        // A question to bring, and one medicine at a time.
        await press(d, await d.findElement(By.css("label[for=ask-cost]")));
        await until(() => js(d, () => document.querySelector("#ask-cost").checked), "the question to be ticked");
        await choose(d, "Ritlecitinib (Litfulo)", "Show results for");
        await until(async () => (await mainText(d)).includes("23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair"), "the ritlecitinib view");
        await showAll(d);
        assert.ok(!(await js(d, () => document.querySelector("#benefits")?.innerText ?? "")).includes("Baricitinib 4 mg"), "the one-medicine view hides the others");

        // The printed summary: only the summary, laid out within the page.
        if (engine === "firefox") {
          // Firefox's driver prints for real (WebKitWebDriver has no print command).
          const dir = mkdtempSync(join(tmpdir(), "aa-print-"));
          const pdf = join(dir, "summary.pdf");
          writeFileSync(pdf, Buffer.from(await d.printPage({ pageRanges: [] }), "base64"));
          const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
          assert.ok(pages >= 1 && pages <= 2, `summary printed on ${pages} pages`);
          const printed = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
          for (const h of ["My visit summary", "Key answers", "My questions", "How ready I feel"]) {
            assert.ok(printed.includes(h), `PDF lacks “${h}”`);
          }
          assert.ok(printed.includes("What will it cost me"), "the ticked question is printed");
          assert.ok(!printed.includes("Copy a link"), "no screen controls on paper");
        }
        assert.ok((await emulatePrint(d)) > 0, "the stylesheet has print rules");
        const layout = await js(d, () => {
          const summary = document.querySelector(".print-summary");
          const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).display !== "none";
          const box = summary.getBoundingClientRect();
          return {
            summary: shown(summary) && box.height > 200,
            width: box.width,
            page: document.documentElement.clientWidth,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            buttons: [...document.querySelectorAll("button")].filter(shown).length,
            headings: [...summary.querySelectorAll("h1, h2")].filter(shown).map((h) => h.innerText.trim()),
            text: summary.innerText,
          };
        });
        assert.ok(layout.summary, "the print-only summary is laid out");
        assert.equal(layout.buttons, 0, "no buttons on paper");
        assert.ok(layout.width <= layout.page && layout.overflow <= 0, `summary ${layout.width}px on a ${layout.page}px page`);
        for (const h of ["Key answers", "My questions", "How ready I feel (SURE check)"]) {
          assert.ok(layout.headings.includes(h), `print lacks “${h}”: ${layout.headings}`);
        }
        assert.ok(layout.text.includes("What will it cost me"), "the ticked question is in the summary");
      }));

    test("a share link opens personalised results, and a broken part is named kindly", LIMIT, () =>
      withBrowser(async (d) => {
        await open(d, BASE + "#v=1&age=58&sex=m&smoke=sometimes&cv=bp,chol&aa=total");
        assert.equal(await heading(d), RESULTS);
        assert.match(await js(d, () => document.querySelector("[role=alert]")?.innerText ?? ""), /could not be read.*Smoking/s);
        await showAll(d);
        assert.ok((await js(d, () => document.querySelector("#answers")?.innerText ?? "")).includes("58"));
        assert.ok((await mainText(d)).includes("fewer than 10 in 100 people fully recover"));
      }));

    test("after Forget, Back, Forward and reload never bring the answers back", LIMIT, () =>
      withBrowser(async (d) => {
        await open(d, BASE);
        await click(d, "Start");
        await waitHeading(d, "About you");
        await d.findElement(By.css("#age")).sendKeys("44");
        await choose(d, "Female");
        await next(d);
        await choose(d, "Half or more");
        await next(d);
        await next(d);
        assert.match(await hash(d), /age=44/);
        await d.get(BASE + "#v=1&age=44&sex=f&aa=severe&s=results");
        await waitHeading(d, RESULTS);
        await showAll(d);
        await choose(d, "Remember my answers on this device");
        await click(d, "Forget my answers");
        await waitHeading(d, START);
        const clean = async (where) => {
          // Once the page has handled the navigation (its queued tasks run, two frames drawn),
          // what it shows must be the blank start.
          await jsAsync(d, () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
          await ready(d);
          assert.equal(await heading(d), START, `${where}: the start screen`);
          assert.doesNotMatch(await hash(d), /age|sex|aa=/, `${where}: no answer in the address`);
          assert.ok(!(await js(d, () => document.body.innerText)).includes("44"), `${where}: no answer on screen`);
          assert.equal(await js(d, () => localStorage.length), 0, `${where}: nothing on the device`);
        };
        await clean("after Forget");
        for (let i = 1; i <= 4; i++) {
          await d.navigate().back();
          await clean(`Back ×${i}`);
        }
        await d.navigate().refresh();
        await clean("reload");
        for (let i = 1; i <= 4; i++) {
          await d.navigate().forward();
          await clean(`Forward ×${i}`);
        }
      }));

    test("a link opened over remembered answers asks first, and stores nothing until then", LIMIT, () =>
      withBrowser(async (d) => {
        await open(d, BASE + "#v=1&age=52&sex=m&smoke=former&s=results");
        await showAll(d);
        await choose(d, "Remember my answers on this device");
        const saved = () => js(d, () => localStorage.getItem("aa-jak-decision-aid:answers") ?? "");
        assert.match(await saved(), /age=52/);

        // A link without answers, and a clinician's preset, open the remembered answers.
        for (const link of ["#v=1", "#v=1&drug=ritlecitinib"]) {
          await d.get("about:blank");
          await open(d, BASE + link);
          assert.equal(await heading(d), RESULTS, link);
          await showAll(d);
          assert.ok((await js(d, () => document.querySelector("#answers").innerText)).includes("52"), link);
          assert.match(await saved(), /age=52/, `${link} must not replace the saved answers`);
        }
        // Someone else's link: a question first, nothing stored.
        await d.get("about:blank");
        await open(d, BASE + "#v=1&age=28&sex=f&s=results");
        assert.equal(await heading(d), "Which answers do you want to use?");
        assert.match(await saved(), /age=52/);
        await click(d, "Keep my saved answers");
        await waitHeading(d, RESULTS);
        await showAll(d);
        assert.ok((await js(d, () => document.querySelector("#answers").innerText)).includes("52"));
        assert.match(await saved(), /age=52/);
        assert.match(await hash(d), /age=52/);
        // Pasted into the address bar of the open widget: the same question.
        await d.get(BASE + "#v=1&age=28&sex=f&s=results");
        await waitHeading(d, "Which answers do you want to use?");
        await click(d, "Use the link's answers");
        await waitHeading(d, RESULTS);
        assert.match(await saved(), /age=28/);
      }));

    test("embedded in an iframe, the widget sizes the frame to its content", LIMIT, () =>
      withBrowser(async (d) => {
        await d.get(new URL("/host/", BASE).href);
        const frame = await d.findElement(By.css("iframe[data-aa-jak-aid]"));
        const fits = () =>
          js(d, () => {
            const f = document.querySelector("iframe");
            return { inner: f.contentDocument?.documentElement.scrollHeight, outer: f.clientHeight, set: f.style.height };
          });
        await until(async () => (await fits()).set !== "" && Math.abs((await fits()).inner - (await fits()).outer) <= 2, "the frame to fit the start screen");
        // The results are much taller: the frame grows with them, and nothing scrolls inside.
        const before = (await fits()).outer;
        await d.switchTo().frame(frame);
        await ready(d);
        await click(d, "Start");
        await waitHeading(d, "About you");
        await js(d, () => (location.hash = "#v=1&age=40&sex=f&s=results"));
        await waitHeading(d, RESULTS);
        await d.switchTo().defaultContent();
        await until(async () => { const f = await fits(); return f.outer > before * 3 && Math.abs(f.inner - f.outer) <= 2; }, "the frame to fit the results");
      }));

    test("at 390 px wide: start, a step, the choice of answers and the results, with one clear choice in the medicine switch", LIMIT, () =>
      withBrowser(async (d) => {
        const phone = (src) => new URL(`/host/phone.html?src=${encodeURIComponent(src)}`, BASE).href;
        // A window tall enough to show the whole 390 x 844 frame (a screenshot of an element
        // is cut to the window).
        await d.manage().window().setRect({ width: 600, height: 1000 });
        const shots = [
          ["start", "/some/sub/path/"],
          ["step", "/some/sub/path/#v=1&age=28&sex=f&s=hair"],
          // Someone else's link over remembered answers (the frame shares this page's storage).
          ["choice", "/some/sub/path/#v=1&age=28&sex=f&s=results"],
          ["results", "/some/sub/path/#v=1&age=28&sex=f&preg=planning&contra=combined&smoke=never&cv=none&aa=severe&s=results"],
        ];
        for (const [name, src] of shots) {
          if (name === "choice") await js(d, () => localStorage.setItem("aa-jak-decision-aid:answers", "v=1&age=52&sex=m&s=results"));
          if (name === "results") await js(d, () => localStorage.clear());
          await d.get(phone(src));
          const frame = await d.findElement(By.css("iframe"));
          assert.ok((await js(d, () => innerHeight)) >= 844, "the whole frame is in the window");
          await d.switchTo().frame(frame);
          await ready(d);
          assert.equal(await js(d, () => innerWidth), 390);
          assert.ok((await js(d, () => document.documentElement.scrollWidth)) <= 390, `${name}: no sideways scrolling at 390 px`);
          if (name === "choice") assert.equal(await heading(d), "Which answers do you want to use?");
          await d.switchTo().defaultContent();
          await screenshot(d, engine, `${name}-390`, FRAME);
        }
        // The medicine switch: the chosen option looks chosen, the others empty. Read from a
        // screenshot of the frame (element screenshots inside a frame come back blank in WebKit).
        let frame = await d.findElement(By.css("iframe"));
        await d.switchTo().frame(frame);
        await choose(d, "Ritlecitinib (Litfulo)", "Show results for");
        // Where each option's dot is, once the page has settled after the choice.
        const measure = () =>
          js(d, () => {
            document.querySelector(".view-switch").scrollIntoView({ block: "start", behavior: "instant" });
            return [...document.querySelectorAll(".view-switch input[type=radio]")].map((r) => {
              const b = r.getBoundingClientRect();
              return { x: b.x + b.width / 2, y: b.y + b.height / 2, selected: r.checked, label: r.labels[0].innerText.trim() };
            });
          });
        let radios = await measure();
        await until(async () => {
          await sleep(200);
          const again = await measure();
          const same = JSON.stringify(again) === JSON.stringify(radios);
          radios = again;
          return same;
        }, "the results to settle");
        await d.switchTo().defaultContent();
        frame = await d.findElement(By.css("iframe"));
        const png = await screenshot(d, engine, "switch-390", FRAME);
        assert.ok(radios.length >= 3, "several options");
        assert.equal(radios.filter((r) => r.selected).length, 1);
        for (const r of radios) {
          const [red, green, blue] = png.at(r.x, r.y);
          const light = red > 200 && green > 200 && blue > 200;
          if (r.selected) assert.ok(!light && blue > red, `${r.label} (chosen): the dot is filled, centre ${[red, green, blue]}`);
          else assert.ok(light, `${r.label} (not chosen): the dot is empty, centre ${[red, green, blue]}`);
        }
        await d.switchTo().frame(frame);
        const target = await js(d, () => {
          const r = document.querySelector(".view-switch .segment").getBoundingClientRect();
          return Math.min(r.width, r.height);
        });
        assert.ok(target >= 24, `switch targets are ${target}px`);
      }));

    test("after one visit, a share link opens with the server gone (offline copy)", LIMIT, async () => {
      // WebDriver has no network switch; a server of our own that we stop is the same to the
      // browser: every request fails.
      const port = await freePort();
      const host = await startProcess(process.execPath, [SERVER, "--port", String(port), "--dir", DIST], `http://127.0.0.1:${port}/`, "server");
      const origin = `http://127.0.0.1:${port}/`;
      try {
        await withBrowser(async (d) => {
          await open(d, origin + "#v=1&age=40&sex=f&s=results");
          const copy = await until(
            () => jsAsync(d, async () => navigator.serviceWorker.controller && (await caches.keys()).length === 1 && (await caches.keys())[0]),
            "the offline copy",
          );
          assert.match(copy, /aa-jak-decision-aid http:\/\/127\.0\.0\.1:\d+\/ [0-9a-f]{16}/);
          host.kill();
          await until(async () => { try { await fetch(origin); return false; } catch { return true; } }, "the server to stop");
          await d.get("about:blank");
          await open(d, origin + "#v=1&age=52&sex=m&smoke=former&s=results");
          assert.equal(await heading(d), RESULTS);
          await showAll(d);
          assert.ok((await js(d, () => document.querySelector("#answers").innerText)).includes("52"));
          assert.ok((await mainText(d)).includes("Smoking"));
        });
      } finally {
        host.kill();
      }
    });
  });
}
