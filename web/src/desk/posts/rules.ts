// 值班排班 at the desk: a roster's recurrence in words, and a month's turns per Beijing day.
import type { components } from "../../api/generated/matching";

export type Roster = components["schemas"]["Roster"];
export type Duty = components["schemas"]["Duty"];

const WEEKDAY = ["", "一", "二", "三", "四", "五", "六", "日"];

/** "每周三 09:00–11:30", "每月第 2 个周六 …", "每月最后一个周五 …". */
export function recurrence(r: Pick<Roster, "frequency" | "weekday" | "week_of_month" | "start_time" | "end_time">): string {
  const day = `周${WEEKDAY[r.weekday] ?? r.weekday}`;
  const when = r.frequency === "weekly" ? `每${day}`
    : r.week_of_month === -1 ? `每月最后一个${day}` : `每月第 ${r.week_of_month ?? 1} 个${day}`;
  return `${when} ${r.start_time}–${r.end_time}`;
}

export interface Turn { day: string; time: string; who: string; roster: string }

const parts = (iso: string): [string, string] => {
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));
  return [local.slice(0, 10), local.slice(11, 16)];
};

/** Each roster's duties as turns keyed by their Beijing day, in time order within a day. */
export function turnsByDay(duties: { roster: Pick<Roster, "title">; duties: Duty[] }[]): Record<string, Turn[]> {
  const out: Record<string, Turn[]> = {};
  for (const { roster, duties: list } of duties) {
    for (const d of list) {
      const [day, start] = parts(d.starts_at);
      const [, end] = parts(d.ends_at);
      (out[day] ??= []).push({ day, time: `${start}–${end}`, who: d.person_name ?? "未登记", roster: roster.title });
    }
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.time.localeCompare(b.time));
  return out;
}

/** The first moments (Beijing) of a month and of the next, as the API's since/until. */
export function monthSpan(month: Date): { since: string; until: string } {
  const [y, m] = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(month).split("-").map(Number) as [number, number];
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  const pad = (n: number) => String(n).padStart(2, "0");
  return { since: `${y}-${pad(m)}-01T00:00:00+08:00`, until: `${next[0]}-${pad(next[1] as number)}-01T00:00:00+08:00` };
}
