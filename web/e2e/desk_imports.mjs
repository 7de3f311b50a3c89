// 批量导入 at the desk (issue 24), the community admin in two runs (the test reads the API between):
//   PART=check   opens 批量导入 from the menu, picks 人员, downloads the template (its title row and
//                headers are printed for the test), uploads FILE (a bad row among good ones) and
//                runs 预检: the problem shows with its row and column, 导入 stays disabled.
//   PART=import  uploads FILE (the fixed file), 预检 finds nothing, 导入 writes every row.
// Screenshots at 1440x900 (and the problems at 390x844) go to RESULTS; the last line printed is
// JSON for the test: the problems as the table shows them, axe-core's serious and critical
// violations per screen, the template's first rows, the message after 导入.
//   BASE_URL USERNAME PASSWORD NAME PART FILE node e2e/desk_imports.mjs
import { mkdir, readFile } from "node:fs/promises";
import { PHONE, axeSerious, deskPage, launch, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, FILE } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
const axe = {};
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function shot(page, name) {
  await page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
}

async function importsPage() {
  const page = await deskPage(browser, { base: BASE_URL, path: "/desk/tickets", username: USERNAME,
    password: PASSWORD, name: NAME });
  await page.getByRole("menuitem", { name: "批量导入" }).click();
  await see(page, page.getByRole("heading", { name: "1. 选择导入内容，下载模板" }), "the imports page");
  await page.getByRole("radiogroup", { name: "导入内容" }).getByText("人员", { exact: true }).click();
  return page;
}

/** FILE chosen in el-upload, then 预检; waits for its report. */
async function dryRun(page) {
  await page.locator(".desk-imports input[type=file]").setInputFiles(FILE);
  await see(page, page.locator(".desk-chosen"), "the chosen file's name");
  await page.getByRole("button", { name: "预检", exact: true }).click();
  await see(page, page.locator(".desk-import-report .el-alert"), "预检's report");
  await page.mouse.move(0, 0); // axe judges the settled page, not 预检 under the pointer
}

async function template(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载人员模板" }).click(),
  ]);
  const path = `${RESULTS}/人员批量导入模板.xlsx`;
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: (await readFile(path)).length, path };
}

async function check() {
  const page = await importsPage();
  const downloaded = await template(page);
  await dryRun(page);
  await see(page, page.getByRole("table").locator("td", { hasText: "育红社区第9网格" }), "the bad row's problem");
  const problems = await page.locator(".desk-problems .el-table__body tr").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.innerText.trim())));
  const importDisabled = await page.getByRole("button", { name: "导入", exact: true }).isDisabled();
  const summary = await page.locator(".desk-import-report .el-alert__title").innerText();
  await shot(page, "desk-imports-problems");
  axe["预检（有问题）"] = await axeSerious(page);
  await page.setViewportSize(PHONE);
  await shot(page, "desk-imports-phone");
  console.log(JSON.stringify({ problems, importDisabled, summary, downloaded, axe }));
}

async function importAll() {
  const page = await importsPage();
  await dryRun(page);
  const summary = await page.locator(".desk-import-report .el-alert__title").innerText();
  await see(page, page.getByRole("button", { name: "导入", exact: true }).and(page.locator(":enabled")), "导入 enabled");
  await shot(page, "desk-imports-clean");
  axe["预检（通过）"] = await axeSerious(page);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.mouse.move(0, 0);
  const message = page.locator(".el-message", { hasText: "已导入" });
  await see(page, message, "导入 done");
  const said = await message.innerText();
  await page.locator(".el-message").waitFor({ state: "hidden" }).catch(() => {});
  await shot(page, "desk-imports-done");
  console.log(JSON.stringify({ summary, said, axe }));
}

try {
  await (PART === "check" ? check() : importAll());
} finally {
  await browser.close();
}
