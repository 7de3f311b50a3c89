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

/** A service's figures as its API answers them: counts, rates (0..1) and minutes by name. */
export type Counted = Record<string, number | null | undefined>;
export interface Figure { key: string; name: string; unit: "件" | "个" | "次" | "项" | "家" | "%" | "分钟" | "小时" | "分"; definition: string }

/** 五单制 (docs/matching.md, Figures), for orders placed in the period. */
export const ORDER_FIGURES: Figure[] = [
  { key: "placed", name: "居民点单", unit: "件", definition: "期内居民下单的服务订单" },
  { key: "handed_over", name: "社区交单", unit: "件", definition: "其中经社区审核交给支部的" },
  { key: "acceptance_rate", name: "接单率", unit: "%", definition: "接单数 ÷ 派单数" },
  { key: "median_minutes_to_accept", name: "接单用时（中位）", unit: "分钟", definition: "从点单到接单，已接单订单的中位数" },
  { key: "completion_rate", name: "完成率", unit: "%", definition: "完成服务数 ÷ 接单数" },
  { key: "satisfaction_rate", name: "满意率", unit: "%", definition: "评 4 星及以上 ÷ 已评单数" },
  { key: "escalated", name: "无人接单上报", unit: "件", definition: "超时无人接单而上报社区的" },
  { key: "hours", name: "服务时长", unit: "小时", definition: "登记的服务小时合计" },
];

/** 三张清单 (docs/lists.md, Figures), over the period. */
export const LIST_FIGURES: Figure[] = [
  { key: "needs_published", name: "需求发布", unit: "项", definition: "期内发布的需求清单项" },
  { key: "needs_claimed", name: "需求认领", unit: "项", definition: "期内有单位认领（未撤回、未退回）的需求" },
  { key: "needs_met", name: "需求办结", unit: "项", definition: "期内满足的需求" },
  { key: "resources_offered", name: "资源提供", unit: "项", definition: "期内单位提供的资源" },
  { key: "projects_running", name: "在办项目", unit: "个", definition: "期内任一时间在实施的项目" },
  { key: "joint_activities", name: "共建活动", unit: "次", definition: "至少一家共建单位参与的活动" },
  { key: "resolutions_done", name: "联席会议解决问题", unit: "件", definition: "期内办结的联席会议议定事项" },
  { key: "units_engaged", name: "参与共建单位", unit: "家", definition: "期内提供、认领、参加活动或会议的单位" },
];

/** A figure's value in words: "12 件", "87.5%"; "—" for a rate or a time with nothing to count
 * it over (or before the answer came); a count the answer leaves out (no orders) is 0. */
export function figureText(values: Counted | null, f: Figure): string {
  const v = values?.[f.key] ?? (values && f.unit !== "%" && f.unit !== "分钟" ? 0 : null);
  if (v === null || v === undefined) return "—";
  if (f.unit === "%") return `${(v * 100).toFixed(1)}%`;
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${f.unit}`;
}
