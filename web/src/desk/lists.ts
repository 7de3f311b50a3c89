// 三张清单 at the desk: each status in the words the lists service answers with (its domain's
// NEED_NAMES and CLAIM_NAMES), the claim steps this person may take (its _may_step and CLAIM_STEPS,
// mirrored), and what a co-building unit sees of the console.
import type { components } from "../api/generated/lists";
import { STAFF_ROLES, holdsAny } from "../domain/words";

type S = components["schemas"];
export type Need = S["Need"];
export type Claim = S["Claim"];
export type Resource = S["Resource"];
export type Project = S["Project"];
export type Meeting = S["Meeting"];
export type Resolution = S["Resolution"];

export const NEED_STEP: Record<string, string> = {
  open: "正在认领", claimed: "已认领满", met: "已满足", closed: "已关闭",
};
export const CLAIM_STEP: Record<string, string> = {
  made: "待社区确认", confirmed: "已确认", declined: "已婉拒", withdrawn: "已撤回", fulfilled: "已兑现",
};
export const RESOURCE_KIND: Record<string, string> = {
  venue: "场地", funds: "资金", expertise: "专业技能", equipment: "设备物资",
  volunteer_time: "志愿服务时间", other: "其他",
};
export const RESOURCE_STEP: Record<string, string> = { offered: "提供中", withdrawn: "已撤回" };
export const PROJECT_STEP: Record<string, string> = {
  planned: "筹备中", active: "进行中", completed: "已完成", cancelled: "已取消",
};

/** The status filters of each list, in the order a need or a project goes through them. */
export const NEED_FILTER = ["open", "claimed", "met", "closed"];
export const CLAIM_FILTER = ["made", "confirmed", "fulfilled", "declined", "withdrawn"];
export const PROJECT_FILTER = ["planned", "active", "completed", "cancelled"];
export const RESOURCE_FILTER = ["offered", "withdrawn"];

/** A step on a claim, and how the desk says it. */
export type ClaimAction = "confirm" | "decline" | "fulfil" | "withdraw";
export const CLAIM_ACTION: Record<ClaimAction, string> = {
  confirm: "确认", decline: "婉拒", fulfil: "登记兑现", withdraw: "撤回",
};

// community or street admins and the system run a community's lists (docs/lists.md, MANAGERS)
const MANAGERS = ["community_admin", "street_admin", "system"];
const FROM: Record<ClaimAction, string[]> = {
  confirm: ["made"], decline: ["made"], fulfil: ["confirmed"], withdraw: ["made", "confirmed"],
};

export function manages(roles: readonly string[] | undefined): boolean {
  return holdsAny(roles, MANAGERS);
}

/** A co-building unit's liaison with no office role: the console shows them 三张清单 only. */
export function unitOnly(roles: readonly string[] | undefined): boolean {
  return holdsAny(roles, ["unit"]) && !holdsAny(roles, STAFF_ROLES);
}

/** The buttons of a claim: the community confirms, declines and records it fulfilled; the unit
 *  that made it (and the community) may withdraw it while it holds. */
export function claimActions(status: string, roles: readonly string[] | undefined,
  ownUnit = false): ClaimAction[] {
  const staff = manages(roles);
  return (Object.keys(FROM) as ClaimAction[]).filter((a) => FROM[a].includes(status)
    && (staff || (a === "withdraw" && ownUnit && holdsAny(roles, ["unit"]))));
}

// a project is run by the admins and the branch secretaries of its owner's subtree
const PROJECT_RUNNERS = [...MANAGERS, "branch_secretary"];
export type ProjectAction = "start" | "complete" | "cancel";
export const PROJECT_ACTION: Record<ProjectAction, string> = { start: "启动", complete: "完成", cancel: "取消项目" };
const PROJECT_FROM: Record<ProjectAction, string[]> = {
  start: ["planned"], complete: ["active"], cancel: ["planned", "active"],
};

export function runsProjects(roles: readonly string[] | undefined): boolean {
  return holdsAny(roles, PROJECT_RUNNERS);
}

/** The steps of a project for this person (the API answers 404 outside their owner's subtree). */
export function projectActions(status: string, roles: readonly string[] | undefined): ProjectAction[] {
  if (!runsProjects(roles)) return [];
  return (Object.keys(PROJECT_FROM) as ProjectAction[]).filter((a) => PROJECT_FROM[a].includes(status));
}

/** Milestones are added and marked done while the project is planned or active. */
export function milestonesOpen(status: string, roles: readonly string[] | undefined): boolean {
  return runsProjects(roles) && ["planned", "active"].includes(status);
}

export const RESOLUTION_STEP: Record<string, string> = {
  open: "尚未落实", following: "正在落实", done: "已办结", dropped: "已中止",
};
export const FOLLOW_KIND: Record<string, string> = {
  need: "转为需求", project: "转为项目", ticket: "随工单办理", work_item: "交办事项",
};
export const ATTENDEE_KIND: Record<string, string> = {
  community: "社区党组织", grid_branch: "网格党支部", unit: "共建单位", owners_committee: "业委会",
  property_company: "物业公司", resident_representatives: "居民代表", department: "职能部门", other: "其他",
};
export type ResolutionAction = "follow" | "done" | "drop";
export const RESOLUTION_ACTION: Record<ResolutionAction, string> = { follow: "交办跟进", done: "办结", drop: "中止" };

/** A joint meeting's resolution, followed until done: the community follows an open (or
 *  dropped) one as a work item given to a unit, marks a work item done or drops it; the unit it
 *  was given to marks it done too. Needs, projects and tickets finish it by themselves. */
export function resolutionActions(r: Pick<Resolution, "status" | "follow_kind">,
  roles: readonly string[] | undefined, givenToMe = false): ResolutionAction[] {
  const staff = manages(roles);
  const found: ResolutionAction[] = [];
  if (staff && ["open", "dropped"].includes(r.status)) found.push("follow");
  if (r.status === "following" && r.follow_kind === "work_item" && (staff || givenToMe)) found.push("done");
  if (staff && ["open", "following"].includes(r.status)) found.push("drop");
  return found;
}

/** What is left of a need to claim. */
export function remaining(n: Pick<Need, "quantity" | "claimed">): number {
  return Math.max(0, n.quantity - n.claimed);
}

/** A unit may claim an open need with something left (one live claim each, the API checks). */
export function claimable(n: Pick<Need, "status" | "quantity" | "claimed">,
  roles: readonly string[] | undefined): boolean {
  return holdsAny(roles, ["unit"]) && n.status === "open" && remaining(n) > 0;
}

/** "已认领 4 / 10 人次，已兑现 0". */
export function progressText(n: Pick<Need, "quantity" | "claimed" | "fulfilled" | "unit_of_measure">): string {
  return `已认领 ${n.claimed} / ${n.quantity} ${n.unit_of_measure}，已兑现 ${n.fulfilled}`;
}

/** A resource's amount: "20 人次（已用 5）", or "不限量" for what is not counted. */
export function amountText(r: Pick<Resource, "quantity" | "unit_of_measure" | "used">): string {
  if (r.quantity == null) return "不限量";
  return `${r.quantity} ${r.unit_of_measure ?? ""}（已用 ${r.used}）`;
}

/** A project's milestones done, as "2 / 3". */
export function milestonesText(p: Pick<Project, "milestones">): string {
  return `${p.milestones.filter((m) => m.done_on).length} / ${p.milestones.length}`;
}

export function tagType(status: string): "success" | "warning" | "info" | "danger" | "primary" {
  if (["met", "confirmed", "fulfilled", "completed", "offered", "active"].includes(status)) return "success";
  if (["declined", "cancelled"].includes(status)) return "danger";
  return ["open", "made", "planned", "claimed"].includes(status) ? "warning" : "info";
}
