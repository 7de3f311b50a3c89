import { describe, expect, it } from "vitest";
import { MEMBER_CATEGORY, PERSON_ROLES, memberText, reporterOf } from "../rosters";

describe("the registry's rosters in the office's words", () => {
  it("every role and member category has Chinese words", () => {
    expect(PERSON_ROLES.grid_worker).toBe("网格员");
    expect(Object.keys(MEMBER_CATEGORY)).toEqual(["in_service", "resident", "laid_off", "retired", "floating"]);
  });
  it("a member's category with the branch; not a member: a dash", () => {
    expect(memberText({ category: "retired", branch_name: "育红第一网格党支部" })).toBe("离退休党员（接管） · 育红第一网格党支部");
    expect(memberText(null)).toBe("—");
  });
  it("双报到 by a member or by a unit", () => {
    expect(reporterOf({ person_name: "张建国", kind: "member" })).toBe("张建国（党员）");
    expect(reporterOf({ unit_name: "大中派出所", kind: "unit" })).toBe("大中派出所（单位）");
  });
});
