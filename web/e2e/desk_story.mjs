// The desk console, one part of the story per run (the test between parts plays the grid worker):
//   PART=dispatch  a community admin logs into /desk/, finds a resident's matter in 民情工单,
//                  searches it by title and by the reporter's phone, opens its 一号一档, accepts
//                  it and dispatches it to a grid and its worker, and prints the file (A4).
//   PART=publish   back at the file, publishes the reply, reviews the 公示稿 (masked) and
//                  approves it, then opens 驾驶舱 and reads the rates.
// Screenshots at 1440x900 go to RESULTS; the last line printed is JSON for the test, with each
// screen's data-appearance time (ms from navigation to its data shown) and axe-core's serious
// and critical violations per screen.
//   BASE_URL USERNAME PASSWORD NAME PART TITLE [TICKET_ID GRID WORKER REPLY] node e2e/desk_story.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, deskPage, launch, screens, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TITLE, TICKET_ID } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
const DESK = { width: 1440, height: 900 };
const { timings, axe, timed, audit } = screens();
await mkdir(RESULTS, { recursive: true });
const browser = await launch();
// downloads (the queue's xlsx) are saved where the test reads them

async function loggedIn(path) {
  const page = await deskPage(browser, { base: BASE_URL, path: path, username: USERNAME,
    password: PASSWORD, name: NAME });
  return page;
}

/** A step's button, its dialog filled by `fill`, confirmed; waits for the success message. */
async function step(page, label, fill = async () => {}, confirm = "确定") {
  await page.locator(".desk-actions").getByRole("button", { name: label, exact: true }).click();
  const dialog = page.locator(".el-dialog:visible");
  await see(page, dialog, `the ${label} dialog`);
  await fill(dialog);
  await dialog.getByRole("button", { name: confirm }).click();
  await see(page, page.locator(".el-message", { hasText: `${label}成功` }), `${label} done`);
}

async function choose(page, dialog, field, option) {
  await dialog.locator(".el-form-item", { hasText: field }).locator(".el-select").click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: option }).first().click();
}

async function dispatch() {
  const page = await loggedIn("/desk/");
  const row = page.locator(".el-table__row", { hasText: TITLE });
  await timed("民情工单", page, () => page.reload(), row, "the resident's matter in 民情工单");
  await see(page, row.getByText("已接收"), "its status in Chinese");
  await page.locator(".el-loading-mask").waitFor({ state: "hidden" });
  await page.screenshot({ path: `${RESULTS}/desk-queue.png` });
  await audit("民情工单", page);
  const [download] = await Promise.all([page.waitForEvent("download"),
    page.getByRole("button", { name: "导出Excel" }).click()]);
  await download.saveAs(`${RESULTS}/desk-queue.xlsx`);
  await page.setViewportSize(PHONE); // a desk page on a phone: looked at, not designed for yet
  await page.screenshot({ path: `${RESULTS}/desk-queue-phone.png` });
  await page.setViewportSize(DESK);
  const screen = await page.locator(".el-table__row").evaluateAll((rows) => rows.map((r) =>
    [...r.querySelectorAll("td")].slice(0, 2).map((td) => td.innerText.trim())));
  const found = {}; // search words: the titles the server's search gave
  for (const words of process.env.SEARCHES.split(",")) {
    const box = page.getByLabel("搜索工单");
    await box.fill(words);
    await timed(`搜索「${words}」`, page, () => box.press("Enter"),
      page.locator(".el-table__row, .el-table__empty-text").first(), `the search for ${words}`);
    await page.locator(".el-loading-mask").waitFor({ state: "hidden" });
    found[words] = await page.locator(".el-table__row a").allInnerTexts();
  }
  await page.screenshot({ path: `${RESULTS}/desk-queue-search.png` });
  await page.getByLabel("搜索工单").fill("");
  await page.getByLabel("搜索工单").press("Enter");
  await timed("一号一档", page, () => row.getByRole("link", { name: TITLE }).click(),
    page.getByRole("heading", { name: TITLE }), "the matter's 一号一档");
  await page.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
  await audit("一号一档", page);
  await see(page, page.getByText("李**"), "the reporter, masked");
  await step(page, "受理");
  await see(page, page.locator("h2 .el-tag", { hasText: "已受理" }), "accepted");
  await step(page, "派单", async (dialog) => {
    await choose(page, dialog, "派往网格", process.env.GRID);
    await choose(page, dialog, "承办人", process.env.WORKER);
  });
  await see(page, page.locator("h2 .el-tag", { hasText: "已派单" }), "dispatched");
  await see(page, page.locator(".el-descriptions", { hasText: process.env.WORKER }), "the worker holding it");
  await see(page, page.getByText(/还剩/), "the deadline countdown");
  await page.screenshot({ path: `${RESULTS}/desk-ticket-dispatched.png`, fullPage: true });
  await see(page, page.getByRole("button", { name: "打印" }), "the print button");
  await page.emulateMedia({ media: "print" }); // what 打印 puts on paper
  await page.screenshot({ path: `${RESULTS}/desk-ticket-print.png`, fullPage: true });
  const printed = await page.locator(".desk-file").innerText();
  await page.pdf({ path: `${RESULTS}/desk-ticket-print.pdf`, format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  console.log(JSON.stringify({ ticket_id: page.url().split("/desk/tickets/")[1], screen, found,
    printed, timings, axe }));
}

async function publish() {
  const page = await loggedIn(`/desk/tickets/${TICKET_ID}`);
  await see(page, page.locator("h2 .el-tag", { hasText: "已办结" }), "the resolved matter");
  await step(page, "公示回应", async (dialog) => {
    await dialog.locator(".el-form-item", { hasText: "答复内容" }).locator("textarea").fill(process.env.REPLY);
  });
  await see(page, page.locator("h2 .el-tag", { hasText: "已公示" }), "published");
  let notice = "";
  await step(page, "审核公示", async (dialog) => {
    await see(page, dialog.getByText("公示稿已隐去个人信息"), "the review's note");
    notice = await dialog.locator(".desk-notice").innerText();
    await page.screenshot({ path: `${RESULTS}/desk-notice-review.png` });
  }, "审核通过");
  await page.screenshot({ path: `${RESULTS}/desk-ticket-published.png`, fullPage: true });
  await timed("驾驶舱", page, () => page.getByRole("menuitem", { name: "驾驶舱" }).click(),
    page.locator(".desk-rate", { hasText: "办结率" }).getByText("100.0%"), "the resolution rate");
  await see(page, page.getByText(/口径：/), "each rate's definition");
  await see(page, page.locator("canvas"), "the chart");
  await page.waitForTimeout(500); // ECharts' entry animation, for the picture only
  await page.screenshot({ path: `${RESULTS}/desk-figures.png` });
  await audit("驾驶舱", page);
  const rates = await page.locator(".desk-rate").allInnerTexts();
  console.log(JSON.stringify({ notice, rates, timings, axe }));
}

try {
  if (PART === "dispatch") await dispatch();
  else if (PART === "publish") await publish();
  else throw new Error(`unknown PART ${PART}`);
} finally {
  await browser.close();
}
