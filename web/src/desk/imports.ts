// 批量导入 (issue 24): the kinds an office imports, and what a dry run's (预检) report says. The
// page and its test share these; the rules themselves are the registry's (POST /v1/imports/{kind}).
import type { components } from "../api/generated/registry";

export type ImportKind = components["schemas"]["ImportKind"];
export type ImportReport = components["schemas"]["ImportReport"];
export type ImportProblem = ImportReport["problems"][number];

interface Kind { kind: ImportKind; label: string; count: (n: number) => string }
const PEOPLE: Kind = { kind: "people", label: "人员", count: (n) => `${n} 人` };
export const KINDS: Kind[] = [PEOPLE, { kind: "units", label: "共建单位", count: (n) => `${n} 家共建单位` },
  { kind: "grids", label: "网格", count: (n) => `${n} 个网格` }];
/** Who may import: the community and street offices (the registry's ADMINS). */
export const IMPORT_ROLES = ["community_admin", "street_admin", "system"];

export function kindOf(kind: ImportKind): Kind {
  return KINDS.find((k) => k.kind === kind) ?? PEOPLE;
}

/** The report in one sentence: rows read, how many pass, how many have problems, what was written. */
export function summary(report: ImportReport): string {
  const bad = new Set(report.problems.map((p) => p.row)).size;
  if (!report.dry_run && report.written) return `已导入 ${kindOf(report.kind as ImportKind).count(report.written)}`;
  const head = `共读取 ${report.rows} 行，${report.accepted} 行可以导入`;
  if (bad) return `${head}，${bad} 行有问题：请修改后重新上传，预检通过才能导入（未写入任何数据）`;
  return report.dry_run ? `${head}，没有发现问题，可以导入` : `${head}，未写入`;
}

/** 导入 only after a clean dry run of this very file and kind. */
export function mayImport(report: ImportReport | null, kind: ImportKind): boolean {
  return !!report && report.dry_run && report.kind === kind && report.rows > 0
    && report.problems.length === 0;
}

/** A problem's column, or 整行 when the check was the row's as a whole (its scope, a catalogue). */
export function columnText(p: ImportProblem): string {
  return p.column || "整行";
}
