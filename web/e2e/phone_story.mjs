// The phone pages, one part of the story per run (the test between parts plays the office):
//   PART=report   a resident logs in, reports a matter in three taps with a photo from where
//                 she stands (geolocation inside a demo grid); prints the ticket id.
//   PART=resolve  the grid worker finds it in 网格待办 (deadline countdown), opens it, signs,
//                 starts and resolves it with a note and a photo.
//   PART=rate     the resident opens 我的诉求, sees the answer and rates it.
//   PART=duplicate the resident starts a report where an open matter of the kind (TITLE) lies:
//                 she is shown 已有人反映 and says it is the same one; nothing is filed.
//   PART=map      the grid worker opens 网格地图 from the queue: the grid's outline and a marker
//                 per open matter with a point, no tiles (none configured), nothing fetched
//                 from anywhere but this origin.
//   PART=offline  the grid worker loses the signal on patrol, reports (kept on the phone),
//                 comes back online: it is sent, once; a second loss and return sends nothing.
// Screenshots of each page at a phone size (and the report at a desktop size) go to RESULTS.
//   BASE_URL USERNAME PASSWORD NAME PART [LAT LNG TITLE TICKET_ID] node e2e/phone_story.mjs
import { mkdir } from "node:fs/promises";
import { DESKTOP, PHONE, fullShot, launch, logIn, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TITLE } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function loggedIn() {
  const context = await browser.newContext({
    viewport: PHONE, locale: "zh-CN", deviceScaleFactor: 2, timezoneId: "Asia/Shanghai",
    geolocation: { latitude: Number(process.env.LAT ?? 0), longitude: Number(process.env.LNG ?? 0) },
    permissions: ["geolocation"],
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
  await page.goto(BASE_URL);
  await logIn(page, USERNAME, PASSWORD);
  await see(page, page.getByText(`您好，${NAME}`), "the greeting after login");
  return page;
}

async function photo(page) {
  return { name: "现场.png", mimeType: "image/png", buffer: await page.screenshot() };
}

async function report() {
  const page = await loggedIn();
  await page.screenshot({ path: `${RESULTS}/phone-resident-home.png` });
  await page.getByText("我要反映", { exact: true }).first().click();
  await see(page, page.getByText("1. 什么事"), "the report form");
  await page.getByLabel("事项类别").click();
  await page.getByRole("button", { name: "环境卫生" }).click();
  await page.getByLabel("简要说明").fill(TITLE);
  await page.getByLabel("详细情况").fill("垃圾桶满了三天没人清运，气味很大。");
  await page.locator(".van-uploader input[type=file]").first().setInputFiles(await photo(page));
  await see(page, page.locator(".van-uploader__preview"), "the photo's preview");
  await page.getByRole("button", { name: "定位" }).click();
  await see(page, page.getByText(/已定位：/), "the phone's location");
  await page.waitForFunction(() => !document.querySelector(".van-uploader__mask"));
  await fullShot(page, `${RESULTS}/phone-resident-report.png`);
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${RESULTS}/desktop-resident-report.png` });
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "提交" }).click();
  await see(page, page.getByText(/已提交，编号/), "the number of the matter filed");
  await see(page, page.getByText("育红社区第1网格"), "the grid it was routed to");
  await fullShot(page, `${RESULTS}/phone-resident-filed.png`);
  const id = page.url().split("/m/tickets/")[1].split("?")[0];
  console.log(JSON.stringify({ ticket_id: id }));
}

async function resolve() {
  const page = await loggedIn();
  await page.getByText("网格待办", { exact: true }).first().click();
  const row = page.locator(".van-cell", { hasText: TITLE });
  await see(page, row, "the matter in the grid's queue");
  await see(page, row.getByText(/还剩|已超期/), "its deadline countdown");
  await fullShot(page, `${RESULTS}/phone-worker-queue.png`);
  await row.click();
  await see(page, page.getByRole("button", { name: "签收" }), "the sign button");
  await page.getByRole("button", { name: "签收" }).click();
  await see(page, page.getByRole("button", { name: "开始办理" }), "the start button");
  await page.getByRole("button", { name: "开始办理" }).click();
  await page.getByRole("button", { name: "办结" }).click();
  await page.getByLabel("办理结果").fill("已联系环卫所清运，垃圾桶已清空消毒。");
  await page.locator(".van-uploader input[type=file]").first().setInputFiles(await photo(page));
  await see(page, page.locator(".van-uploader__preview"), "the photo of the work done");
  await page.waitForFunction(() => !document.querySelector(".van-uploader__mask"));
  await fullShot(page, `${RESULTS}/phone-worker-resolve.png`);
  await page.getByRole("button", { name: "确认办结" }).click();
  await see(page, page.getByText("已办结").first(), "the matter resolved");
  await see(page, page.locator(".photos img"), "the photos on the matter");
  await fullShot(page, `${RESULTS}/phone-worker-resolved.png`);
  console.log(JSON.stringify({ resolved: true }));
}

async function rate() {
  const page = await loggedIn();
  await page.getByText("我的诉求", { exact: true }).first().click();
  await see(page, page.locator(".van-cell", { hasText: TITLE }), "the matter in 我的诉求");
  await page.locator(".van-cell", { hasText: TITLE }).click();
  await see(page, page.getByText(/答复：/), "the office's reply");
  await page.getByRole("radio").nth(3).click(); // four stars of five
  await page.getByLabel("意见").fill("清运及时，谢谢网格员。");
  await fullShot(page, `${RESULTS}/phone-resident-rate.png`);
  await page.getByRole("button", { name: "提交评价" }).click();
  await see(page, page.getByText("已回访").first(), "the matter followed up");
  console.log(JSON.stringify({ rated: 4 }));
}

async function duplicate() {
  const page = await loggedIn();
  await page.goto(new URL("/m/report", BASE_URL).href);
  await see(page, page.getByText("1. 什么事"), "the report form");
  await page.getByLabel("事项类别").click();
  await page.getByRole("button", { name: "环境卫生" }).click();
  await page.getByRole("button", { name: "定位" }).click();
  await see(page, page.getByText("已有人反映：附近同类事项正在办理"), "the matters nearby");
  await see(page, page.getByText(TITLE), "the open matter of the kind nearby");
  await see(page, page.getByRole("button", { name: "不是同一件，仍要提交" }), "send anyway");
  await fullShot(page, `${RESULTS}/phone-resident-duplicate.png`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await fullShot(page, `${RESULTS}/desktop-resident-duplicate.png`);
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: `就是这件：${TITLE}` }).click();
  await see(page, page.getByText("已有人反映，无需重复提交"), "nothing filed, and why");
  await fullShot(page, `${RESULTS}/phone-resident-same.png`);
  console.log(JSON.stringify({ same: true }));
}

async function map() {
  const page = await loggedIn();
  const elsewhere = [];
  page.on("request", (r) => new URL(r.url()).origin !== new URL(BASE_URL).origin
    && !r.url().startsWith("data:") && elsewhere.push(r.url()));
  await page.getByText("网格待办", { exact: true }).first().click();
  await page.getByRole("button", { name: "网格地图" }).click();
  await see(page, page.getByRole("region", { name: /网格地图/ }), "the map");
  await see(page, page.getByText("未配置底图，仅显示网格轮廓"), "outlines only, said");
  await see(page, page.locator(".leaflet-overlay-pane path"), "the grid's outline");
  await see(page, page.getByRole("heading", { name: "育红社区第1网格" }), "the grid's name");
  await page.waitForTimeout(300); // Leaflet's fitBounds animation
  const paths = await page.locator(".leaflet-overlay-pane path").count();
  await fullShot(page, `${RESULTS}/phone-worker-map.png`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${RESULTS}/desktop-worker-map.png` });
  console.log(JSON.stringify({ paths, elsewhere }));
}

async function offline() {
  const page = await loggedIn();
  await see(page, page.getByText("实时通知：已连接"), "the live inbox connected");
  await page.getByText("我要反映", { exact: true }).first().click();
  await see(page, page.getByText("1. 什么事"), "the report form");
  await page.evaluate(() => navigator.serviceWorker?.ready); // the shell is kept
  await page.context().setOffline(true);
  await page.getByLabel("事项类别").click();
  await page.getByRole("button", { name: "环境卫生" }).click();
  await page.getByLabel("简要说明").fill(TITLE);
  await page.getByRole("button", { name: "定位" }).click();
  await see(page, page.getByText(/已定位：/), "the phone's location");
  await page.getByRole("button", { name: "提交" }).click();
  await see(page, page.getByText("已离线保存，网络恢复后自动提交"), "kept on the phone");
  await see(page, page.getByText("待发送 1 件"), "one waiting");
  await fullShot(page, `${RESULTS}/phone-worker-offline.png`);
  await page.context().setOffline(false);
  await see(page, page.getByText(/已提交，编号/), "sent once back online");
  const number = (await page.getByText(/已提交，编号/).innerText()).split("编号 ")[1].replace("。", "");
  await fullShot(page, `${RESULTS}/phone-worker-resent.png`);
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await page.waitForTimeout(1500); // nothing is expected: give a wrong second send its chance
  const left = await page.evaluate(() => localStorage.getItem("redgrid.outbox"));
  console.log(JSON.stringify({ number, left }));
}

try {
  await ({ report, resolve, rate, duplicate, map, offline })[PART]();
} finally {
  await browser.close();
}
