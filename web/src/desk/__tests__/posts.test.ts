import { describe, expect, it } from "vitest";
import { monthSpan, recurrence, turnsByDay } from "../posts/rules";

describe("a roster in words", () => {
  it("says weekly, the n-th and the last weekday of a month", () => {
    const at = { start_time: "09:00", end_time: "11:30" };
    expect(recurrence({ ...at, frequency: "weekly", weekday: 3, week_of_month: null })).toBe("每周三 09:00–11:30");
    expect(recurrence({ ...at, frequency: "monthly", weekday: 6, week_of_month: 2 })).toBe("每月第 2 个周六 09:00–11:30");
    expect(recurrence({ ...at, frequency: "monthly", weekday: 5, week_of_month: -1 })).toBe("每月最后一个周五 09:00–11:30");
  });
});

describe("a month's turns", () => {
  it("fall on their Beijing day, in time order, with who and which roster", () => {
    const turns = turnsByDay([
      { roster: { title: "法律门诊" }, duties: [
        { person_id: "a", person_name: "张建国", starts_at: "2027-01-06T01:00:00Z", ends_at: "2027-01-06T03:30:00Z" },
        // 23:00 UTC on Jan 12 is Jan 13 in Beijing
        { person_id: "b", person_name: null, starts_at: "2027-01-12T23:00:00Z", ends_at: "2027-01-13T01:00:00Z" }] },
      { roster: { title: "志愿服务日" }, duties: [
        { person_id: "c", person_name: "刘梅", starts_at: "2027-01-06T00:00:00Z", ends_at: "2027-01-06T02:00:00Z" }] }]);
    expect(turns["2027-01-06"]).toEqual([
      { day: "2027-01-06", time: "08:00–10:00", who: "刘梅", roster: "志愿服务日" },
      { day: "2027-01-06", time: "09:00–11:30", who: "张建国", roster: "法律门诊" }]);
    expect(turns["2027-01-13"]).toEqual([{ day: "2027-01-13", time: "07:00–09:00", who: "未登记", roster: "法律门诊" }]);
  });
  it("are asked for from the month's first Beijing moment to the next month's", () => {
    expect(monthSpan(new Date("2027-12-31T20:00:00Z"))).toEqual({ since: "2028-01-01T00:00:00+08:00", until: "2028-02-01T00:00:00+08:00" });
    expect(monthSpan(new Date("2027-03-15T04:00:00Z"))).toEqual({ since: "2027-03-01T00:00:00+08:00", until: "2027-04-01T00:00:00+08:00" });
  });
});
