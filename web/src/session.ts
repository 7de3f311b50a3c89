// Logging in: the city's identity provider (OIDC, authorization code + PKCE, oidc-client-ts),
// then its ID token traded at the registry for a Redgrid session token (POST /v1/session),
// which every API client sends. Kept in sessionStorage: gone when the tab closes.
import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { ref } from "vue";
import type { Middleware } from "openapi-fetch";
import { lists, matching, notifications, registry, tickets } from "./api/clients";
import type { components } from "./api/generated/registry";

export type Session = components["schemas"]["Session"];
const KEY = "redgrid.session";

let manager: UserManager | null = null;

async function users(): Promise<UserManager> {
  if (manager) return manager;
  const { data, error } = await registry.GET("/v1/session/config");
  if (error || !data?.issuer) throw new Error("未配置统一身份认证");
  manager = new UserManager({
    authority: data.issuer,
    client_id: data.client_id,
    redirect_uri: `${location.origin}/`,
    post_logout_redirect_uri: `${location.origin}/`,
    scope: data.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}

export function current(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

/** The session as the pages watch it (the tab bar appears once logged in). */
export const signedIn = ref<Session | null>(current());

export async function login(): Promise<void> {
  await (await users()).signinRedirect();
}

/** Back from the provider with ?code=…: finish its login, then open a Redgrid session. */
export async function finishLogin(): Promise<Session | null> {
  const params = new URLSearchParams(location.search);
  if (!params.has("code") || !params.has("state")) return current();
  const user = await (await users()).signinRedirectCallback();
  history.replaceState(null, "", location.pathname);
  const { data, error } = await registry.POST("/v1/session", { body: { id_token: user.id_token ?? "" } });
  if (error || !data) throw new Error((error as { detail?: string } | undefined)?.detail ?? "登录失败");
  sessionStorage.setItem(KEY, JSON.stringify(data));
  signedIn.value = data;
  return data;
}

export async function logout(): Promise<void> {
  sessionStorage.removeItem(KEY);
  signedIn.value = null;
  await (await users()).signoutRedirect();
}

const bearer: Middleware = {
  onRequest({ request }) {
    const session = current();
    if (session) request.headers.set("Authorization", `Bearer ${session.access_token}`);
    return request;
  },
};
for (const client of [registry, tickets, matching, lists, notifications]) client.use(bearer);
