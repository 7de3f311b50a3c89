// 服务订单 (五单制) at the desk: each step as the office says it, which of the steps the matching
// API offers this person (an order's allowed_actions) the desk has a dialog for, and whether an
// offer has waited past its answer time.
import type { components } from "../api/generated/matching";

export type Order = components["schemas"]["OrderPublic"];
export type Candidate = components["schemas"]["Candidate"];

/** Each status as the server says it of an order (domain/orders.py STATUS_NAMES). */
export const ORDER_STEP: Record<string, string> = {
  placed: "待社区审核", handed_over: "已交单、待派单", declined: "已被社区婉拒",
  dispatched: "已派单、待接单", accepted: "已接单", in_progress: "正在服务",
  completed: "已完成服务", rated: "已评价", cancelled: "已取消",
  escalated: "无人接单、已上报", expired: "已过期",
};

/** The filter by step, in the 五单制's order: 居民点单 → 社区交单 → 支部下单 → 党员接单 → 民意评单. */
export const STEP_FILTER: { status: string; label: string }[] = [
  { status: "placed", label: "待交单" }, { status: "handed_over", label: "待派单" },
  { status: "dispatched", label: "待接单" }, { status: "escalated", label: "已上报" },
  { status: "accepted", label: "已接单" }, { status: "in_progress", label: "服务中" },
  { status: "completed", label: "待评单" }, { status: "rated", label: "已评单" },
];

export const URGENCY: Record<string, string> = { low: "不急", normal: "一般", high: "较急", urgent: "紧急" };

/** A desk action on an order, and the API's step it takes. */
export type OrderAction = "hand_over" | "decline" | "dispatch" | "reassign" | "cancel";

export const ACTION_LABEL: Record<OrderAction, string> = {
  hand_over: "交单", decline: "婉拒", dispatch: "派单", reassign: "改派", cancel: "取消订单",
};

const DESK_ACTIONS: OrderAction[] = ["hand_over", "decline", "dispatch", "reassign", "cancel"];

/** Steps that need a reason the person writes (婉拒, 改派, 取消), and those that rank candidates. */
export const NEEDS_REASON: readonly OrderAction[] = ["decline", "reassign", "cancel"];
export const RANKS: readonly OrderAction[] = ["dispatch", "reassign"];

/** The buttons of an order: the steps the API offers this person that the desk has a dialog for;
 * a list's row offers only the 五单制's forward steps (改派 and 取消 are on the order's page). */
export function actionsFor(order: Pick<Order, "allowed_actions">, everything = false): OrderAction[] {
  return DESK_ACTIONS.filter((a) => order.allowed_actions?.includes(a)
    && (everything || !["reassign", "cancel"].includes(a)));
}

/** Steps that end or refuse something: their buttons are red. */
export const refusing = (a: OrderAction): boolean => a === "decline" || a === "cancel";

/** An offer past its answer time that nobody took (the sweep re-offers or escalates it soon). */
export function overdue(o: Pick<Order, "status" | "offer_expires_at">, now = new Date()): boolean {
  return o.status === "dispatched" && !!o.offer_expires_at && new Date(o.offer_expires_at) < now;
}

/** A Beijing time the API gives (…_local, 2026-12-12T09:00:00+08:00) in words: "12月12日 09:00". */
export function localText(local: string | null | undefined): string {
  if (!local) return "";
  return `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日 ${local.slice(11, 16)}`;
}

/** A service window in Beijing words: "12月12日 09:00–11:00". */
export function windowText(o: Pick<Order, "window_start_local" | "window_end_local">): string {
  const start = o.window_start_local, end = o.window_end_local;
  return start && end ? `${localText(start)}–${end.slice(11, 16)}` : "未约定";
}

/** A candidate's score (0..1, the weighted parts) as 匹配度 in percent. */
export function scoreText(score: number): string {
  return `匹配度 ${Math.round(score * 100)}%`;
}

/** An order's step as a tag's colour: done green, refused or escalated red, waiting amber. */
export function tagType(status: string): "success" | "warning" | "info" | "danger" | "primary" {
  if (["completed", "rated", "accepted", "in_progress"].includes(status)) return "success";
  if (["escalated", "declined"].includes(status)) return "danger";
  return ["placed", "handed_over", "dispatched"].includes(status) ? "warning" : "info";
}

/** What happened to an order, as its timeline says it (matching domain/orders.py STEP_NAMES). */
export const STEP_VERB: Record<string, string> = {
  placed: "居民点单", handed_over: "社区交单", declined_by_community: "社区婉拒", dispatched: "支部派单",
  accepted: "接单", refused: "拒单", started: "开始服务", completed: "完成服务", rated: "民意评单",
  cancelled: "取消", expired: "过期", escalated: "无人接单、上报", reassigned: "改派", rehomed: "网格调整",
};
