// A grid worker logs in through the city's identity provider (code + PKCE), the page calls the
// tickets API (a matter reported on patrol in the worker's grid), and the notice about it
// arrives on the page's EventSource. Screenshots at a phone and a desktop size.
//   BASE_URL USERNAME PASSWORD GRID_ID NAME RESULTS node e2e/login_live_inbox.mjs
import { mkdir } from "node:fs/promises";
import { DESKTOP, PHONE, fullShot, launch, logIn, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, GRID_ID, NAME } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
await mkdir(RESULTS, { recursive: true });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && console.error(`console: ${m.text()}`));
  page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
  await page.goto(BASE_URL);
  await see(page, page.getByRole("button", { name: "统一身份认证登录" }), "the login button");
  await page.screenshot({ path: `${RESULTS}/phone-1-login.png` });
  await logIn(page, USERNAME, PASSWORD);
  await see(page, page.getByText(`您好，${NAME}`), "the worker's name after login");
  await see(page, page.getByText("网格员"), "the worker's role");
  await see(page, page.getByText("实时通知：已连接"), "the live inbox connected");

  const [status, answer] = await page.evaluate(async (grid) => {
    const session = JSON.parse(sessionStorage.getItem("redgrid.session"));
    const r = await fetch("/api/tickets/v1/tickets", {
      method: "POST",
      headers: { Authorization: `Bearer ${session.access_token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ channel: "patrol", appeal_kind: "help", category: "road_repair",
        title: "双井巷地面方砖松动", grid_id: grid }),
    });
    return [r.status, await r.json()];
  }, GRID_ID);
  if (status !== 201) throw new Error(`the page's report answered ${status}: ${JSON.stringify(answer)}`);
  await see(page, page.locator(".notices li", { hasText: "双井巷地面方砖松动" }),
    "the notice of the new matter on the EventSource");
  await fullShot(page, `${RESULTS}/phone-2-notice.png`);
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${RESULTS}/desktop-notice.png` });
  console.log(`ok: logged in as ${NAME}, reported ${answer.number ?? answer.id}, notice received`);
} finally {
  await browser.close();
}
