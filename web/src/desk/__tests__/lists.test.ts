import { describe, expect, it } from "vitest";
import {
  CLAIM_ACTION, CLAIM_FILTER, CLAIM_STEP, NEED_FILTER, NEED_STEP, PROJECT_FILTER, PROJECT_STEP,
  PROJECT_ACTION, RESOURCE_KIND, amountText, claimActions, claimable, manages, milestonesOpen,
  milestonesText, progressText, projectActions, resolutionActions,
  remaining, unitOnly,
} from "../lists";

describe("the steps a claim offers", () => {
  it("确认 and 婉拒 a claim made, 登记兑现 a confirmed one: the community's", () => {
    expect(claimActions("made", ["community_admin"])).toEqual(["confirm", "decline", "withdraw"]);
    expect(claimActions("confirmed", ["street_admin"])).toEqual(["fulfil", "withdraw"]);
    expect(claimActions("fulfilled", ["community_admin"])).toEqual([]);
    expect(claimActions("declined", ["system"])).toEqual([]);
  });
  it("a unit only withdraws its own claim while it holds", () => {
    expect(claimActions("made", ["unit"], true)).toEqual(["withdraw"]);
    expect(claimActions("confirmed", ["unit"], true)).toEqual(["withdraw"]);
    expect(claimActions("made", ["unit"], false)).toEqual([]);
    expect(claimActions("fulfilled", ["unit"], true)).toEqual([]);
  });
  it("nothing to a grid worker, a branch secretary or nobody", () => {
    expect(claimActions("made", ["grid_worker", "branch_secretary"], true)).toEqual([]);
    expect(claimActions("made", undefined)).toEqual([]);
  });
});

describe("who sees what", () => {
  it("a unit's liaison is a unit only; an office with a unit role is not", () => {
    expect(unitOnly(["unit"])).toBe(true);
    expect(unitOnly(["unit", "community_admin"])).toBe(false);
    expect(unitOnly(["grid_worker"])).toBe(false);
    expect(unitOnly(undefined)).toBe(false);
  });
  it("managers are the community and street offices and the system", () => {
    expect(manages(["community_admin"])).toBe(true);
    expect(manages(["branch_secretary", "grid_worker"])).toBe(false);
  });
  it("a unit claims an open need with something left", () => {
    const need = { status: "open", quantity: 10, claimed: 4 };
    expect(remaining(need)).toBe(6);
    expect(claimable(need, ["unit"])).toBe(true);
    expect(claimable(need, ["community_admin"])).toBe(false);
    expect(claimable({ ...need, claimed: 10 }, ["unit"])).toBe(false);
    expect(claimable({ ...need, status: "claimed" }, ["unit"])).toBe(false);
  });
});

describe("in words", () => {
  it("progress, amounts and milestones", () => {
    expect(progressText({ quantity: 10, claimed: 4, fulfilled: 1, unit_of_measure: "人次" }))
      .toBe("已认领 4 / 10 人次，已兑现 1");
    expect(amountText({ quantity: null, unit_of_measure: null, used: 0 })).toBe("不限量");
    expect(amountText({ quantity: 20, unit_of_measure: "小时", used: 5 })).toBe("20 小时（已用 5）");
    expect(milestonesText({ milestones: [
      { id: "a", title: "启动", due_on: null, done_on: "2026-11-01" },
      { id: "b", title: "走访", due_on: null, done_on: null }] })).toBe("1 / 2");
  });
  it("every status, filter and step in Chinese", () => {
    for (const s of [...Object.values(NEED_STEP), ...Object.values(CLAIM_STEP),
      ...Object.values(PROJECT_STEP), ...Object.values(CLAIM_ACTION), ...Object.values(RESOURCE_KIND)])
      expect(s).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const s of NEED_FILTER) expect(NEED_STEP[s]).toBeDefined();
    for (const s of CLAIM_FILTER) expect(CLAIM_STEP[s]).toBeDefined();
    for (const s of PROJECT_FILTER) expect(PROJECT_STEP[s]).toBeDefined();
  });
});

describe("the steps a project offers", () => {
  it("启动 a planned one, 完成 an active one, 取消 either: to those who run projects", () => {
    expect(projectActions("planned", ["branch_secretary"])).toEqual(["start", "cancel"]);
    expect(projectActions("active", ["community_admin"])).toEqual(["complete", "cancel"]);
    expect(projectActions("completed", ["street_admin"])).toEqual([]);
    expect(projectActions("active", ["unit"])).toEqual([]);
    expect(projectActions("planned", ["grid_worker"])).toEqual([]);
  });
  it("milestones are marked done while the project is open", () => {
    expect(milestonesOpen("active", ["community_admin"])).toBe(true);
    expect(milestonesOpen("completed", ["community_admin"])).toBe(false);
    expect(milestonesOpen("active", ["unit"])).toBe(false);
    for (const s of Object.values(PROJECT_ACTION)) expect(s).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe("a joint meeting's resolution, followed until done", () => {
  const item = { status: "following", follow_kind: "work_item" };
  it("the community follows an open or dropped one, marks a work item done, drops it", () => {
    expect(resolutionActions({ status: "open", follow_kind: null }, ["community_admin"])).toEqual(["follow", "drop"]);
    expect(resolutionActions(item, ["community_admin"])).toEqual(["done", "drop"]);
    expect(resolutionActions({ status: "dropped", follow_kind: "work_item" }, ["street_admin"])).toEqual(["follow"]);
    expect(resolutionActions({ status: "done", follow_kind: "work_item" }, ["system"])).toEqual([]);
  });
  it("a need, project or ticket finishes it by itself", () => {
    expect(resolutionActions({ status: "following", follow_kind: "need" }, ["community_admin"])).toEqual(["drop"]);
  });
  it("the unit it was given to marks it done, nothing else", () => {
    expect(resolutionActions(item, ["unit"], true)).toEqual(["done"]);
    expect(resolutionActions(item, ["unit"], false)).toEqual([]);
    expect(resolutionActions({ status: "open", follow_kind: null }, ["unit"], true)).toEqual([]);
  });
});
