import { describe, expect, it } from "vitest";
import { limitText, mark, periodText, readDays } from "../catalogue/rules";

describe("a catalogue row in words", () => {
  it("states its limit in working days or hours", () => {
    expect(limitText({ limit_working_days: 5, limit_hours: null })).toBe("5 个工作日");
    expect(limitText({ limit_working_days: null, limit_hours: 2 })).toBe("2 小时");
    expect(limitText({ limit_working_days: null, limit_hours: null })).toBe("不限");
  });
  it("dates its period in Beijing days", () => {
    // 16:00 UTC on Dec 31 is already Jan 1 in Beijing
    expect(periodText({ valid_from: "2026-12-31T16:00:00Z", valid_to: null })).toBe("2027-01-01 起");
    expect(periodText({ valid_from: "2026-01-01T00:00:00+08:00", valid_to: "2027-01-01T00:00:00+08:00" }))
      .toBe("2026-01-01 至 2027-01-01");
  });
});

describe("a notice's days as an office pastes them", () => {
  it("reads days and runs of days in either way of writing", () => {
    const read = readDays("2027年10月1日至2027年10月7日\n2027-01-01\n\n2027/02/10 ~ 2027/02/12", 2027);
    expect(read.problems).toEqual([]);
    expect(read.days).toEqual(["2027-01-01", "2027-02-10", "2027-02-11", "2027-02-12",
      "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"]);
  });
  it("names each line it cannot read, and guesses nothing", () => {
    const read = readDays("国庆节\n2027-02-30\n2027-10-07至2027-10-01\n2026-12-31\n2027-05-01", 2027);
    expect(read.days).toEqual(["2027-05-01"]);
    expect(read.problems).toEqual([
      "第 1 行「国庆节」不是有效日期", "第 2 行「2027-02-30」不是有效日期",
      "第 3 行「2027-10-07至2027-10-01」结束早于开始", "第 4 行「2026-12-31」不在 2027 年"]);
  });
  it("marks days off and make-up working days", () => {
    const year = { days_off: ["2027-10-01"], working_days: ["2027-09-26"] };
    expect([mark("2027-10-01", year), mark("2027-09-26", year), mark("2027-09-27", year)]).toEqual(["休", "班", ""]);
  });
});

describe("a month of the calendar", () => {
  it("starts on Monday and marks the notice's days", async () => {
    const { month } = await import("../catalogue/rules");
    // 2027-10-01 is a Friday: four blanks (Mon-Thu) before it
    const cells = month(2027, 10, { days_off: ["2027-10-01"], working_days: ["2027-10-09"] });
    expect(cells.slice(0, 4)).toEqual([null, null, null, null]);
    expect(cells[4]).toEqual({ day: "2027-10-01", date: 1, mark: "休", weekend: false });
    expect(cells.filter(Boolean)).toHaveLength(31);
    expect(cells.find((c) => c?.day === "2027-10-09")).toMatchObject({ mark: "班", weekend: true });
  });
});
