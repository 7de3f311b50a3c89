// 三张清单 at the desk, one person per run (the test between runs reads the claim through the API):
//   PART=claim    the unit's liaison opens 三张清单: the menu shows only 三张清单; the community's
//                 open need (TITLE) shows under 正在认领 with 认领; they claim QUANTITY of it with
//                 their offer (OFFER) and a note; 我的认领 shows it 待社区确认; 我的项目 shows
//                 the project it is a partner of (PROJECT).
//   PART=confirm  the community admin opens 三张清单: the need shows its progress; its drawer
//                 lists the unit's claim (UNIT) with 确认 and 婉拒; they confirm it: 已确认; then
//                 under 项目清单 they open PROJECT and mark its MILESTONE done (标记完成); under
//                 联席会议 they open MEETING and give its RESOLUTION to UNIT (交办跟进), then 办结.
// Screenshots at 1440x900 go to RESULTS; the last line printed is JSON for the test: each
// screen's data-appearance time (ms), axe-core's serious and critical violations per screen, and
// the menu as shown.
//   BASE_URL USERNAME PASSWORD NAME PART TITLE [QUANTITY OFFER | UNIT] node e2e/desk_lists.mjs
import { mkdir } from "node:fs/promises";
import { PHONE, axeSerious, deskPage, launch, screens, see } from "./browser.mjs";

const { BASE_URL, USERNAME, PASSWORD, NAME, PART, TITLE } = process.env;
const RESULTS = process.env.RESULTS ?? "e2e/results";
const DESK = { width: 1440, height: 900 };
const { timings, axe, timed } = screens();
await mkdir(RESULTS, { recursive: true });
const browser = await launch();

async function loggedIn() {
  const page = await deskPage(browser, { base: BASE_URL, path: "/desk/lists", username: USERNAME,
    password: PASSWORD, name: NAME });
  return page;
}

const row = (page, title) => page.locator(".el-table__row", { hasText: title });

async function settled(page) {
  await page.locator(".el-loading-mask").waitFor({ state: "hidden" }).catch(() => {});
}

async function shot(page, name) {
  await page.screenshot({ path: `${RESULTS}/${name}.png`, animations: "disabled" });
}

async function claim() {
  const page = await loggedIn();
  const menu = await page.getByRole("menubar", { name: "工作台菜单" }).getByRole("menuitem").allInnerTexts();
  await timed("需求清单（共建单位）", page, () => page.reload(), row(page, TITLE), "the community's open need");
  await see(page, page.locator(".el-radio-button.is-active", { hasText: "正在认领" }), "open needs first");
  await settled(page);
  await shot(page, "desk-lists-unit-needs");
  axe["需求清单（共建单位）"] = await axeSerious(page);
  await row(page, TITLE).getByRole("button", { name: `认领${TITLE}` }).click();
  const dialog = page.locator(".el-dialog:visible");
  await see(page, dialog.getByText("认领需求"), "the 认领 dialog");
  await dialog.getByLabel("认领数量").fill(process.env.QUANTITY);
  await dialog.locator(".el-select", { has: page.getByLabel("使用的资源") }).click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: process.env.OFFER }).click();
  await dialog.getByLabel("认领说明").fill("周六上午派4名民警到社区开展反诈宣传。");
  await dialog.getByText("认领需求").click(); // closes the dropdown
  await shot(page, "desk-lists-claim");
  axe["认领需求"] = await axeSerious(page);
  await dialog.getByRole("button", { name: "确认认领" }).click();
  await see(page, page.locator(".el-message", { hasText: "认领成功" }), "认领 done");
  await timed("我的认领", page, () => page.getByRole("tab", { name: "我的认领" }).click(),
    row(page, TITLE).getByText("待社区确认"), "the claim under 我的认领");
  await settled(page);
  await page.locator(".el-message").waitFor({ state: "hidden" });
  await shot(page, "desk-lists-unit-claims");
  axe["我的认领"] = await axeSerious(page);
  await timed("我的项目", page, () => page.getByRole("tab", { name: "我的项目" }).click(),
    row(page, process.env.PROJECT), "the project the unit is a partner of");
  await settled(page);
  await shot(page, "desk-lists-unit-projects");
  axe["我的项目"] = await axeSerious(page);
  console.log(JSON.stringify({ timings, axe, menu }));
}

async function confirm() {
  const page = await loggedIn();
  await timed("需求清单（社区）", page, () => page.reload(), row(page, TITLE), "the need in 需求清单");
  await see(page, row(page, TITLE).getByText(`已认领 ${process.env.QUANTITY} /`), "the claimed part");
  await settled(page);
  await shot(page, "desk-lists-needs");
  axe["需求清单（社区）"] = await axeSerious(page);
  const drawer = page.locator(".el-drawer:visible");
  const unitClaim = drawer.locator(".desk-claim", { hasText: process.env.UNIT });
  await timed("认领情况", page, () => row(page, TITLE).getByRole("button", { name: `认领情况：${TITLE}` }).click(),
    unitClaim.getByText("待社区确认"), "the unit's claim in the need's drawer");
  const buttons = await unitClaim.getByRole("button").allInnerTexts();
  await settled(page);
  await shot(page, "desk-lists-need-claims");
  axe["认领情况"] = await axeSerious(page);
  await unitClaim.getByRole("button", { name: `确认${process.env.UNIT}的认领` }).click();
  await see(page, page.locator(".el-message", { hasText: "已确认" }), "确认 done");
  await see(page, unitClaim.getByText("已确认"), "the claim confirmed");
  await see(page, unitClaim.getByRole("button", { name: "登记兑现" }), "登记兑现 next");
  await page.locator(".el-message").waitFor({ state: "hidden" });
  await shot(page, "desk-lists-confirmed");
  await page.keyboard.press("Escape"); // the drawer closes; the list shows the need as it is now
  await see(page, row(page, TITLE).getByText(`已认领 ${process.env.QUANTITY} /`), "the list after 确认");
  await page.setViewportSize(PHONE); // the lists on a phone: cards instead of the table
  await see(page, page.locator(".desk-cards li", { hasText: TITLE }), "the need as a card");
  await shot(page, "desk-lists-phone");
  await page.setViewportSize(DESK);
  await page.getByRole("tab", { name: "项目清单" }).click();
  await row(page, process.env.PROJECT).getByRole("button", { name: process.env.PROJECT }).click();
  const milestone = drawer.locator(".desk-claim", { hasText: process.env.MILESTONE });
  await see(page, milestone.getByRole("button", { name: `标记完成：${process.env.MILESTONE}` }), "the milestone");
  await milestone.getByRole("button", { name: `标记完成：${process.env.MILESTONE}` }).click();
  await see(page, milestone.locator(".el-tag", { hasText: "完成" }), "the milestone done");
  await see(page, page.locator(".el-message", { hasText: "已完成" }), "标记完成 done");
  await page.locator(".el-message").waitFor({ state: "hidden" });
  await settled(page);
  await shot(page, "desk-lists-milestone");
  axe["项目节点"] = await axeSerious(page);
  await page.keyboard.press("Escape");
  await page.getByRole("tab", { name: "联席会议" }).click();
  await row(page, process.env.MEETING).getByRole("button", { name: process.env.MEETING }).click();
  const resolution = drawer.locator(".desk-claim", { hasText: process.env.RESOLUTION });
  await see(page, resolution.getByText("尚未落实"), "the meeting's open resolution");
  await resolution.getByRole("button", { name: `交办跟进：${process.env.RESOLUTION}` }).click();
  const give = page.locator(".el-dialog:visible");
  await see(page, give.getByText("交办单位"), "the 交办跟进 dialog");
  await see(page, give.getByText(process.env.UNIT), "the unit that attended, chosen");
  await shot(page, "desk-lists-follow");
  axe["交办跟进"] = await axeSerious(page);
  await give.getByRole("button", { name: "确认交办" }).click();
  await see(page, resolution.getByText("正在落实"), "the resolution followed");
  await see(page, resolution.getByText(`交${process.env.UNIT}`), "given to the unit");
  await resolution.getByRole("button", { name: `办结：${process.env.RESOLUTION}` }).click();
  await see(page, resolution.getByText("已办结"), "the resolution done");
  await page.locator(".el-message").last().waitFor({ state: "hidden" });
  await settled(page);
  await shot(page, "desk-lists-resolution-done");
  axe["决议办结"] = await axeSerious(page);
  console.log(JSON.stringify({ timings, axe, buttons }));
}

try {
  if (PART === "claim") await claim();
  else if (PART === "confirm") await confirm();
  else throw new Error(`unknown PART ${PART}`);
} finally {
  await browser.close();
}
