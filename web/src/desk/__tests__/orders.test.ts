import { describe, expect, it } from "vitest";
import { ACTION_LABEL, ORDER_STEP, STEP_FILTER, actionsFor, localText, overdue, scoreText, windowText } from "../orders";

const NOW = new Date("2027-03-01T02:00:00Z");

describe("the steps an order offers", () => {
  it("are the API's allowed steps the desk has a dialog for, in the desk's order", () => {
    expect(actionsFor({ allowed_actions: ["cancel", "decline", "hand_over"] })).toEqual(["hand_over", "decline"]);
    expect(actionsFor({ allowed_actions: ["reassign", "dispatch", "cancel"] })).toEqual(["dispatch"]);
    // an order's own page offers 改派 and 取消 too
    expect(actionsFor({ allowed_actions: ["cancel", "reassign", "accept"] }, true)).toEqual(["reassign", "cancel"]);
    expect(actionsFor({ allowed_actions: ["accept", "refuse"] })).toEqual([]);
    expect(actionsFor({})).toEqual([]);
  });
  it("every step and filter in Chinese", () => {
    for (const s of [...Object.values(ORDER_STEP), ...Object.values(ACTION_LABEL),
      ...STEP_FILTER.map((f) => f.label)]) expect(s).toMatch(/^[\u4e00-\u9fff、]+$/);
    for (const f of STEP_FILTER) expect(ORDER_STEP[f.status]).toBeDefined();
  });
});

describe("an offer", () => {
  it("is overdue once its answer time passed while still dispatched", () => {
    expect(overdue({ status: "dispatched", offer_expires_at: "2027-03-01T01:59:00Z" }, NOW)).toBe(true);
    expect(overdue({ status: "dispatched", offer_expires_at: "2027-03-01T02:01:00Z" }, NOW)).toBe(false);
    expect(overdue({ status: "accepted", offer_expires_at: "2027-03-01T01:00:00Z" }, NOW)).toBe(false);
    expect(overdue({ status: "dispatched", offer_expires_at: null }, NOW)).toBe(false);
  });
});

describe("words", () => {
  it("a window in Beijing time, a score as 匹配度", () => {
    expect(windowText({ window_start_local: "2026-12-12T09:00:00+08:00",
      window_end_local: "2026-12-12T11:30:00+08:00" })).toBe("12月12日 09:00–11:30");
    expect(windowText({ window_start_local: null, window_end_local: null })).toBe("未约定");
    expect(localText("2026-12-08T11:50:00+08:00")).toBe("12月8日 11:50");
    expect(localText(null)).toBe("");
    expect(scoreText(0.8634)).toBe("匹配度 86%");
  });
});
