// Chromium at 390 px, as the WebKit and Firefox suites do (tests/engines/): screenshots of the
// start, a step, the choice of answers and the results in target/screens/, and the medicine
// switch checked pixel by pixel: the chosen option's dot filled, the others empty.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodePng } from "../engines/png.mjs";
import { BASE, browser, open, heading } from "./helpers.mjs";

const SCREENS = fileURLToPath(new URL("../../target/screens/", import.meta.url));
let b;
before(async () => { b = await browser(); });
after(async () => { await b.close(); });

test("at 390 px: start, a step, the choice of answers and the results, with one clear choice in the medicine switch", async () => {
  mkdirSync(SCREENS, { recursive: true });
  const { page, context } = await open(b, { viewport: { width: 390, height: 844 } });
  const shots = [
    ["start", ""],
    ["step", "#v=1&age=28&sex=f&s=hair"],
    ["choice", "#v=1&age=28&sex=f&s=results"],
    ["results", "#v=1&age=28&sex=f&preg=planning&contra=combined&smoke=never&cv=none&aa=severe&s=results"],
  ];
  for (const [name, fragment] of shots) {
    if (name === "choice") await page.evaluate(() => localStorage.setItem("aa-jak-decision-aid:answers", "v=1&age=52&sex=m&s=results"));
    if (name === "results") await page.evaluate(() => localStorage.clear());
    await page.goto("about:blank");
    await page.goto(BASE + fragment);
    await page.waitForSelector("#main button");
    if (name === "choice") assert.equal(await heading(page), "Which answers do you want to use?");
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${name}: no sideways scrolling`);
    writeFileSync(`${SCREENS}chromium-${name}-390.png`, await page.screenshot());
  }
  await page.getByRole("group", { name: "Show results for" }).getByLabel("Ritlecitinib (Litfulo)", { exact: true }).check();
  await page.evaluate(() => document.querySelector(".view-switch").scrollIntoView({ block: "start", behavior: "instant" }));
  const radios = await page.evaluate(() =>
    [...document.querySelectorAll(".view-switch input[type=radio]")].map((r) => {
      const box = r.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, selected: r.checked, label: r.labels[0].innerText.trim() };
    }),
  );
  const shot = await page.screenshot();
  writeFileSync(`${SCREENS}chromium-switch-390.png`, shot);
  const png = decodePng(shot);
  assert.equal(radios.filter((r) => r.selected).length, 1);
  for (const r of radios) {
    const [red, green, blue] = png.at(r.x, r.y);
    const light = red > 200 && green > 200 && blue > 200;
    if (r.selected) assert.ok(!light && blue > red, `${r.label} (chosen): the dot is filled, centre ${[red, green, blue]}`);
    else assert.ok(light, `${r.label} (not chosen): the dot is empty, centre ${[red, green, blue]}`);
  }
  await context.close();
});
