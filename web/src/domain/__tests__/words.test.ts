import { describe, expect, it } from "vitest";
import { STATUS, STEP, byDeadline, countdown, problemText, stageOf } from "../words";

const NOW = new Date("2027-03-01T02:00:00Z"); // 10:00 in Beijing

describe("countdown", () => {
  it("says days and hours left", () => {
    expect(countdown("2027-03-03T05:00:00Z", NOW)).toBe("还剩 2 天 3 小时");
  });
  it("says minutes when under an hour", () => {
    expect(countdown("2027-03-01T02:45:00Z", NOW)).toBe("还剩 45 分钟");
  });
  it("says how late an overdue matter is", () => {
    expect(countdown("2027-02-28T21:00:00Z", NOW)).toBe("已超期 5 小时 0 分钟");
  });
  it("is empty without a deadline", () => {
    expect(countdown(null, NOW)).toBe("");
  });
});

describe("the queue", () => {
  it("puts the nearest deadline first and those without one last", () => {
    const rows = [{ id: "c", due_at: null }, { id: "b", due_at: "2027-03-02T00:00:00Z" },
      { id: "a", due_at: "2027-03-01T00:00:00Z" }];
    expect(byDeadline(rows).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});

describe("words", () => {
  it("names every status and the stage a resident follows", () => {
    for (const s of ["received", "accepted", "dispatched", "signed", "in_progress", "resolved",
      "published", "followed_up", "closed"]) expect(STATUS[s]).toMatch(/[\u4e00-\u9fff]/);
    expect(stageOf("accepted")).toBe(0);
    expect(stageOf("in_progress")).toBe(1);
    expect(stageOf("published")).toBe(2);
    expect(stageOf("followed_up")).toBe(3);
    expect(STEP.resolve).toBe("办结");
  });
  it("reads a problem's detail, else its title, else the fallback", () => {
    expect(problemText({ detail: "请选择事项类别", title: "请求无效" })).toBe("请选择事项类别");
    expect(problemText({ title: "请求无效" })).toBe("请求无效");
    expect(problemText(undefined, "提交失败")).toBe("提交失败");
  });
});
