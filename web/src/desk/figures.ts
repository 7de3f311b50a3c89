// The figures page's chart: counts per group as ECharts bars (an option object, no I/O).
import type { Figures } from "./model";

export type GroupBy = "grid" | "community" | "street" | "month";
export const GROUPS: Record<GroupBy, string> = { grid: "网格", community: "社区", street: "街道", month: "月份" };

const SERIES = [
  { key: "received", name: "收到", color: "#c8161d" },
  { key: "resolved", name: "办结", color: "#16a34a" },
  { key: "overdue", name: "超期", color: "#d97706" },
] as const;

/** Bars of received, resolved and overdue per group (its name, else its key). */
export function bars(groups: Figures[]) {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: SERIES.map((s) => s.name) },
    grid: { left: 40, right: 20, top: 48, bottom: 32 },
    xAxis: { type: "category", data: groups.map((g) => g.group_name ?? g.group ?? "未归属") },
    yAxis: { type: "value", minInterval: 1 },
    series: SERIES.map((s) => ({ name: s.name, type: "bar", itemStyle: { color: s.color },
      label: { show: true, position: "top" }, data: groups.map((g) => g[s.key]) })),
  };
}
