// 服务岗位与排班 at the desk, as the community admin:
//   PART=set   she sets a post (POST_TITLE, 文明劝导, 3 seats, FROM to UNTIL) on the page.
//   PART=read  the post shows the seat a volunteer took (1 / 3) and, in its claims, who took it
//              (CLAIMER); under 值班排班 the roster's turn on DUTY_DAY shows CLAIMER.
// Screenshots at 1440x900 go to RESULTS; the last line printed is JSON for the test.
import { mkdir } from "node:fs/promises";
import { axeSerious, deskPage, launch, see, timed } from "./browser.mjs";

const env = process.env;
const RESULTS = env.RESULTS ?? "e2e/results";
const timings = {};
const axe = {};
const shown = {};
await mkdir(RESULTS, { recursive: true });
const browser = await launch();
const who = { base: env.BASE_URL, username: env.USERNAME, password: env.PASSWORD, name: env.NAME, path: "/desk/posts" };
const shot = (page, name) => page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
const dialog = (page) => page.locator(".el-dialog:visible");

async function set() {
  const page = await deskPage(browser, who);
  await page.getByRole("button", { name: "设置岗位" }).click();
  const d = dialog(page);
  await d.locator(".el-select", { has: page.getByRole("combobox", { name: "岗位类别" }) }).click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: "文明劝导" }).click();
  await d.getByLabel("岗位名称").fill(env.POST_TITLE);
  await d.getByLabel("岗位说明").fill("周末在小区门口劝导文明养犬、垃圾分类。");
  await d.getByRole("spinbutton", { name: "岗位人数" }).fill("3");
  await d.getByPlaceholder("开始日期").fill(env.FROM);
  await d.getByPlaceholder("结束日期").fill(env.UNTIL);
  await d.getByPlaceholder("结束日期").press("Enter");
  await shot(page, "desk-posts-new");
  await d.getByRole("button", { name: "确定" }).click();
  await see(page, page.getByText(`已设岗：${env.POST_TITLE}`), "the post set");
  await see(page, page.locator(".el-table__row", { hasText: env.POST_TITLE }).getByText("0 / 3"), "the post with no seat taken");
}

async function read() {
  const page = await deskPage(browser, who);
  const row = page.locator(".el-table__row", { hasText: env.POST_TITLE });
  timings["服务岗位"] = await timed(page, () => page.reload(), row.getByText("1 / 3"), "the seat taken");
  await shot(page, "desk-posts");
  axe["服务岗位"] = await axeSerious(page);
  await row.click();
  const drawer = page.locator(".el-drawer:visible");
  await see(page, drawer.getByText(env.CLAIMER), "who took the seat");
  shown.claims = await drawer.locator(".el-table__row").allInnerTexts();
  await drawer.getByRole("button", { name: /关闭|Close/ }).click();
  await page.getByRole("tab", { name: "值班排班" }).click();
  const day = page.locator(`.desk-duty-day[data-day="${env.DUTY_DAY}"]`);
  timings["值班排班"] = await timed(page, async () => {}, day.getByText(env.CLAIMER), "the turn on its day");
  shown.turn = await day.locator("li").first().innerText();
  shown.turns = await page.locator(".desk-duty-day li").count();
  await shot(page, "desk-rosters");
  axe["值班排班"] = await axeSerious(page);
}

try {
  await (env.PART === "read" ? read() : set());
} finally {
  await browser.close();
}
console.log(JSON.stringify({ timings, axe, shown }));
