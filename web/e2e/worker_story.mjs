// The grid worker's other steps on the phone, one part per run:
//   PART=bounce    opens the matter TICKET_ID (dispatched to the grid) and sends it back (退单)
//                  with a reason.
//   PART=escalate  opens TICKET_ID, signs it, and sends it up a level (上报) with a reason.
//   PART=visit     from 网格待办 logs a 六上门 visit (查摆问题找上门) with one finding (TITLE), which
//                  becomes a matter.
// Only the steps the tickets service allows this person are shown (allowed_actions).
//   BASE_URL USERNAME PASSWORD NAME PART [TICKET_ID TITLE] node e2e/worker_story.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, fullShot, launch, logIn, see } from "./browser.mjs";

const WIDE = { width: 1440, height: 900 };
const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TICKET_ID, TITLE } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function loggedIn() {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", deviceScaleFactor: 2,
    timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
  await page.goto(BASE_URL);
  await logIn(page, USERNAME, PASSWORD);
  await see(page, page.getByText(`您好，${NAME}`), "the greeting after login");
  return page;
}

async function shot(page, name) {
  await fullShot(page, `${RESULTS}/phone-${name}.png`);
  await page.setViewportSize(WIDE);
  await page.screenshot({ path: `${RESULTS}/desktop-${name}.png` });
  await page.setViewportSize(PHONE);
}

async function withReason(page, step, reason, seen) {
  await page.getByRole("button", { name: step, exact: true }).click();
  await page.getByLabel(`${step}原因`).fill(reason);
  await shot(page, `worker-${step === "退单" ? "bounce" : "escalate"}`);
  await page.getByRole("button", { name: `确认${step}` }).click();
  await see(page, page.getByText(seen).first(), `the matter after ${step}`);
}

async function bounce() {
  const page = await loggedIn();
  await page.goto(new URL(`/m/tickets/${TICKET_ID}`, BASE_URL).href);
  await see(page, page.getByRole("button", { name: "签收" }), "the matter's steps");
  await withReason(page, "退单", "不属于本网格，应由小区物业公司处理", "已退回");
}

async function escalate() {
  const page = await loggedIn();
  await page.goto(new URL(`/m/tickets/${TICKET_ID}`, BASE_URL).href);
  await page.getByRole("button", { name: "签收" }).click();
  await see(page, page.getByRole("button", { name: "上报" }), "上报 once signed");
  await withReason(page, "上报", "涉及燃气管道改造，网格无力处置", "上报");
}

async function visit() {
  const page = await loggedIn();
  await page.getByText("网格待办", { exact: true }).first().click();
  await page.getByRole("button", { name: "登记六上门" }).click();
  await see(page, page.getByText("走访类型"), "the visit form");
  await page.getByLabel("走访户").fill("育红社区5号楼1单元302");
  await page.getByLabel("走访记录").fill("讲解了垃圾分类政策，住户反映楼道杂物长期堆放。");
  await page.getByRole("button", { name: "添加发现的问题" }).click();
  await page.getByLabel(/问题 1 类别/).click();
  await page.getByRole("button", { name: "环境卫生" }).click();
  await page.locator(".van-action-sheet").waitFor({ state: "hidden" });
  await page.getByLabel("问题 1", { exact: true }).fill(TITLE);
  await shot(page, "worker-visit");
  await page.getByRole("button", { name: "登记走访" }).click();
  await see(page, page.getByText("1 个问题已转为民情事项"), "the visit logged");
  await shot(page, "worker-visit-logged");
}

try {
  await { bounce, escalate, visit }[PART]();
} finally {
  await browser.close();
}
