// One typed client per service, each under the one origin's /api/<service> prefix. The types are
// generated from the services' OpenAPI documents (scripts/clients.mjs); a request or an answer
// that does not match a document does not compile.
import createClient, { type Client } from "openapi-fetch";
import type { paths as ListsPaths } from "./generated/lists";
import type { paths as MatchingPaths } from "./generated/matching";
import type { paths as NotificationsPaths } from "./generated/notifications";
import type { paths as RegistryPaths } from "./generated/registry";
import type { paths as TicketsPaths } from "./generated/tickets";

export const registry: Client<RegistryPaths> = createClient<RegistryPaths>({ baseUrl: "/api/registry" });
export const tickets: Client<TicketsPaths> = createClient<TicketsPaths>({ baseUrl: "/api/tickets" });
export const matching: Client<MatchingPaths> = createClient<MatchingPaths>({ baseUrl: "/api/matching" });
export const lists: Client<ListsPaths> = createClient<ListsPaths>({ baseUrl: "/api/lists" });
export const notifications: Client<NotificationsPaths> = createClient<NotificationsPaths>({
  baseUrl: "/api/notifications",
});
