// Debian's chromium driven by playwright-core (Playwright's own browser download cannot work
// here), headless, with the flags a sandboxed CI machine needs.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      // make dev at a network address over http (REDGRID_LAN_HOST): as a tester's phone is
      // told to, treat those origins as secure (PKCE's crypto needs a secure context)
      ...(process.env.SECURE_ORIGINS
        ? [`--unsafely-treat-insecure-origin-as-secure=${process.env.SECURE_ORIGINS}`] : [])],
  });
}

/** From the page's login button through the identity provider's form, as a person does. */
export async function logIn(page, username, password) {
  await page.getByRole("button", { name: "统一身份认证登录" }).click();
  await see(page, page.getByLabel("用户名"), "the identity provider's form");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Wait for a locator, or fail saying what was awaited and what the page shows. */
export async function see(page, locator, what, timeout = 15000) {
  try {
    await locator.first().waitFor({ state: "visible", timeout });
  } catch {
    const text = (await page.locator("body").innerText().catch(() => "")).slice(0, 600);
    throw new Error(`${what}: not seen within ${timeout} ms at ${page.url()}\npage shows: ${text}`);
  }
}

/** A whole page at its full height. Chromium draws a fixed element where the first screen put it,
 * so for the shot the tab bar takes its place at the page's end (its placeholder) instead of
 * covering the middle of the picture. */
export async function fullShot(page, path) {
  const style = await page.addStyleTag({ content: ".van-tabbar--fixed { position: static !important; }" });
  try {
    await page.screenshot({ path, fullPage: true });
  } finally {
    await style.evaluate((node) => node.remove());
  }
}

/** axe-core on the page as it has settled: its serious and critical violations. Waits for the
 *  running transitions first (a dialog fading in blends its text towards the background, and
 *  axe would judge that half-drawn contrast). */
export async function axeSerious(page) {
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => {}))),
    new Promise((settle) => setTimeout(settle, 3000))]));
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help,
      where: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`) }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export const DESK = { width: 1440, height: 900 };

/** A desk page at 1440x900 in Beijing's time zone, logged in as a person, the desk's header
 *  showing their name; page errors and refused calls are printed for the story's log. */
export async function deskPage(browser, { base, path, username, password, name, viewport = DESK }) {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai",
    acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
  await page.goto(new URL(path, base).href);
  await logIn(page, username, password);
  await see(page, page.locator(".desk-who", { hasText: name }), "the desk with the person's name");
  return page;
}

/** How long (ms) from an act until what it should show is on screen. */
export async function timed(page, act, shown, what) {
  const start = Date.now();
  await act();
  await see(page, shown, what);
  return Date.now() - start;
}

/** A story's record of its screens, printed at its end for the test: ms until each screen's data
 *  showed (`timed`), and axe-core's serious violations on each (`audit`). */
export function screens() {
  const timings = {};
  const axe = {};
  return {
    timings, axe,
    timed: async (screen, page, act, shown, what) => { timings[screen] = await timed(page, act, shown, what); },
    audit: async (screen, page) => { axe[screen] = await axeSerious(page); },
  };
}
