import { describe, expect, it } from "vitest";
import { columnText, mayImport, summary, type ImportReport } from "../imports";

const report = (over: Partial<ImportReport>): ImportReport => ({
  kind: "people", dry_run: true, rows: 3, accepted: 2, written: 0, problems: [], ...over });

describe("批量导入", () => {
  it("says a dry run's problems and writes nothing", () => {
    const r = report({ problems: [{ row: 6, column: "网格", problem: "找不到" },
      { row: 6, column: "电话", problem: "格式不正确" }] });
    expect(summary(r)).toBe("共读取 3 行，2 行可以导入，1 行有问题：请修改后重新上传，预检通过才能导入（未写入任何数据）");
    expect(mayImport(r, "people")).toBe(false);
  });
  it("allows 导入 only after a clean dry run of the same kind", () => {
    const clean = report({ accepted: 3 });
    expect(summary(clean)).toBe("共读取 3 行，3 行可以导入，没有发现问题，可以导入");
    expect(mayImport(clean, "people")).toBe(true);
    expect(mayImport(clean, "units")).toBe(false);
    expect(mayImport(report({ rows: 0, accepted: 0 }), "people")).toBe(false);
    expect(mayImport(null, "people")).toBe(false);
  });
  it("says what a real run wrote", () => {
    expect(summary(report({ dry_run: false, accepted: 3, written: 3 }))).toBe("已导入 3 人");
    expect(summary(report({ kind: "units", dry_run: false, accepted: 1, written: 1 }))).toBe("已导入 1 家共建单位");
    expect(summary(report({ kind: "grids", dry_run: false, accepted: 2, written: 2 }))).toBe("已导入 2 个网格");
    expect(columnText({ row: 4, column: "", problem: "x" })).toBe("整行");
  });
});
