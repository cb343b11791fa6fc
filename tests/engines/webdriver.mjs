// W3C WebDriver sessions in the two engines Playwright's Chromium does not cover, through
// selenium-webdriver: WebKit (Safari's engine: WebKitWebDriver driving WebKitGTK's MiniBrowser,
// which needs an X display: scripts/test.sh starts Xvfb) and Firefox (geckodriver driving
// firefox-esr, headless). Each test file starts its own driver server on a free port.
//   ENGINES=webkit,firefox (default both)   BASE_URL=http://127.0.0.1:PORT/ (a served build)
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { Builder, By } from "selenium-webdriver";
import { decodePng } from "./png.mjs";

export const BASE = process.env.BASE_URL || "http://127.0.0.1:8181/";
export const ENGINES = (process.env.ENGINES || "webkit,firefox").split(",").map((s) => s.trim()).filter(Boolean);
export const SCREENS = fileURLToPath(new URL("../../target/screens/", import.meta.url));
const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

const CAPABILITIES = {
  // MiniBrowser rejects --headless; it runs on the X display.
  webkit: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
  firefox: { browserName: "firefox", "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"] } },
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Start a process and wait until `url` answers. */
export async function startProcess(cmd, args, url, what = cmd, stderr = "inherit") {
  const proc = spawn(cmd, args, { stdio: ["ignore", "ignore", stderr] });
  let failed = null;
  proc.on("error", (e) => (failed = e));
  for (let i = 0; i < 150; i++) {
    if (failed) throw new Error(`${what} could not start: ${failed.message}`);
    if (proc.exitCode !== null) throw new Error(`${what} exited with ${proc.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return proc;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  proc.kill();
  throw new Error(`${what} did not answer at ${url}`);
}

/** The engine's WebDriver server. One per test file; call `stop()` when done. */
export async function driverServer(engine) {
  if (engine === "webkit" && !process.env.DISPLAY) {
    throw new Error("WebKit needs an X display: start Xvfb and set DISPLAY (scripts/test.sh does)");
  }
  const port = await freePort();
  const [cmd, args] =
    engine === "webkit"
      ? ["WebKitWebDriver", [`--port=${port}`]]
      : ["geckodriver", ["--port", String(port), "--log", "fatal"]];
  const url = `http://127.0.0.1:${port}`;
  // Firefox writes its own internal script errors to stderr: not the page's, so not shown.
  const proc = await startProcess(cmd, args, `${url}/status`, cmd, engine === "firefox" ? "ignore" : "inherit");
  return { url, stop: () => proc.kill() };
}

/** A new browser with a fresh profile: no storage, no service worker. (A browser that cannot
 *  start, e.g. MiniBrowser without a display, leaves its driver waiting: give up after a while.) */
export async function browser(server, engine) {
  let timer;
  const d = await Promise.race([
    new Builder().usingServer(server.url).withCapabilities(CAPABILITIES[engine]).build(),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${engine}: the browser did not start within 60 s`)), 60000);
    }),
  ]).finally(() => clearTimeout(timer));
  await d.manage().setTimeouts({ script: 20000, pageLoad: 30000 });
  return d;
}

/** Run `f` in the page with JSON-able arguments and return its result. */
export function js(d, f, ...args) {
  return d.executeScript(`return (${f}).apply(null, arguments)`, ...args);
}

/** Like `js`, for a function returning a promise. */
export function jsAsync(d, f, ...args) {
  return d.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve((${f}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
       .then(done, (e) => done({ error: String(e) }));`,
    ...args,
  );
}

/** Poll `f` until it returns something truthy. */
export async function until(f, what, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await f();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

export const heading = (d) => js(d, () => document.querySelector("h1")?.innerText.trim() ?? "");
/** Open every part of the results ("Show all details"), as a reader who wants everything; the
 *  first layer shows the parts folded. Done when the button says "Hide all details" (the app's
 *  own sign that every part is open); pressed again if a slow engine missed the first press.
 *  Nothing happens on other screens. */
export async function showAll(d) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const state = await js(d, () => {
      const b = [...document.querySelectorAll("button")].find((x) => /^(Show|Hide) all details$/.test(x.textContent.trim()));
      if (b?.textContent.trim() === "Show all details") b.click();
      return b ? b.textContent.trim() : "none";
    });
    if (state !== "Show all details") return;
    try {
      await until(() => js(d, () => [...document.querySelectorAll("button")].some((x) => x.textContent.trim() === "Hide all details")), "every part to open", 5000);
      return;
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
}

/** The text of the main region with every part open (what a reader can reach). */
export const mainText = async (d) => {
  await showAll(d);
  return js(d, () => document.querySelector("#main")?.innerText ?? "");
};
export const hash = (d) => js(d, () => location.hash);

export async function waitHeading(d, text) {
  await until(async () => (await heading(d)) === text, `the heading “${text}”`);
}

/** Wait until the app (not the static start page) is on screen. */
export async function ready(d) {
  await until(() => js(d, () => !!document.querySelector("#main button")), "the app to start");
}

export async function open(d, url) {
  await d.get(url);
  await ready(d);
}

/** An XPath string literal for any text (quotes of both kinds included). */
function lit(s) {
  if (!s.includes('"')) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  return `concat(${s.split('"').map((p) => `"${p}"`).join(`, '"', `)})`;
}

/** Click an element the way a person would, once it is in view. (Scrolled there at once first:
 *  the page scrolls smoothly, and WebKitWebDriver clicks before a smooth scroll has ended.) */
export async function press(d, el) {
  await js(d, (e) => e.scrollIntoView({ block: "center", behavior: "instant" }), el);
  await el.click();
}

/** Click the option labelled `label` (exactly), inside the group whose legend is `group`. */
export async function choose(d, label, group) {
  const scope = group ? `//fieldset[legend[normalize-space(.)=${lit(group)}]]` : "";
  try {
    const el = await d.findElement(By.xpath(`${scope}//label[normalize-space(.)=${lit(label)}]`));
    await press(d, el);
    const input = await el.findElement(By.css("input"));
    await until(() => input.isSelected(), `“${label}” to be selected`, 5000);
  } catch (e) {
    e.message = `choosing “${label}”${group ? ` in “${group}”` : ""}: ${e.name} ${e.message}`;
    throw e;
  }
}

export async function click(d, buttonText) {
  await press(d, await d.findElement(By.xpath(`//button[normalize-space(.)=${lit(buttonText)}]`)));
}

/** Press Next (or "See my results") and wait for the next screen. */
export async function next(d) {
  const before = await heading(d);
  await press(d, await d.findElement(By.xpath(`//button[normalize-space(.)="Next" or normalize-space(.)="See my results"]`)));
  await until(async () => (await heading(d)) !== before, `the step after “${before}”`);
}

/** Save what the window shows of the rectangle {x, y, width, height} (CSS px of the top page;
 *  device pixel ratio 1) as target/screens/<engine>-<name>.png, and return it decoded. (Cut from
 *  a screenshot of the window: WebKitWebDriver misplaces element screenshots.) */
export async function screenshot(d, engine, name, rect) {
  mkdirSync(SCREENS, { recursive: true });
  const whole = decodePng(Buffer.from(await d.takeScreenshot(), "base64"));
  const png = whole.crop(rect.x, rect.y, rect.width, rect.height);
  writeFileSync(`${SCREENS}${engine}-${name}.png`, png);
  return decodePng(png);
}

/** Lay the page out as it prints: the print stylesheet's rules apply and screen-only rules
 *  don't. (WebDriver cannot open the print dialog, and WebKitWebDriver has no print command.) */
export function emulatePrint(d) {
  return js(d, () => {
    let n = 0;
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) {
          rule.media.mediaText = "all";
          n++;
        } else if (rule instanceof CSSMediaRule && /\bscreen\b/.test(rule.media.mediaText)) {
          rule.media.mediaText = "not all";
        }
      }
    }
    return n;
  });
}
