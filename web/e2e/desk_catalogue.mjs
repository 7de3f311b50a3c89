// 目录与日历 at the desk, one person per run:
//   PART=keep   the street admin opens 目录与日历: 派单目录 lists today's rules; she adjusts
//               CATEGORY (named CATEGORY_NAME) to 2 working days from FROM and reads its versions;
//               under 节假日安排 the coming year (NEXT) shows its days off, the year after (LATER)
//               has none: she pastes a notice with a bad line (refused on the page, nothing
//               sent), corrects it and loads it; under 答复模板 she writes TEMPLATE_TITLE.
//   PART=reply  the community admin opens the resolved matter TICKET_ID, 公示回应, picks the
//               street's template TEMPLATE_TITLE, which fills the reply, and publishes it.
// Screenshots at 1440x900 (and the calendar at 390x844) go to RESULTS; the last line printed is
// JSON for the test: data-appearance ms per screen, axe-core's serious violations per screen,
// and what the pages showed.
import { mkdir } from "node:fs/promises";
import { PHONE, axeSerious, deskPage, launch, see, timed } from "./browser.mjs";

const env = process.env;
const RESULTS = env.RESULTS ?? "e2e/results";
const timings = {};
const axe = {};
const shown = {};
await mkdir(RESULTS, { recursive: true });
const browser = await launch();
const who = { base: env.BASE_URL, username: env.USERNAME, password: env.PASSWORD, name: env.NAME };

async function shot(page, name) {
  await page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
}

/** An Element select (named by its aria-label) opened as a person clicks it, and `option` picked. */
async function choose(page, scope, name, option) {
  await scope.locator(".el-select", { has: page.getByRole("combobox", { name }) }).click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: option }).click();
}

const dialog = (page) => page.locator(".el-dialog:visible");
const settled = (page) => page.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});

async function catalogue(page) {
  const row = page.locator(".el-table__row", { hasText: env.CATEGORY_NAME }).first();
  timings["派单目录"] = await timed(page, () => page.reload(), row, "the category's rule in 派单目录");
  await settled(page);
  shown.rules = await page.locator(".desk-catalogue .el-table__body-wrapper .el-table__row").count();
  await shot(page, "desk-catalogue");
  axe["派单目录"] = await axeSerious(page);
  await row.getByRole("button", { name: "调整" }).click();
  const d = dialog(page);
  await see(page, d.getByText("新增目录条目"), "the new row's dialog");
  await d.getByRole("spinbutton", { name: "办理时限" }).fill("2");
  const from = d.getByRole("combobox", { name: "生效日期" }).or(d.getByRole("textbox", { name: "生效日期" }));
  await from.fill(env.FROM);
  await from.press("Enter");
  await d.getByRole("button", { name: "确定" }).click();
  await see(page, page.getByText(`已新增，${env.FROM} 起生效`), "the row added");
  await row.click();
  await see(page, dialog(page).getByText(`${env.FROM} 起`), "the new version in the history");
  shown.versions = await dialog(page).locator(".el-table__row").allInnerTexts();
  await shot(page, "desk-catalogue-history");
  await dialog(page).getByRole("button", { name: /关闭|Close/ }).click();
}

async function calendar(page) {
  await page.getByRole("tab", { name: "节假日安排" }).click();
  const jan = page.getByLabel("1月", { exact: true });
  timings["节假日安排"] = await timed(page, async () => {}, jan.locator(".cell.off").first(), "the coming year's days off");
  shown.basisNext = await page.locator("[data-basis]").innerText();
  shown.offNext = await page.locator(".desk-month .cell.off").count();
  await shot(page, "desk-calendar");
  axe["节假日安排"] = await axeSerious(page);
  await choose(page, page, "年份", `${env.LATER} 年`);
  await see(page, page.locator("[data-basis]", { hasText: "尚无该年节假日安排" }), "the later year without a notice");
  await page.getByRole("button", { name: `载入${env.LATER}年通知` }).click();
  const d = dialog(page);
  await d.getByLabel("放假日期").fill(`${env.LATER}年1月1日\n${env.LATER}-02-30\n${env.LATER}-10-01至${env.LATER}-10-07`);
  await see(page, d.getByText(`第 2 行「${env.LATER}-02-30」不是有效日期`), "the bad line named");
  shown.refusedLoad = await d.getByRole("button", { name: "载入", exact: true }).isDisabled();
  await shot(page, "desk-calendar-refused");
  await d.getByLabel("放假日期").fill(`${env.LATER}年1月1日\n${env.LATER}-10-01至${env.LATER}-10-07`);
  await d.getByLabel("调休上班日期").fill(`${env.LATER}-10-08`);
  await d.getByRole("button", { name: "载入", exact: true }).click();
  await see(page, page.getByText(`已载入${env.LATER}年节假日安排`), "the notice loaded");
  shown.basisLater = await page.locator("[data-basis]").innerText();
  shown.offLater = await page.locator(".desk-month .cell.off").count();
  await shot(page, "desk-calendar-loaded");
}

async function templates(page) {
  await page.getByRole("tab", { name: "答复模板" }).click();
  await page.getByRole("button", { name: "新增模板" }).click();
  const d = dialog(page);
  await choose(page, d, "模板类别", env.CATEGORY_NAME);
  await d.getByLabel("模板标题").fill(env.TEMPLATE_TITLE);
  await d.getByLabel("模板内容").fill(env.TEMPLATE_BODY);
  await d.getByRole("button", { name: "保存" }).click();
  await see(page, page.locator(".el-table__row", { hasText: env.TEMPLATE_TITLE }), "the template listed");
  await shot(page, "desk-templates");
  axe["答复模板"] = await axeSerious(page);
}

async function keep() {
  const page = await deskPage(browser, { ...who, path: "/desk/catalogue" });
  await catalogue(page);
  await calendar(page);
  await templates(page);
  // the calendar as a street secretary following a link on a phone sees it
  const phone = await deskPage(browser, { ...who, path: "/desk/catalogue", viewport: PHONE });
  await phone.getByRole("tab", { name: "节假日安排" }).click();
  await see(phone, phone.locator(".desk-month .cell.off"), "the calendar on a phone");
  await phone.screenshot({ path: `${RESULTS}/desk-calendar-phone.png`, animations: "disabled", fullPage: true });
}

async function reply() {
  const page = await deskPage(browser, { ...who, path: `/desk/tickets/${env.TICKET_ID}` });
  await page.getByRole("button", { name: "公示回应" }).click();
  const d = dialog(page);
  await choose(page, d, "选用答复模板", env.TEMPLATE_TITLE);
  shown.filled = await d.getByLabel("答复内容").inputValue();
  await shot(page, "desk-reply-template");
  axe["公示回应"] = await axeSerious(page);
  await d.getByRole("button", { name: "确定" }).click();
  await see(page, page.getByText("公示回应成功"), "the reply published");
}

try {
  await (env.PART === "reply" ? reply() : keep());
} finally {
  await browser.close();
}
console.log(JSON.stringify({ timings, axe, shown }));
