// 服务订单 (五单制) at the desk, one person per run (the test between runs reads the order's step):
//   PART=hand_over  the community admin opens 服务订单, filters 待交单, finds the resident's order
//                   and hands it over (社区交单) with a note; it shows under 待派单.
//   PART=dispatch   the branch secretary opens 服务订单: the order still waiting for the community
//                   (PENDING) shows without a button, the handed-over one under 待派单 with 派单;
//                   its candidates show ranked with matching's reason, the top one (TOP) first,
//                   and the secretary dispatches it to them (支部下单); it shows under 待接单;
//                   its own page (订单详情) lists its steps and who took each.
// Screenshots at 1440x900 go to RESULTS; the last line printed is JSON for the test: each
// screen's data-appearance time (ms), axe-core's serious and critical violations per screen, and
// the candidates as shown.
//   BASE_URL USERNAME PASSWORD NAME PART TITLE [PENDING TOP] node e2e/desk_orders.mjs
import { mkdir } from "node:fs/promises";
import { DESK, PHONE, deskPage, launch, screens, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TITLE } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
const { timings, axe, timed, audit } = screens();
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function loggedIn() {
  const page = await deskPage(browser, { base: BASE_URL, path: "/desk/orders", username: USERNAME,
    password: PASSWORD, name: NAME });
  return page;
}

const row = (page, title) => page.locator(".el-table__row", { hasText: title });

/** The step filter set to `label`; waits for the list to load again. */
async function filter(page, label) {
  await page.getByRole("radiogroup", { name: "按环节筛选" }).getByText(label, { exact: true }).click();
  await see(page, page.locator(".el-radio-button.is-active", { hasText: label }), `the filter ${label}`);
  await page.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
}

/** A picture of the screen as it settled: Element's transitions finished, not mid-fade. */
async function shot(page, name) {
  await page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
}

async function handOver() {
  const page = await loggedIn();
  await timed("服务订单（社区）", page, () => page.reload(), row(page, TITLE), "the resident's order in 服务订单");
  await see(page, row(page, TITLE).getByText("待社区审核"), "its step in Chinese");
  await filter(page, "待交单");
  await see(page, row(page, TITLE), "the order under 待交单");
  await shot(page, "desk-orders-placed");
  await audit("服务订单（社区）", page);
  await row(page, TITLE).getByRole("button", { name: "交单", exact: true }).click();
  const dialog = page.locator(".el-dialog:visible");
  await see(page, dialog.getByText("社区交单"), "the 交单 dialog");
  await dialog.getByLabel("交单说明").fill("已电话核实，老人行动不便，请支部安排党员陪同。");
  await audit("社区交单", page);
  await dialog.getByRole("button", { name: "确认交单" }).click();
  await see(page, page.locator(".el-message", { hasText: "交单成功" }), "交单 done");
  await filter(page, "待派单");
  await see(page, row(page, TITLE).getByText("已交单、待派单"), "the order under 待派单");
  await shot(page, "desk-orders-handed-over");
  console.log(JSON.stringify({ timings, axe }));
}

async function dispatch() {
  const page = await loggedIn();
  await timed("服务订单（支部）", page, () => page.reload(), row(page, TITLE), "the handed-over order");
  const pending = row(page, process.env.PENDING);
  await see(page, pending.getByText("待社区审核"), "the order the community has not reviewed");
  const pendingButtons = await pending.getByRole("button").count(); // 交单 is not the branch's
  await filter(page, "待派单");
  await audit("服务订单（支部）", page);
  const dialog = page.locator(".el-dialog:visible");
  const first = dialog.locator(".desk-candidate").first();
  await timed("推荐人选", page, () => row(page, TITLE).getByRole("button", { name: "派单", exact: true }).click(),
    first, "the ranked candidates");
  await see(page, first.getByText("首选"), "the top candidate marked");
  await dialog.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
  await shot(page, "desk-orders-candidates");
  await audit("支部下单", page);
  const candidates = await dialog.locator(".desk-candidate").evaluateAll((items) => items.map((li) => ({
    name: li.querySelector("strong").innerText, reason: li.querySelector(".desk-candidate-why").innerText })));
  await first.getByRole("button", { name: `派单给${process.env.TOP}` }).click();
  await see(page, page.locator(".el-message", { hasText: `派单成功：已派给${process.env.TOP}` }), "派单 done");
  await filter(page, "待接单");
  await see(page, row(page, TITLE).getByText(process.env.TOP), "the order offered to the top candidate");
  await see(page, row(page, TITLE).getByText(/前答复/), "the offer's answer time");
  await shot(page, "desk-orders-dispatched");
  await page.locator(".el-message").waitFor({ state: "hidden" }); // it closes by itself
  await page.setViewportSize(PHONE); // a desk page on a secretary's phone: the orders as cards
  await see(page, page.locator(".desk-cards li", { hasText: TITLE }), "the order as a card");
  await shot(page, "desk-orders-phone");
  // the order's own page (where a notice's link opens): its steps and who took them
  await page.setViewportSize(DESK);
  const steps = page.getByRole("region", { name: "办理过程" }).locator(".el-timeline-item");
  await timed("订单详情", page, () => page.getByRole("link", { name: TITLE }).first().click(),
    steps.nth(2), "the order's steps");
  const file = { steps: await steps.evaluateAll((items) => items.map((li) => li.querySelector("strong").parentElement.innerText.split("\n")[0])),
    buttons: await page.locator(".desk-actions[aria-label='可办理的操作'] button").allInnerTexts() };
  await shot(page, "desk-order-file");
  await audit("订单详情", page);
  // 改派 asks why and ranks the candidates again; the secretary looks and goes back
  await page.getByRole("button", { name: "改派", exact: true }).click();
  const again = page.locator(".el-dialog:visible");
  await see(page, again.getByLabel("改派原因"), "改派's reason");
  await see(page, again.getByRole("list", { name: "推荐人选" }), "the candidates again");
  await again.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
  file.reassignTo = await again.locator(".desk-candidate strong").allInnerTexts(); // not the one offered now
  await shot(page, "desk-order-reassign");
  await audit("改派", page);
  await again.locator(".el-dialog__headerbtn").click();
  // 驾驶舱: the branch's 五单制 figures beside the matters'
  await page.getByRole("menuitem", { name: "驾驶舱" }).click();
  await see(page, page.locator("[data-figure=placed] dd", { hasText: "件" }), "the orders' figures");
  file.figures = Object.fromEntries(await page.locator("[aria-label=五单制] [data-figure]").evaluateAll(
    (items) => items.map((d) => [d.dataset.figure, d.querySelector("dd").innerText])));
  await page.getByRole("region", { name: "五单制" }).screenshot({ path: `${RESULTS}/desk-figures-orders.png` });
  console.log(JSON.stringify({ timings, axe, candidates, pendingButtons, file }));
}

try {
  if (PART === "hand_over") await handOver();
  else if (PART === "dispatch") await dispatch();
  else throw new Error(`unknown PART ${PART}`);
} finally {
  await browser.close();
}
