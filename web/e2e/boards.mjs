// The community's boards as a resident finds them from 首页: 公示栏 (settled matters and their
// approved answers) and 需求和项目 (需求清单 and 项目清单). Screenshots at a phone size.
//   BASE_URL USERNAME PASSWORD NAME NOTICE NEED PROJECT node e2e/boards.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, fullShot, launch, logIn, see } from "./browser.mjs";

const WIDE = { width: 1440, height: 900 };

const { BASE_URL, USERNAME, PASSWORD, NAME, NOTICE, NEED, PROJECT } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function shot(page, name) {
  await fullShot(page, `${RESULTS}/phone-${name}.png`);
  await page.setViewportSize(WIDE);
  await page.screenshot({ path: `${RESULTS}/desktop-${name}.png` });
  await page.setViewportSize(PHONE);
}

try {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", deviceScaleFactor: 2,
    timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(BASE_URL);
  await logIn(page, USERNAME, PASSWORD);
  await see(page, page.getByText(`您好，${NAME}`), "the greeting after login");
  await page.getByText("公示栏", { exact: true }).click();
  await see(page, page.getByText(NOTICE), "the approved notice");
  await see(page, page.getByText(/答复：/), "its answer");
  await shot(page, "resident-notices");
  await page.goBack();
  await page.getByText("需求和项目", { exact: true }).click();
  await see(page, page.getByText(NEED), "the open need");
  await shot(page, "resident-needs");
  await page.getByRole("tab", { name: /项目清单/ }).click();
  await see(page, page.getByText(PROJECT), "the running project");
  await shot(page, "resident-projects");
} finally {
  await browser.close();
}
