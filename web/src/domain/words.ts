// What a person reads: statuses, steps and roles in the words the seeds use, and deadlines as a
// countdown in Beijing time.

export const STATUS: Record<string, string> = {
  received: "已接收", accepted: "已受理", dispatched: "已派单", signed: "已签收",
  in_progress: "办理中", bounced: "已退回", resolved: "已办结", published: "已公示",
  followed_up: "已回访", closed: "已归档", rejected: "不予受理", merged: "已合并",
};

/** The plain-language stage a resident follows (受理、办理、公示、回访). */
export const STAGES = ["受理", "办理", "公示", "回访"] as const;

export function stageOf(status: string): number {
  if (["received", "accepted", "rejected", "merged"].includes(status)) return 0;
  if (["dispatched", "signed", "in_progress", "bounced"].includes(status)) return 1;
  if (["resolved", "published"].includes(status)) return 2;
  return 3;
}

export const STEP: Record<string, string> = {
  receive: "收到诉求", accept: "受理", dispatch: "派单", sign: "签收", start: "开始办理",
  bounce: "退回", escalate: "上报", resolve: "办结", publish: "公示回应", follow_up: "回访评价",
  close: "归档", reject: "不予受理", merge: "合并", reopen: "重新办理", recollect: "再收集",
  note: "备注",
};

export const ROLES: Record<string, string> = {
  resident: "居民", volunteer: "志愿者", party_member: "党员", grid_worker: "网格员",
  branch_secretary: "支部书记", community_admin: "社区管理员", street_admin: "街道管理员",
  unit: "共建单位", system: "系统",
};

/** Who works matters (the grid's queue, the desk) and who runs an office (the desk console). */
export const STAFF_ROLES = ["grid_worker", "branch_secretary", "community_admin", "street_admin", "system"];
export const OFFICE_ROLES = ["branch_secretary", "community_admin", "street_admin", "system"];
/** Those who serve residents' orders (五单制). */
export const SERVING_ROLES = ["party_member", "volunteer"];

export function holdsAny(roles: readonly string[] | undefined, wanted: readonly string[]): boolean {
  return (roles ?? []).some((r) => wanted.includes(r));
}

export const BEIJING = "Asia/Shanghai";

export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: BEIJING, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
}

/** "还剩 2 天 3 小时" / "还剩 45 分钟" / "已超期 5 小时": the time left to a deadline. */
export function countdown(dueIso: string | null | undefined, now: Date = new Date()): string {
  if (!dueIso) return "";
  let minutes = Math.round((new Date(dueIso).getTime() - now.getTime()) / 60000);
  const late = minutes < 0;
  minutes = Math.abs(minutes);
  const days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60);
  const text = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${minutes % 60} 分钟`
    : `${minutes} 分钟`;
  return late ? `已超期 ${text}` : `还剩 ${text}`;
}

/** The queue's order: the nearest deadline first, the ones without one last. */
export function byDeadline<T extends { due_at?: string | null }>(items: T[]): T[] {
  const at = (t: T) => (t.due_at ? new Date(t.due_at).getTime() : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => at(a) - at(b));
}

/** A problem+json answer as a person reads it. */
export function problemText(error: unknown, fallback = "操作失败，请稍后重试"): string {
  const e = error as { detail?: string; title?: string } | undefined;
  return e?.detail || e?.title || fallback;
}

/** 五单制 orders as a volunteer and a resident read them. */
export const ORDER_STATUS: Record<string, string> = {
  placed: "待派单", handed_over: "已转交", declined: "未受理", dispatched: "待接单",
  accepted: "已接单", in_progress: "服务中", completed: "已完成", rated: "已评价",
  cancelled: "已取消", escalated: "已上报", expired: "已过期",
};

/** 三张清单 as a resident reads the board: needs and projects. */
export const NEED_STATUS: Record<string, string> = {
  open: "待认领", claimed: "已认领", met: "已完成", closed: "已关闭",
};
export const PROJECT_STATUS: Record<string, string> = {
  planned: "筹备中", active: "进行中", completed: "已完成", cancelled: "已取消",
};

/** 服务岗位 of the ten kinds from 蕉北街道. */
export const POST_KIND: Record<string, string> = {
  policy_outreach: "政策宣传", poverty_relief: "扶贫助困", legal_aid: "法律咨询援助",
  mediation: "纠纷调解", civility: "文明劝导", health_care: "医疗卫生保健",
  employment_policy: "劳动就业政策宣传", traffic_guidance: "交通疏导", public_order: "治安维护",
  sanitation_greening: "环境卫生与绿化",
};

/** 六上门 (新澜社区): the six kinds of door-to-door visit. */
export const VISIT_KIND: Record<string, string> = {
  policy: "政策宣传讲上门", opinion: "征求意见访上门", problem: "查摆问题找上门",
  dispute: "矛盾纠纷调上门", service: "便民服务送上门", help: "扶弱济困帮上门",
};
