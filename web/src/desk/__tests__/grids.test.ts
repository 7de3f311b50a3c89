import { describe, expect, it } from "vitest";
import { colourOf, cut, gridsUnder, joined, orgTree, partNames, suggestion } from "../grids";

// 育红社区第1网格 as the browser tests draw it, and neighbours around it ([lng, lat])
const FIRST = [[118.79, 32.02], [118.80, 32.02], [118.80, 32.03], [118.79, 32.03]];
const EAST = [[118.80, 32.02], [118.81, 32.02], [118.81, 32.03], [118.80, 32.03]];
const CLOSED_EAST = [...EAST, [118.80, 32.02]];
const NORTH_HALF = [[118.80, 32.025], [118.81, 32.025], [118.81, 32.03], [118.80, 32.03]];
const CORNER = [[118.80, 32.03], [118.81, 32.03], [118.81, 32.04], [118.80, 32.04]];
const FAR = [[118.90, 32.02], [118.91, 32.02], [118.91, 32.03], [118.90, 32.03]];

const sorted = (pts: number[][] | null) => (pts ?? []).map((p) => p.join(",")).sort();

describe("two grids joined along their border", () => {
  it("two squares side by side make one rectangle of four corners", () => {
    expect(sorted(joined(FIRST, EAST))).toEqual(sorted([[118.79, 32.02], [118.81, 32.02], [118.81, 32.03], [118.79, 32.03]]));
  });
  it("either order, either winding, a closed ring or not", () => {
    expect(sorted(joined(EAST, FIRST))).toEqual(sorted(joined(FIRST, EAST)));
    expect(sorted(joined(FIRST, [...CLOSED_EAST].reverse()))).toEqual(sorted(joined(FIRST, EAST)));
  });
  it("a border shared in part keeps the corner where it ends (an L shape of six)", () => {
    const l = joined(FIRST, NORTH_HALF);
    expect(l).toHaveLength(6);
    expect(sorted(l)).toContain("118.8,32.025");
  });
  it("touching at a corner only, or apart: no merge drawn", () => {
    expect(joined(FIRST, CORNER)).toBeNull();
    expect(joined(FIRST, FAR)).toBeNull();
    expect(joined(FIRST, null)).toBeNull();
  });
});

describe("the organisation tree and the grids under a node", () => {
  const orgs = [{ id: "s", parent_id: "top", name: "大中街道党工委", path: "/top/s/" },
    { id: "c", parent_id: "s", name: "育红社区党委", path: "/top/s/c/" },
    { id: "b", parent_id: "c", name: "育红第一网格党支部", path: "/top/s/c/b/" }];
  it("nests by parent; a parent outside my scope makes a root", () => {
    const tree = orgTree(orgs);
    expect(tree.map((n) => n.label)).toEqual(["大中街道党工委"]);
    expect(tree[0]?.children[0]?.children[0]?.label).toBe("育红第一网格党支部");
  });
  it("the grids of a subtree by their org path", () => {
    const grids = [{ org_path: "/top/s/c/b/" }, { org_path: "/top/s/c/" }, { org_path: "/top/x/" }];
    expect(gridsUnder(grids, "/top/s/c/")).toHaveLength(2);
    expect(gridsUnder(grids, null)).toHaveLength(3);
  });
});

describe("colours and the merged grid's suggested name", () => {
  it("neighbours in the list differ", () => {
    expect(colourOf(0)).not.toBe(colourOf(1));
    expect(colourOf(10)).toBe(colourOf(0));
  });
  it("the first grid's name and code, marked as merged", () => {
    expect(suggestion([{ name: "育红社区第1网格", code: "DZ-01-01" }])).toEqual({ name: "育红社区第1网格（合并）", code: "DZ-01-01-M" });
  });
});

describe("a grid cut in two", () => {
  const WHOLE = [[118.79, 32.02], [118.81, 32.02], [118.81, 32.03], [118.79, 32.03]];
  it("a north–south line at half: the west and east squares, sharing the cut", () => {
    const parts = cut(WHOLE, "west_east", 0.5);
    expect(sorted(parts?.[0] ?? null)).toEqual(sorted(FIRST));
    expect(sorted(parts?.[1] ?? null)).toEqual(sorted(EAST));
  });
  it("an east–west line: the south part first", () => {
    const [south, north] = cut(WHOLE, "north_south", 0.5) ?? [[], []];
    expect(Math.max(...south.map((p) => p[1]))).toBeCloseTo(32.025);
    expect(Math.min(...north.map((p) => p[1]))).toBeCloseTo(32.025);
  });
  it("the two parts join back into the whole", () => {
    const [a, b] = cut(WHOLE, "west_east", 0.3) ?? [[], []];
    expect(sorted(joined(a, b))).toEqual(sorted(WHOLE));
  });
  it("names the parts by their side", () => {
    expect(partNames({ name: "育红社区第1网格", code: "DZ-01-01" }, "west_east")).toEqual([
      { name: "育红社区第1网格（西）", code: "DZ-01-01-W" }, { name: "育红社区第1网格（东）", code: "DZ-01-01-E" }]);
  });
});
