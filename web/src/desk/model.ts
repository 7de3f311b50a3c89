// The desk console's rules that are not pages: which steps it offers and what each asks for,
// the body each step's API takes, deadline states, custody durations and the rates' words.
import type { components } from "../api/generated/tickets";

export type Ticket = components["schemas"]["TicketPublic"];
export type Figures = components["schemas"]["Figures"];

/** 渠道 as the seeds name the six ways in (六途径), plus 12345 and 六上门. */
export const CHANNEL: Record<string, string> = {
  online: "网络平台", letters_visits: "来信来访", hotline: "服务专线", "12345": "12345热线",
  patrol: "网格巡查", window: "一站式窗口", forum: "座谈会", door_visit: "六上门",
};

export const SATISFACTION: Record<string, string> = {
  satisfied: "满意", basically_satisfied: "基本满意", dissatisfied: "不满意", unevaluated: "未评价",
};

export const LEVEL: Record<string, string> = {
  grid: "网格", community: "社区", street: "街道", department: "职能部门",
};

/** A field of a step's dialog: what the API needs, as the office fills it in. */
export type Field =
  | { key: "note" | "reason" | "resolution" | "response" | "comment"; label: string;
      required: boolean; long?: boolean }
  | { key: "grid_id" | "assignee_id" | "into_id" | "satisfaction"; label: string; required: boolean;
      choose: true }
  | { key: "solved" | "public"; label: string; required: boolean; yesNo: true };

export interface StepSpec { label: string; fields: Field[]; danger?: boolean; primary?: boolean }

const note: Field = { key: "note", label: "备注", required: false, long: true };
const reason = (label: string): Field => ({ key: "reason", label, required: true, long: true });

/** The steps the desk offers, in the order its buttons stand; each with its dialog's fields. */
export const STEPS: Record<string, StepSpec> = {
  accept: { label: "受理", fields: [note], primary: true },
  dispatch: { label: "派单", primary: true, fields: [
    { key: "grid_id", label: "派往网格", required: false, choose: true },
    { key: "assignee_id", label: "承办人", required: false, choose: true }, note] },
  reject: { label: "不予受理", danger: true, fields: [reason("不予受理的理由")] },
  bounce: { label: "退单", danger: true, fields: [reason("退单理由")] },
  escalate: { label: "上报", fields: [reason("上报理由")] },
  merge: { label: "并案", fields: [{ key: "into_id", label: "并入工单", required: true, choose: true },
    reason("并案理由")] },
  resolve: { label: "办结", primary: true, fields: [
    { key: "resolution", label: "办理结果", required: true, long: true }] },
  publish: { label: "公示回应", primary: true, fields: [
    { key: "response", label: "答复内容", required: true, long: true },
    { key: "public", label: "对外公示", required: false, yesNo: true }] },
  approve_notice: { label: "审核公示", primary: true, fields: [] },
  follow_up: { label: "回访", primary: true, fields: [
    { key: "solved", label: "是否解决", required: true, yesNo: true },
    { key: "satisfaction", label: "是否满意", required: true, choose: true },
    { key: "comment", label: "回访记录", required: false, long: true }] },
  close: { label: "结案", fields: [note] },
};

/** The buttons of a ticket: the steps it allows this person that the desk has a dialog for. */
export function offered(allowed: readonly string[]): string[] {
  return Object.keys(STEPS).filter((a) => allowed.includes(a));
}

export type Form = Record<string, string | boolean | null | undefined>;

/** A dialog's starting values: 公示 on by default, everything else empty. */
export function blank(action: string): Form {
  const form: Form = {};
  for (const f of STEPS[action]?.fields ?? []) form[f.key] = "yesNo" in f ? f.key === "public" : "";
  if (action === "follow_up") form.solved = null;
  return form;
}

/** What is missing before the step can go: the labels of required fields left empty. */
export function missing(action: string, form: Form): string[] {
  return (STEPS[action]?.fields ?? []).filter((f) => f.required).filter((f) => {
    const v = form[f.key];
    return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  }).map((f) => f.label);
}

/** The request body of a step: empty strings left out (the API's defaults apply). */
export function body(action: string, form: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of STEPS[action]?.fields ?? []) {
    const v = form[f.key];
    if (v === "" || v === undefined) continue;
    out[f.key] = typeof v === "string" ? v.trim() : v;
  }
  return out;
}

export type DeadlineState = NonNullable<Ticket["deadline_state"]> | "none";

/** 期限状态 as the server counts it (working days, the holiday calendar): the queue filters by it. */
export function deadlineState(t: Pick<Ticket, "deadline_state">): DeadlineState {
  return t.deadline_state ?? "none";
}

export const DEADLINE: Record<Exclude<DeadlineState, "none">, string> = {
  overdue: "逾期", due_soon: "即将到期", on_time: "正常",
};

/** How long someone held it: "2 天 3 小时", "5 小时 10 分钟", "12 分钟" (until now if still held). */
export function held(fromIso: string, toIso: string | null, now = new Date()): string {
  const minutes = Math.max(0, Math.round(
    ((toIso ? new Date(toIso) : now).getTime() - new Date(fromIso).getTime()) / 60000));
  const days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} 天 ${hours} 小时`;
  return hours > 0 ? `${hours} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`;
}

/** A rate as an office reports it: one decimal, "—" when nothing was there to count. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

/** The rates of docs/tickets.md, each with its numerator and denominator and its definition. */
export const RATES = [
  { key: "response_rate", name: "响应率", over: ["responded", "to_respond"],
    definition: "首次派单后在签收时限内（一般24小时，紧急1小时）签收的工单数 ÷ 已过签收时限的派单工单数" },
  { key: "resolution_rate", name: "办结率", over: ["resolved", "to_resolve"],
    definition: "已办结的工单数 ÷ 应办结的工单数（已受理、未被驳回或并案）" },
  { key: "solved_rate", name: "解决率", over: ["solved", "asked_solved"],
    definition: "回访中答“已解决”的工单数 ÷ 回访中回答了“是否解决”的工单数" },
  { key: "satisfaction_rate", name: "满意率", over: ["satisfied", "rated"],
    definition: "回访答“满意”或“基本满意”的数 ÷ 回访中回答了“是否满意”的数（并案工单每位反映人各计一次）" },
] as const satisfies readonly { key: keyof Figures; over: readonly (keyof Figures)[]; name: string;
  definition: string }[];
