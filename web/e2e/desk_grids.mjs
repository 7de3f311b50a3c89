// 网格管理 at the desk: the street admin opens the map of the street's grids, picks one grid by
// clicking its outline on the map (FIRST, code FIRST_CODE) and the other (SECOND) in the list by
// keyboard, opens 合并网格 and reads what moves, names the merged grid (MERGED_NAME, MERGED_CODE)
// and merges; the page then shows the merged grid holding the open matters (TITLES, comma-
// separated) once tickets has re-homed them; then cuts the merged grid back in two (拆分网格,
// west and east halves). Screenshots at 1440x900 (and one at 390x844) go to
// RESULTS; the last line printed is JSON for the test: data-appearance times (ms), axe-core's
// serious and critical violations per screen, the dialog's rows, the matters shown after.
// PART=merge does the first, PART=split the second (the test reads the services between them);
// PART=rosters reads 人员与单位: the grid workers (WORKER), the unit (UNIT) and its 双报到.
//   BASE_URL USERNAME PASSWORD NAME PART FIRST FIRST_CODE SECOND MERGED_NAME MERGED_CODE TITLES
//   node e2e/desk_grids.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, axeSerious, deskPage, launch, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, FIRST, FIRST_CODE, SECOND, MERGED_NAME, MERGED_CODE } = process.env;
const TITLES = process.env.TITLES.split(",");
const RESULTS = process.env.RESULTS ?? "e2e/results";
const timings = {};
const axe = {};
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function timed(screen, act, shown) {
  const start = Date.now();
  await act();
  await shown();
  timings[screen] = Date.now() - start;
}

async function shot(page, name) {
  await page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
}

async function loggedIn() {
  const page = await deskPage(browser, { base: BASE_URL, path: "/desk/grids", username: USERNAME,
    password: PASSWORD, name: NAME });
  return page;
}

async function merge() {
  const page = await loggedIn();
  const list = page.getByRole("list", { name: "网格列表" });
  await timed("网格管理", () => page.reload(), async () => {
    await see(page, list.getByText(SECOND), "the second grid in the list");
    await see(page, page.locator(`path.grid-${FIRST_CODE}`), "the first grid's outline on the map");
    await see(page, page.getByRole("treeitem", { name: /育红社区党委/ }), "the org tree");
  });
  await see(page, page.getByRole("menuitem", { name: "网格管理" }), "网格管理 in the menu");
  await shot(page, "desk-grids");
  axe["网格管理"] = await axeSerious(page);

  await page.locator(`path.grid-${FIRST_CODE}`).click(); // on the map
  await see(page, list.locator("li.chosen", { hasText: FIRST }), "the first grid chosen from the map");
  await list.getByRole("checkbox", { name: `选择${SECOND}` }).focus(); // in the list, by keyboard
  await page.keyboard.press("Space");
  await see(page, page.getByText("所选网格相邻，可以合并"), "the two grids found adjacent");
  await shot(page, "desk-grids-selected");

  await page.getByRole("button", { name: "合并网格" }).click();
  const dialog = page.locator(".el-dialog:visible");
  const rows = dialog.locator(".el-table__row");
  await see(page, rows.nth(1), "what moves, per grid");
  await dialog.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
  const moving = await rows.evaluateAll((trs) => trs.map((tr) => {
    const cells = [...tr.querySelectorAll("td")].map((td) => td.innerText.trim());
    return { grid: cells[0].split("\n")[0], matters: cells[1], people: cells[2], workers: cells[3] };
  }));
  await dialog.getByLabel("新网格名称").fill(MERGED_NAME);
  await dialog.getByLabel("新网格编码").fill(MERGED_CODE);
  await dialog.getByLabel("调整原因").fill("两网格人口少、相邻，合并后由一名专职网格员走访。");
  axe["合并网格"] = await axeSerious(page);
  await shot(page, "desk-grids-merge");

  const matters = page.locator(".desk-grid-matters");
  await timed("迁入民情", () => dialog.getByRole("button", { name: "确认合并" }).click(), async () => {
    await see(page, page.locator(".el-message", { hasText: `合并成功：${MERGED_NAME}` }), "合并 done");
    for (const t of TITLES) await see(page, matters.getByText(t), `${t} in the merged grid`, 30000);
  });
  await see(page, matters.getByRole("heading", { name: new RegExp(`${MERGED_NAME}.*待办民情 ${TITLES.length} 件`) }),
    "the merged grid's open matters");
  await see(page, list.getByText(MERGED_NAME), "the merged grid in the list");
  const shown = await matters.locator("li a").allInnerTexts();
  await page.locator(".el-message").waitFor({ state: "hidden" });
  await shot(page, "desk-grids-merged");
  axe["合并后"] = await axeSerious(page);

  await page.setViewportSize(PHONE);
  await see(page, list.getByText(MERGED_NAME), "the list on a phone");
  await shot(page, "desk-grids-phone");
  console.log(JSON.stringify({ timings, axe, moving, matters: shown }));
}

async function split() {
  const page = await loggedIn();
  const list = page.getByRole("list", { name: "网格列表" });
  // 拆分网格: the merged grid cut back in two by a north–south line at half (the dialog's default)
  await see(page, list.getByText(MERGED_NAME), "the merged grid in the list");
  await list.getByText(MERGED_NAME).click(); // its label in the list
  await see(page, list.locator("li.chosen", { hasText: MERGED_NAME }), "the merged grid chosen");
  await page.getByRole("button", { name: "拆分网格" }).click();
  const splitting = page.locator(".el-dialog:visible", { hasText: "拆分网格" });
  await see(page, splitting.getByLabel("西侧名称"), "the split dialog with the parts' names");
  await see(page, splitting.getByText(`待办民情 ${TITLES.length} 件`), "what the split moves");
  axe["拆分网格"] = await axeSerious(page);
  await shot(page, "desk-grids-split");
  const parts = [await splitting.getByLabel("西侧名称").inputValue(), await splitting.getByLabel("东侧名称").inputValue()];
  await splitting.getByRole("button", { name: "确认拆分" }).click();
  await see(page, page.locator(".el-message", { hasText: "拆分成功" }), "拆分 done");
  for (const p of parts) await see(page, list.getByText(p), `${p} in the list`);
  // the first (west) part: the matter without a place; the one inside the east half went there
  const matters = page.locator(".desk-grid-matters");
  await see(page, matters.getByRole("heading", { name: new RegExp(`${parts[0]}.*待办民情 1 件`) }),
    "the west part's one matter", 30000);
  await see(page, matters.getByText(TITLES[0]), "the matter without a place in the first part");
  const westMatters = await matters.locator("li a").allInnerTexts();
  await page.locator(".el-message").waitFor({ state: "hidden" });
  await shot(page, "desk-grids-split-done");
  console.log(JSON.stringify({ timings, axe, parts, westMatters }));
}

/** 人员与单位: the grid workers of the street by the role filter, its co-building units, 双报到. */
async function rosters() {
  const page = await loggedIn();
  const table = page.locator(".el-tab-pane:visible .el-table");
  await timed("人员与单位", () => page.getByRole("menuitem", { name: "人员与单位" }).click(),
    () => see(page, table.getByText(process.env.WORKER), "the people"));
  await page.getByRole("radiogroup", { name: "按角色筛选" }).getByText("网格员", { exact: true }).click();
  await see(page, page.locator(".el-radio-button.is-active", { hasText: "网格员" }), "the filter 网格员");
  await page.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
  const workers = await table.locator(".el-table__row td:first-child").allInnerTexts();
  axe["人员与单位"] = await axeSerious(page);
  await shot(page, "desk-registry-people");
  await page.getByRole("tab", { name: "共建单位" }).click();
  await see(page, table.getByText(process.env.UNIT), "the co-building unit");
  await page.getByRole("tab", { name: "双报到" }).click();
  await see(page, table.getByText(`${process.env.UNIT}（单位）`), "the unit's 双报到");
  axe["双报到"] = await axeSerious(page);
  await shot(page, "desk-registry-dual");
  console.log(JSON.stringify({ timings, axe, workers }));
}

try {
  if (process.env.PART === "merge") await merge();
  else if (process.env.PART === "rosters") await rosters();
  else if (process.env.PART === "split") await split();
  else throw new Error(`unknown PART ${process.env.PART}`);
} finally {
  await browser.close();
}
