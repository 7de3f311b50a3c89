import { describe, expect, it } from "vitest";
import { RATES, STEPS, blank, body, deadlineState, held, missing, offered, percent } from "../model";
import { LIST_FIGURES, ORDER_FIGURES, bars, figureText } from "../figures";

const NOW = new Date("2027-03-01T02:00:00Z");

describe("the steps offered", () => {
  it("are the allowed ones the desk has a dialog for, in the desk's order", () => {
    expect(offered(["reject", "accept", "merge", "remind"])).toEqual(["accept", "reject", "merge"]);
    expect(offered(["approve_notice", "follow_up", "close"])).toEqual(["approve_notice", "follow_up", "close"]);
    expect(offered([])).toEqual([]);
  });
  it("each has a Chinese label", () => {
    for (const spec of Object.values(STEPS)) expect(spec.label).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe("a step's dialog", () => {
  it("starts empty, 公示 on, 是否解决 unanswered", () => {
    expect(blank("publish")).toEqual({ response: "", public: true });
    expect(blank("follow_up")).toEqual({ solved: null, satisfaction: "", comment: "" });
  });
  it("names what is missing", () => {
    expect(missing("bounce", { reason: "  " })).toEqual(["退单理由"]);
    expect(missing("follow_up", { solved: null, satisfaction: "satisfied" })).toEqual(["是否解决"]);
    expect(missing("follow_up", { solved: false, satisfaction: "dissatisfied" })).toEqual([]);
    expect(missing("dispatch", {})).toEqual([]); // the catalogue decides where
  });
  it("sends what was filled in, trimmed, and leaves the rest to the API's defaults", () => {
    expect(body("dispatch", { grid_id: "g1", assignee_id: "", note: "" })).toEqual({ grid_id: "g1" });
    expect(body("publish", { response: " 已修复。 ", public: false })).toEqual({ response: "已修复。", public: false });
    expect(body("follow_up", { solved: true, satisfaction: "satisfied", comment: "" }))
      .toEqual({ solved: true, satisfaction: "satisfied" });
    expect(body("accept", { note: "" })).toEqual({});
  });
});

describe("deadlines and custody", () => {
  it("takes the server's deadline state, none where no deadline runs", () => {
    expect(deadlineState({ deadline_state: "overdue" })).toBe("overdue");
    expect(deadlineState({ deadline_state: "due_soon" })).toBe("due_soon");
    expect(deadlineState({ deadline_state: null })).toBe("none");
    expect(deadlineState({})).toBe("none");
  });
  it("says how long someone held a matter, until now if still held", () => {
    expect(held("2027-02-27T01:00:00Z", "2027-03-01T04:30:00Z")).toBe("2 天 3 小时");
    expect(held("2027-03-01T00:50:00Z", null, NOW)).toBe("1 小时 10 分钟");
    expect(held("2027-03-01T01:48:00Z", null, NOW)).toBe("12 分钟");
  });
});

describe("the figures", () => {
  it("read rates as percentages, a dash when there was nothing to count", () => {
    expect(percent(0.9694)).toBe("96.9%");
    expect(percent(1)).toBe("100.0%");
    expect(percent(null)).toBe("—");
  });
  it("define each rate over its own counts", () => {
    expect(RATES.map((r) => r.name)).toEqual(["响应率", "办结率", "解决率", "满意率"]);
    for (const r of RATES) expect(r.definition).toContain("÷");
  });
  it("chart received, resolved and overdue per group by name", () => {
    const g = { received: 5, resolved: 3, overdue: 1, group: "x", group_name: "育红社区第1网格" };
    const option = bars([g as never, { ...g, group_name: null, group: null } as never]);
    expect(option.xAxis.data).toEqual(["育红社区第1网格", "未归属"]);
    expect(option.series.map((s) => s.data)).toEqual([[5, 5], [3, 3], [1, 1]]);
  });
});

describe("the 五单制 and 三张清单 figures", () => {
  const placed = ORDER_FIGURES.find((f) => f.key === "placed")!;
  const rate = ORDER_FIGURES.find((f) => f.key === "acceptance_rate")!;
  it("say counts with their unit, rates in percent, and nothing before the answer", () => {
    expect(figureText({ placed: 12, acceptance_rate: 0.875 }, placed)).toBe("12 件");
    expect(figureText({ placed: 12, acceptance_rate: 0.875 }, rate)).toBe("87.5%");
    expect(figureText(null, placed)).toBe("—");
  });
  it("count a period without orders as 0, and its rates as not counted", () => {
    expect(figureText({}, placed)).toBe("0 件");
    expect(figureText({}, rate)).toBe("—");
    expect(figureText({ acceptance_rate: null }, rate)).toBe("—");
  });
  it("each has a Chinese name and definition", () => {
    for (const f of [...ORDER_FIGURES, ...LIST_FIGURES]) {
      expect(f.name).toMatch(/^[\u4e00-\u9fff（）]+$/);
      expect(f.definition).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
