// 派单目录与节假日 at the desk: a catalogue row's time limit and period in words, what a year's
// calendar rests on, and the days of a State Council holiday notice as an office pastes them.
import type { components } from "../../api/generated/tickets";

export type CatalogueEntry = components["schemas"]["CatalogueEntry"];
export type CalendarYear = components["schemas"]["CalendarYearPublic"];
export type ReplyTemplate = components["schemas"]["ReplyTemplate"];

const BEIJING = "Asia/Shanghai";

/** 办理时限 as the catalogue states it: working days, or hours for what cannot wait. */
export function limitText(e: Pick<CatalogueEntry, "limit_hours" | "limit_working_days">): string {
  if (e.limit_working_days) return `${e.limit_working_days} 个工作日`;
  if (e.limit_hours) return `${e.limit_hours} 小时`;
  return "不限";
}

/** A Beijing calendar day (YYYY-MM-DD) of a moment. */
export function beijingDay(iso: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: BEIJING }).format(new Date(iso));
}

/** 生效期间: "2027-01-01 起" or "2026-01-01 至 2027-01-01". */
export function periodText(e: Pick<CatalogueEntry, "valid_from" | "valid_to">): string {
  const from = beijingDay(e.valid_from);
  return e.valid_to ? `${from} 至 ${beijingDay(e.valid_to)}` : `${from} 起`;
}

/** The start of a Beijing day as the API's moment (a row takes effect at 00:00 Beijing time). */
export function dayStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** What a year's deadlines are counted on, in the office's words. */
export const BASIS: Record<string, string> = {
  calendar: "已载入国务院办公厅节假日安排通知",
  package: "按系统内置的节假日安排",
  "weekdays-fallback": "尚无该年节假日安排：按周一至周五估算",
};

const DAY = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g;

function iso(y: string, m: string, d: string): string | null {
  const day = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? null : day;
}

function* through(from: string, to: string): Generator<string> {
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`);
    d = new Date(d.getTime() + 86_400_000)) yield d.toISOString().slice(0, 10);
}

export interface ReadDays { days: string[]; problems: string[] }

/** The days of what an office pastes from a notice, one line each: a day ("2027-10-01",
 * "2027年10月1日") or a run of days ("2027-10-01至2027-10-07", with 至, ~ or —). Lines that hold
 * no valid day (or a day outside `year`) are named as problems, never guessed at. */
export function readDays(text: string, year?: number): ReadDays {
  const days = new Set<string>();
  const problems: string[] = [];
  text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).forEach((line, i) => {
    const found = [...line.matchAll(DAY)].map(([, y, m, d]) => iso(y as string, m as string, d as string));
    const ranged = /[至~～—–]|--/.test(line);
    if (!found.length || found.includes(null) || (ranged && found.length !== 2) || (!ranged && found.length !== 1)) {
      problems.push(`第 ${i + 1} 行「${line}」不是有效日期`);
      return;
    }
    const [from, to] = [found[0] as string, (found[1] ?? found[0]) as string];
    if (to < from) { problems.push(`第 ${i + 1} 行「${line}」结束早于开始`); return; }
    if ([...through(from, to)].length > 31) { problems.push(`第 ${i + 1} 行「${line}」超过 31 天`); return; }
    if (year && (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`))) {
      problems.push(`第 ${i + 1} 行「${line}」不在 ${year} 年`);
      return;
    }
    for (const d of through(from, to)) days.add(d);
  });
  return { days: [...days].sort(), problems };
}

/** A day's mark on the calendar: 休 (a day off), 班 (a make-up working day) or nothing. */
export function mark(day: string, year: Pick<CalendarYear, "days_off" | "working_days">): "休" | "班" | "" {
  if (year.days_off.includes(day)) return "休";
  if (year.working_days.includes(day)) return "班";
  return "";
}

export interface MonthDay { day: string; date: number; mark: "休" | "班" | ""; weekend: boolean }

/** A month as the calendar's rows: leading blanks (null) to Monday, then each day with its mark. */
export function month(y: number, m: number, year: Pick<CalendarYear, "days_off" | "working_days">): (MonthDay | null)[] {
  const first = new Date(Date.UTC(y, m - 1, 1));
  const blanks = (first.getUTCDay() + 6) % 7; // Monday first, as Chinese calendars are
  const cells: (MonthDay | null)[] = Array(blanks).fill(null);
  for (let d = first; d.getUTCMonth() === m - 1; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    cells.push({ day, date: d.getUTCDate(), mark: mark(day, year), weekend: [0, 6].includes(d.getUTCDay()) });
  }
  return cells;
}
