// Take screenshots (phone and desktop) and a print PDF of the key screens, for people to look at.
//   node tests/e2e/screens.mjs [base-url] [out-dir]
import { launch } from "./browser.mjs";
import { mkdirSync } from "node:fs";

const base = process.argv[2] || "http://127.0.0.1:8080/";
const out = process.argv[3] || "screens";
mkdirSync(out, { recursive: true });
const journeys = {
  start: "",
  step: "#v=1&age=28&s=about",
  young: "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4&brows=y&s=results",
  smoker: "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt4&matters=scalp,lowrisk&s=results",
};
const browser = await launch();
for (const [w, h] of [[360, 800], [1280, 900]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on("console", (m) => console.log(`[console ${m.type()}] ${m.text()}`));
  page.on("pageerror", (e) => console.log(`[pageerror] ${e}`));
  for (const [name, frag] of Object.entries(journeys)) {
    await page.goto(base + frag);
    await page.waitForSelector("button");
    await page.screenshot({ path: `${out}/${name}-${w}.png`, fullPage: name !== "young" && name !== "smoker" });
    if (name === "young" || name === "smoker") {
      await page.screenshot({ path: `${out}/${name}-${w}-full.png`, fullPage: true });
    }
  }
  if (w === 1280) {
    await page.goto(base + journeys.young);
    await page.waitForSelector("button");
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: `${out}/summary.pdf`, format: "A4", printBackground: true });
  }
  // The clinician link builder, and its handout printed on each paper in each layout.
  await page.goto(base + "clinician.html");
  await page.waitForSelector("#link:not(:empty)");
  await page.screenshot({ path: `${out}/clinician-${w}.png`, fullPage: true });
  if (w === 1280) {
    for (const paper of ["letter", "a4"]) {
      for (const layout of ["half", "full"]) {
        await page.check(`input[name=paper][value=${paper}]`);
        await page.check(`input[name=layout][value=${layout}]`);
        await page.pdf({ path: `${out}/handout-${paper}-${layout}.pdf`, preferCSSPageSize: true, printBackground: true });
      }
    }
  }
  await ctx.close();
}
await browser.close();
console.log(`screens written to ${out}/`);
