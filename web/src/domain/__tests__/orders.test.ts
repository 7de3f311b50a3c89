import { describe, expect, it } from "vitest";
import { defaultWindow, windowOf } from "../orders";

describe("居民点单's time window", () => {
  it("reads the picked times as Beijing time", () => {
    expect(windowOf({ day: "2026-12-08", from: "09:00", to: "11:30" })).toEqual({
      window_start: "2026-12-08T01:00:00.000Z", window_end: "2026-12-08T03:30:00.000Z" });
  });

  it("runs an end before the start into the next day", () => {
    expect(windowOf({ day: "2026-12-08", from: "22:00", to: "01:00" })).toEqual({
      window_start: "2026-12-08T14:00:00.000Z", window_end: "2026-12-08T17:00:00.000Z" });
  });

  it("says what is missing or too long, in Chinese", () => {
    expect(windowOf({ day: "", from: "09:00", to: "10:00" })).toBe("请选择服务日期");
    expect(windowOf({ day: "2026-12-08", from: "", to: "10:00" })).toBe("请选择服务时段");
    expect(windowOf({ day: "2026-12-08", from: "06:00", to: "20:00" })).toBe("服务时段不超过 12 小时");
  });

  it("offers the next full hour, for two hours, in Beijing time", () => {
    expect(defaultWindow(new Date("2026-12-07T19:10:00Z"))).toEqual(
      { day: "2026-12-08", from: "04:00", to: "06:00" });
    expect(defaultWindow(new Date("2026-12-07T15:00:00Z"))).toEqual( // on the hour: the next one
      { day: "2026-12-08", from: "00:00", to: "02:00" });
  });
});
