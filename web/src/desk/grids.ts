// 网格管理 at the desk: the organisation tree built from the registry's flat list, which grids
// touch along a border (only those are offered a merge), the merged grid's outline (the two
// areas joined along their shared border), and colours a person tells apart on the map.
import type { components } from "../api/generated/registry";

export type Grid = components["schemas"]["Grid"];
export type Org = components["schemas"]["Org"];
/** A point as the registry stores it: [lng, lat] (GeoJSON's order), WGS-84. */
export type Point = [number, number];

/** The matters a grid still holds (tickets' HELD: 受理前到办理中), the ones a merge re-homes. */
export const HELD = ["received", "accepted", "dispatched", "signed", "in_progress", "bounced"];

export interface OrgNode { id: string; label: string; path: string; children: OrgNode[] }

/** The flat list (tree order, as GET /v1/orgs gives it) as el-tree's nested nodes; an org whose
 *  parent is outside my scope is a root. */
export function orgTree(orgs: Pick<Org, "id" | "parent_id" | "name" | "path">[]): OrgNode[] {
  const nodes = new Map(orgs.map((o) => [o.id, { id: o.id, label: o.name, path: o.path, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const o of orgs) {
    const parent = o.parent_id ? nodes.get(o.parent_id) : undefined;
    (parent ? parent.children : roots).push(nodes.get(o.id) as OrgNode);
  }
  return roots;
}

/** The grids under an organisation (paths are "/a/b/": its subtree is its prefix); none: all. */
export function gridsUnder<G extends Pick<Grid, "org_path">>(grids: G[], path: string | null): G[] {
  return path ? grids.filter((g) => g.org_path.startsWith(path)) : grids;
}

// Distinct hues (Okabe–Ito and Tableau's, darkened enough for a 3 px outline on the light map)
export const PALETTE = ["#c8161d", "#1d4ed8", "#047857", "#7c3aed", "#b45309", "#0e7490",
  "#be185d", "#4d7c0f", "#9a3412", "#334155"];

/** A grid's colour by its place in the list: neighbours in tree order differ. */
export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}

const key = ([x, y]: Point): string => `${x.toFixed(9)},${y.toFixed(9)}`;
const EPS = 1e-12;

/** The ring without a repeated closing point, counter-clockwise. */
function ring(area: number[][]): Point[] {
  const pts = area.map(([x, y]) => [x, y] as Point);
  if (pts.length > 1 && key(pts[0] as Point) === key(pts[pts.length - 1] as Point)) pts.pop();
  let twice = 0;
  pts.forEach(([x1, y1], i) => {
    const [x2, y2] = pts[(i + 1) % pts.length] as Point;
    twice += x1 * y2 - x2 * y1;
  });
  return twice < 0 ? pts.reverse() : pts;
}

/** Where p lies along a→b (0..1, exclusive), if it lies on that segment. */
function along(p: Point, a: Point, b: Point): number | null {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 < EPS) return null;
  const cross = (p[0] - a[0]) * dy - (p[1] - a[1]) * dx;
  if (Math.abs(cross) > 1e-9 * Math.sqrt(len2)) return null;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  return t > 1e-9 && t < 1 - 1e-9 ? t : null;
}

/** The ring with the other ring's corners that lie on its edges added (a border shared in part). */
function withCorners(pts: Point[], other: Point[]): Point[] {
  const out: Point[] = [];
  pts.forEach((a, i) => {
    const b = pts[(i + 1) % pts.length] as Point;
    out.push(a);
    const on = other.map((p) => ({ p, t: along(p, a, b) })).filter((x) => x.t !== null);
    on.sort((x, y) => (x.t as number) - (y.t as number));
    out.push(...on.map((x) => x.p));
  });
  return out;
}

/** Drop corners that sit on a straight line between their neighbours. */
function simplify(pts: Point[]): Point[] {
  return pts.filter((p, i) => {
    const a = pts[(i - 1 + pts.length) % pts.length] as Point, b = pts[(i + 1) % pts.length] as Point;
    return along(p, a, b) === null;
  });
}

/** Two grids' areas joined along their shared border, as the registry takes an area ([lng, lat]
 *  points); null when they share no stretch of border (touching at a corner, apart, or
 *  overlapping: not a merge this page draws). */
export function joined(first: number[][] | null | undefined, second: number[][] | null | undefined): Point[] | null {
  if (!first || !second || first.length < 3 || second.length < 3) return null;
  const a0 = ring(first), b0 = ring(second);
  const a = withCorners(a0, b0), b = withCorners(b0, a0);
  const edges = new Map<string, [Point, Point]>(); // directed, "from>to"
  const add = (pts: Point[]) => pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length] as Point;
    edges.set(`${key(p)}>${key(q)}`, [p, q]);
  });
  add(a);
  let shared = 0;
  b.forEach((p, i) => {
    const q = b[(i + 1) % b.length] as Point;
    const back = `${key(q)}>${key(p)}`; // both counter-clockwise: a shared edge runs backwards
    if (edges.delete(back)) shared += 1;
    else edges.set(`${key(p)}>${key(q)}`, [p, q]);
  });
  if (!shared) return null;
  return walk([...edges.values()]);
}

/** The remaining edges as one closed ring, or null (a hole, a pinch, or two pieces). */
function walk(edges: [Point, Point][]): Point[] | null {
  const from = new Map<string, [Point, Point]>();
  for (const e of edges) {
    if (from.has(key(e[0]))) return null;
    from.set(key(e[0]), e);
  }
  const start = edges[0];
  if (!start) return null;
  const out: Point[] = [];
  let e: [Point, Point] | undefined = start;
  while (e && out.length <= edges.length) {
    out.push(e[0]);
    e = from.get(key(e[1]));
    if (e === start) break;
  }
  if (e !== start || out.length !== edges.length) return null;
  return simplify(out);
}

/** The middle of an area's corners ([lat, lng]), for the merged grid's centre. */
export function centre(area: Point[]): { lat: number; lng: number } {
  const n = area.length || 1;
  return { lng: area.reduce((s, p) => s + p[0], 0) / n, lat: area.reduce((s, p) => s + p[1], 0) / n };
}

/** What the dialog suggests for the merged grid: the first grid's name and code, marked. */
export function suggestion(grids: Pick<Grid, "name" | "code">[]): { name: string; code: string } {
  const first = grids[0];
  if (!first) return { name: "", code: "" };
  return { name: `${first.name}（合并）`, code: `${first.code}-M` };
}

/** How a grid is cut in two: by a north–south line (west and east parts) or an east–west one. */
export type Cut = "west_east" | "north_south";

/** The parts of an area on each side of a straight cut at `share` (0..1) of its extent, west or
 *  south part first (a half-plane clip of each side: a grid's outline is simple enough); null
 *  when a side would be empty. */
export function cut(area: number[][] | null | undefined, how: Cut, share: number): [Point[], Point[]] | null {
  if (!area || area.length < 3) return null;
  const pts = ring(area);
  const axis = how === "west_east" ? 0 : 1;
  const values = pts.map((p) => p[axis]);
  const low = Math.min(...values), high = Math.max(...values);
  const at = low + (high - low) * Math.min(Math.max(share, 0.05), 0.95);
  const first = clip(pts, axis, at, true), second = clip(pts, axis, at, false);
  return first.length >= 3 && second.length >= 3 ? [first, second] : null;
}

/** The part of a ring on one side of the line (coordinate `axis` = at), its corners rounded to
 *  the registry's precision so that the two parts share the cut exactly. */
function clip(pts: Point[], axis: 0 | 1, at: number, below: boolean): Point[] {
  const inside = (p: Point) => (below ? p[axis] <= at : p[axis] >= at);
  const out: Point[] = [];
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length] as Point;
    if (inside(p)) out.push(p);
    if (inside(p) !== inside(q) && p[axis] !== at && q[axis] !== at) {
      const t = (at - p[axis]) / (q[axis] - p[axis]);
      const x = p[0] + (q[0] - p[0]) * t, y = p[1] + (q[1] - p[1]) * t;
      out.push(axis === 0 ? [at, y] : [x, at]);
    }
  });
  return out.map(([x, y]) => [Number(x.toFixed(7)), Number(y.toFixed(7))] as Point);
}

/** What the dialog suggests for the two parts of a cut grid. */
export function partNames(grid: Pick<Grid, "name" | "code">, how: Cut): { name: string; code: string }[] {
  const sides = how === "west_east" ? [["西", "W"], ["东", "E"]] : [["南", "S"], ["北", "N"]];
  return sides.map(([word, letter]) => ({ name: `${grid.name}（${word}）`, code: `${grid.code}-${letter}` }));
}
