// 居民点单's "when": a day and a start and end time as a person picks them, in Beijing time
// whatever the phone's own zone, made into the instants matching keeps.

const BEIJING_OFFSET = "+08:00";
const HOUR = 3600_000;

export interface Picked { day: string; from: string; to: string }
export interface Window { window_start: string; window_end: string }

/** The window as instants; an end at or before the start runs into the next day (22:00—01:00). */
export function windowOf({ day, from, to }: Picked): Window | string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return "请选择服务日期";
  if (!/^\d{2}:\d{2}$/.test(from) || !/^\d{2}:\d{2}$/.test(to)) return "请选择服务时段";
  const start = new Date(`${day}T${from}:00${BEIJING_OFFSET}`);
  let end = new Date(`${day}T${to}:00${BEIJING_OFFSET}`);
  if (end <= start) end = new Date(end.getTime() + 24 * HOUR);
  if (end.getTime() - start.getTime() > 12 * HOUR) return "服务时段不超过 12 小时";
  return { window_start: start.toISOString(), window_end: end.toISOString() };
}

function beijingParts(at: Date): Picked {
  const local = new Date(at.getTime() + 8 * HOUR).toISOString(); // Beijing has no summer time
  return { day: local.slice(0, 10), from: local.slice(11, 16), to: local.slice(11, 16) };
}

/** What the form offers first: from the next full hour, for two hours. */
export function defaultWindow(now: Date = new Date()): Picked {
  const start = new Date(Math.ceil((now.getTime() + 1) / HOUR) * HOUR);
  const { day, from } = beijingParts(start);
  return { day, from, to: beijingParts(new Date(start.getTime() + 2 * HOUR)).from };
}
