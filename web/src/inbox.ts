// The person's live notices, shared by every page: opened once after login, reconnecting with a
// new stream ticket when the connection drops; `unread` is the tab bar's badge.
import { reactive } from "vue";
import { openInbox, type Notice } from "./live";

export const inbox = reactive({ notices: [] as Notice[], connected: false, unread: 0, problem: "" });
let started = false;

export function listen(): void {
  if (started) return;
  started = true;
  const connect = (): void => {
    openInbox((n) => { inbox.notices.unshift(n); inbox.unread += 1; }, () => (inbox.connected = true))
      .then((source) => {
        source.onerror = () => {
          if (source.readyState === EventSource.CLOSED) {
            inbox.connected = false;
            setTimeout(connect, 3000);
          }
        };
      })
      .catch((e: Error) => { inbox.problem = e.message; started = false; });
  };
  connect();
}
