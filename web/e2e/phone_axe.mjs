// axe-core in each phone page, as a person of that role sees it (the test names the pages:
// the resident's, the grid worker's, the volunteer's): e.g. the resident's home, report
// form, matters and one matter; the grid worker's queue, that matter and 我的服务单. Prints one
// JSON line: per page, the serious and critical violations (rule, impact, what, where).
//   BASE_URL USERNAME PASSWORD NAME PAGES(comma-separated paths) node e2e/phone_axe.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, axeSerious, launch, logIn, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PAGES } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function loggedIn() {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN",
    timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(BASE_URL);
  await logIn(page, USERNAME, PASSWORD);
  await see(page, page.getByText(`您好，${NAME}`), "the greeting after login");
  return page;
}

async function audit(page, path) {
  await page.goto(new URL(path, BASE_URL).href);
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".van-loading"), null,
    { timeout: 10000 }).catch(() => {});
  return axeSerious(page);
}

try {
  const page = await loggedIn();
  const report = {};
  for (const path of PAGES.split(",")) report[path] = await audit(page, path);
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
