// The volunteer's story (五单制), one part per run (the test between parts plays the community
// and the branch, through the API):
//   PART=place   a resident logs in, opens 服务点单 from the home page and places an order: what
//                (the catalogue's 助老), when (the form's next full hour), where (an address);
//                prints the order's id.
//   PART=serve   the volunteer finds it offered in 我的服务单 (接单 and 拒单 both there), accepts,
//                sees the resident's address and phone with a tel: call button, starts, completes
//                with the hours served.
//   PART=refuse  the volunteer declines an offer (TITLE) with a reason; it leaves the list.
//   PART=record  the volunteer opens 时长积分与岗位: the hours served (HOURS), the duty roster's
//                turn (ROSTER), and claims the open service post (POST).
//   PART=rate    the resident rates the completed order (民意评单) with four stars.
// Screenshots at a phone size go to RESULTS.
//   BASE_URL USERNAME PASSWORD NAME PART TITLE [ADDRESS PHONE] node e2e/volunteer_story.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, fullShot, launch, logIn, see } from "./browser.mjs";

const WIDE = { width: 1440, height: 900 };

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TITLE, ADDRESS, PHONE: CALL } = process.env;
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

/** The page at a phone size (whole) and at a desktop's (1440x900, as a tester on a laptop sees it). */
async function shot(page, name) {
  await fullShot(page, `${RESULTS}/${name}.png`);
  await page.setViewportSize(WIDE);
  await page.screenshot({ path: `${RESULTS}/desktop-${name.replace(/^phone-/, "")}.png` });
  await page.setViewportSize(PHONE);
}

async function place() {
  const page = await loggedIn();
  await page.getByText("服务点单", { exact: true }).click();
  await page.getByRole("link", { name: "我要点单" }).or(page.getByRole("button", { name: "我要点单" })).click();
  await see(page, page.getByText("1. 需要什么服务"), "the order form");
  await page.getByLabel(/服务类型/).click();
  await page.getByRole("button", { name: "助老", exact: true }).click();
  await page.locator(".van-action-sheet").waitFor({ state: "hidden" });
  await page.getByLabel("简要说明").fill(TITLE);
  await page.getByLabel("详细情况").fill("老人腿脚不便，需要有人陪同去社区卫生服务中心复诊取药。");
  await page.getByLabel("服务地址").fill(ADDRESS);
  await shot(page, "phone-resident-order");
  await page.getByRole("button", { name: "提交点单" }).click();
  await see(page, page.getByText("已点单"), "the order placed");
  await see(page, page.getByText(TITLE), "the order in 我的点单");
  await shot(page, "phone-resident-orders");
  console.log(JSON.stringify({ order_id: new URL(page.url()).searchParams.get("placed") }));
}

async function serve() {
  const page = await loggedIn();
  await page.getByText("我的服务单", { exact: true }).click();
  await see(page, page.getByText(/待接单 \d/), "the order offered");
  await see(page, page.getByText(TITLE), "the order's title");
  await see(page, page.getByRole("button", { name: "拒单" }), "the decline button");
  await shot(page, "phone-volunteer-offered");
  await page.getByRole("button", { name: "接单", exact: true }).click();
  await see(page, page.getByText(`地址：${ADDRESS}`), "the resident's address once accepted");
  const call = page.locator(`a[href="tel:${CALL}"]`);
  await see(page, call, "the call button");
  await shot(page, "phone-volunteer-accepted");
  await page.getByRole("button", { name: "开始服务" }).click();
  await see(page, page.getByText("服务中"), "the service started");
  await page.getByRole("button", { name: "完成服务" }).click();
  await page.getByLabel("服务时长").fill("1.5");
  await page.getByRole("button", { name: "确认完成" }).click();
  await see(page, page.getByText("已完成", { exact: true }), "the order completed");
  await see(page, page.getByText("1.5 小时"), "the hours served");
  await shot(page, "phone-volunteer-completed");
}

async function refuse() {
  const page = await loggedIn();
  await page.goto(new URL("/m/orders", BASE_URL).href);
  await see(page, page.getByText(TITLE), "the order offered");
  const offer = page.locator(".order", { hasText: TITLE });
  await offer.getByRole("button", { name: "拒单" }).click();
  await page.getByLabel("拒单原因").fill("当天要去医院复查，时间冲突");
  await page.getByRole("button", { name: "确认拒单" }).click();
  await page.getByText(TITLE).waitFor({ state: "detached", timeout: 15000 });
}

async function rate() {
  const page = await loggedIn();
  await page.getByText("服务点单", { exact: true }).click();
  const order = page.locator(".card", { hasText: TITLE });
  await see(page, order.getByText("已完成"), "the order completed");
  await see(page, order.getByText(/服务人员：张/), "who served");
  await order.locator(".van-rate__item").nth(3).click();
  await order.getByLabel("评价意见").fill("张师傅很耐心，谢谢！");
  await shot(page, "phone-resident-rate-order");
  await order.getByRole("button", { name: "提交评价" }).click();
  await see(page, order.getByText("已评价：★★★★"), "the rating given");
}

async function record() {
  const page = await loggedIn();
  await page.getByText("时长积分与岗位", { exact: true }).click();
  await see(page, page.locator(".totals strong").getByText(process.env.HOURS, { exact: true }),
    "the hours served");
  await see(page, page.getByText(process.env.ROSTER), "the duty roster's turn");
  const post = page.locator(".post", { hasText: process.env.POST });
  await post.getByRole("button", { name: "认领岗位" }).click();
  await see(page, post.getByText("已认领"), "the post claimed");
  await shot(page, "phone-volunteer-record");
}

try {
  await { place, serve, refuse, record, rate }[PART]();
} finally {
  await browser.close();
}
