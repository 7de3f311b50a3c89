// Reports made with no signal (a grid worker on patrol in a basement): kept in localStorage,
// each with its own key, and sent once the phone is back online.
//
// The tickets API takes no Idempotency-Key and no client id, so a retry is made safe here: an
// item is marked `tried` before it is posted, and a tried item (the answer to its post was
// lost: it may or may not have been filed) is first looked for among the matters received since
// it was queued (same category, title and place); found, it is not sent again. One flush at a
// time in this tab, and across tabs under a Web Lock where the browser has them.
import { reactive } from "vue";
import { tickets } from "../api/clients";
import type { components } from "../api/generated/tickets";
import { current } from "../session";
import { problemText } from "./words";

export type Report = components["schemas"]["TicketCreate"];
export interface Queued { key: string; person: string; body: Report; queuedAt: string;
  tried: boolean }
export interface Sent { key: string; number: string; title: string }

const STORE = "redgrid.outbox";
const SKEW_MS = 10 * 60 * 1000; // the phone's clock against the server's

export const outbox = reactive({ pending: 0, sent: [] as Sent[], failed: [] as string[] });

function load(): Queued[] {
  try { return JSON.parse(localStorage.getItem(STORE) ?? "[]") as Queued[]; } catch { return []; }
}

function save(items: Queued[]): void {
  localStorage.setItem(STORE, JSON.stringify(items));
  const me = current()?.person_id;
  outbox.pending = items.filter((q) => q.person === me).length;
}

function update(key: string, change: ((q: Queued) => Queued) | null): void {
  const items = load();
  save(change ? items.map((q) => (q.key === key ? change(q) : q))
    : items.filter((q) => q.key !== key));
}

/** Keep a report to send later; the person who made it is the only one it is sent as. */
export function enqueue(body: Report, person: string): Queued {
  const item = { key: crypto.randomUUID(), person, body, queuedAt: new Date().toISOString(),
    tried: false };
  save([...load(), item]);
  return item;
}

export function isOffline(e?: unknown): boolean {
  return !navigator.onLine || e instanceof TypeError; // fetch rejects with a TypeError
}

function samePlace(a: Report, t: { lat?: number | null; lng?: number | null;
  address?: string | null }): boolean {
  if (a.location && t.lat != null && t.lng != null) {
    return Math.abs(a.location.lat - t.lat) < 1e-6 && Math.abs(a.location.lng - t.lng) < 1e-6;
  }
  return (a.address ?? null) === (t.address ?? null);
}

interface Filed { number: string; title: string; lat?: number | null; lng?: number | null;
  address?: string | null }
/** The two calls the outbox makes (the tickets service; a fake in its unit test). */
export interface Api {
  post(body: Report): Promise<{ data?: Filed; error?: unknown; response: { status: number } }>;
  since(category: string, from: string): Promise<Filed[]>;
}

const service: Api = {
  post: (body) => tickets.POST("/v1/tickets", { body }),
  async since(category, from) {
    const { data, error } = await tickets.GET("/v1/tickets", { params: { query: {
      received_from: from, category, limit: 100 } } });
    if (error || !data) throw new Error(problemText(error, "无法核对是否已提交"));
    return data.items;
  },
};

/** A tried item already filed? Looked for among the matters received since it was queued. */
async function filedBefore(q: Queued, api: Api): Promise<Sent | null> {
  const from = new Date(new Date(q.queuedAt).getTime() - SKEW_MS).toISOString();
  const hit = (await api.since(q.body.category, from))
    .find((t) => t.title === q.body.title && samePlace(q.body, t));
  return hit ? { key: q.key, number: hit.number, title: hit.title } : null;
}

async function sendOne(q: Queued, api: Api): Promise<"sent" | "offline"> {
  const found = q.tried ? await filedBefore(q, api) : null;
  if (found) { outbox.sent.push(found); update(q.key, null); return "sent"; }
  update(q.key, (x) => ({ ...x, tried: true }));
  try {
    const { data, error, response } = await api.post(q.body);
    if (data) { outbox.sent.push({ key: q.key, number: data.number, title: data.title }); }
    else if (response.status >= 500 || response.status === 429) return "offline";
    else outbox.failed.push(`「${q.body.title}」未能提交：${problemText(error)}`);
    update(q.key, null); // filed, or refused for good (the reason is shown): not sent again
    return "sent";
  } catch (e) {
    if (isOffline(e)) return "offline";
    throw e;
  }
}

let flushing: Promise<void> | null = null;

async function flushAll(api: Api): Promise<void> {
  const me = current()?.person_id;
  for (const q of load().filter((x) => x.person === me)) {
    if ((await sendOne(q, api)) === "offline") return;
  }
}

/** Send what is waiting, once: a second call while one runs waits for it. */
export function flush(api: Api = service): Promise<void> {
  if (!current() || !navigator.onLine) { save(load()); return Promise.resolve(); }
  flushing ??= (async () => {
    try {
      await (navigator.locks ? navigator.locks.request("redgrid-outbox", () => flushAll(api))
        : flushAll(api));
    } catch { /* tried again when the phone is next online */ } finally { flushing = null; }
  })();
  return flushing;
}

if (typeof window !== "undefined") window.addEventListener("online", () => void flush());
