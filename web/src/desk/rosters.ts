// 人员与单位 at the desk: the registry's words for roles, party members' categories (五管合一),
// co-building units' kinds and 双报到, as the office says them.

/** The roles a person holds in a grid or branch (registry domain/people.py RoleKind). */
export const PERSON_ROLES: Record<string, string> = {
  grid_worker: "网格员", grid_head: "网格长", branch_secretary: "支部书记", volunteer: "志愿者",
  resident_representative: "居民代表", information_officer: "民情信息员", mediator: "调解员",
  observer: "市民观察员",
};

/** 五管合一: each category of party member with its management mode. */
export const MEMBER_CATEGORY: Record<string, string> = {
  in_service: "在职党员（双重管）", resident: "居民党员（直管）", laid_off: "下岗党员（重点管）",
  retired: "离退休党员（接管）", floating: "流动党员（参管）",
};

export const UNIT_KIND: Record<string, string> = {
  government: "机关单位", enterprise: "企业", school: "学校", clinic: "医疗机构",
  social_org: "社会组织", property_company: "物业公司", owners_committee: "业主委员会", other: "其他",
};

/** Who reported (双报到): an in-service member or their unit. */
export function reporterOf(r: { person_name?: string | null; unit_name?: string | null; kind: string }): string {
  const who = r.person_name ?? r.unit_name ?? "—";
  return r.kind === "unit" ? `${who}（单位）` : `${who}（党员）`;
}

/** A party member's category in words; not a member: a dash. */
export function memberText(m: { category: string; branch_name?: string | null } | null | undefined): string {
  if (!m) return "—";
  const category = MEMBER_CATEGORY[m.category] ?? m.category;
  return m.branch_name ? `${category} · ${m.branch_name}` : category;
}
