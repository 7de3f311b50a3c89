// The desk's calls to the services, through the generated clients: each workflow step by its own
// typed path, and a refusal (409/422 problem+json) thrown as the Chinese words it carries.
import { registry, tickets } from "../api/clients";
import { problemText } from "../domain/words";
import type { components } from "../api/generated/tickets";

type S = components["schemas"];

export class Refused extends Error {}

function unwrap<T>(r: { data?: T; error?: unknown }): T {
  if (r.error !== undefined || r.data === undefined) throw new Refused(problemText(r.error));
  return r.data;
}

/** One workflow step on one ticket; `body` is what model.body() made of the dialog. */
export async function take(action: string, id: string, body: Record<string, unknown>) {
  const at = { params: { path: { ticket_id: id } } };
  switch (action) {
    case "accept": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/accept", { ...at, body: body as S["Note"] }));
    case "dispatch": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/dispatch", { ...at, body: body as S["Dispatch"] }));
    case "reject": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/reject", { ...at, body: body as S["ReasonGiven"] }));
    case "bounce": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/bounce", { ...at, body: body as S["ReasonGiven"] }));
    case "escalate": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/escalate", { ...at, body: body as S["Escalate"] }));
    case "merge": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/merge", { ...at, body: body as S["Merge"] }));
    case "resolve": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/resolve", { ...at, body: body as S["Resolve"] }));
    case "publish": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/publish", { ...at, body: body as S["Publish"] }));
    case "follow_up": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/follow-up", { ...at, body: body as S["FollowUp"] }));
    case "close": return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/close", { ...at, body: body as S["Note"] }));
    default: throw new Refused("该操作暂不支持");
  }
}

export async function file(id: string) {
  return unwrap(await tickets.GET("/v1/tickets/{ticket_id}", { params: { path: { ticket_id: id } } }));
}

/** The reporter's contact in full: the API logs each such read by staff. */
export async function reporterInFull(id: string) {
  return unwrap(await tickets.GET("/v1/tickets/{ticket_id}/reporter", { params: { path: { ticket_id: id } } }));
}

export async function noticeDraft(id: string) {
  return unwrap(await tickets.GET("/v1/tickets/{ticket_id}/notice", { params: { path: { ticket_id: id } } }));
}

export async function approveNotice(id: string, title: string, response: string) {
  return unwrap(await tickets.POST("/v1/tickets/{ticket_id}/notice/approve", {
    params: { path: { ticket_id: id } }, body: { title, response } }));
}

export async function decideExtension(id: string, extensionId: string, approve: boolean, words: string) {
  const params = { path: { ticket_id: id, extension_id: extensionId } };
  return approve
    ? unwrap(await tickets.POST("/v1/tickets/{ticket_id}/extensions/{extension_id}/approve", {
      params, body: { note: words || null } }))
    : unwrap(await tickets.POST("/v1/tickets/{ticket_id}/extensions/{extension_id}/refuse", {
      params, body: { reason: words } }));
}

export async function categories() {
  return unwrap(await tickets.GET("/v1/categories"));
}

/** 答复模板: the street's response texts for a category. */
export async function replyTemplates(category: string) {
  return unwrap(await tickets.GET("/v1/reply-templates", { params: { query: { category } } }));
}

/** The grids of the person's scope (the registry answers only with those). */
export async function grids() {
  return unwrap(await registry.GET("/v1/grids", { params: { query: { limit: 200 } } })).items;
}

/** Who can take it in a grid: its grid workers. */
export async function workersOf(gridId: string) {
  return unwrap(await registry.GET("/v1/people", {
    params: { query: { grid_id: gridId, role: "grid_worker", limit: 100 } } })).items;
}

/** The street office above the person's organisation (itself for a street), or null when the
 * registry does not show it: the street keeps the catalogue rows and the reply templates. */
export async function streetOf(orgId: string | null | undefined): Promise<string | null> {
  let id = orgId ?? null;
  for (let hop = 0; id && hop < 4; hop += 1) {
    const { data } = await registry.GET("/v1/orgs/{org_id}", { params: { path: { org_id: id } } });
    if (!data) return null;
    if (data.kind === "street") return data.id;
    if (data.parent_id && hop === 0 && data.kind === "community") return data.parent_id;
    id = data.parent_id;
  }
  return null;
}
