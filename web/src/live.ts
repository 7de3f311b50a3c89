// The live inbox: an EventSource opened with a single-use stream ticket (a browser's
// EventSource cannot send the Authorization header, and a long-lived token never goes in a URL).
import { notifications } from "./api/clients";
import type { components } from "./api/generated/notifications";

export type Notice = components["schemas"]["NoticePublic"];

export async function openInbox(onNotice: (n: Notice) => void, onReady: () => void): Promise<EventSource> {
  const { data, error } = await notifications.POST("/v1/inbox/stream-ticket");
  if (error || !data) throw new Error("实时通知连接失败");
  const source = new EventSource(`/api/notifications/v1/inbox/stream?ticket=${encodeURIComponent(data.ticket)}`);
  source.addEventListener("ready", () => onReady());
  source.addEventListener("notice", (e) => onNotice(JSON.parse((e as MessageEvent<string>).data) as Notice));
  return source;
}
