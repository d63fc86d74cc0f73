// Business-hours arithmetic in a calendar's own time zone (offsets come from Intl, so DST zones work too).
import { localDate } from '../customers/dates.ts';

/** Working hours of a team: weekdays, daily window, public holidays and make-up working days (调休). */
export type BusinessCalendar = {
  /** IANA time zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workdays: number[];
  /** Opening time 'HH:MM' (local). */
  start: string;
  /** Closing time 'HH:MM' (local, after start; '24:00' means midnight at the end of the day). */
  end: string;
  /** Days off 'YYYY-MM-DD' (public holidays), even when they fall on a workday. */
  holidays: string[];
  /** Make-up working days 'YYYY-MM-DD' (e.g. a Saturday); they win over workdays and holidays. */
  extraWorkdays: string[];
};

/** Where a ticket stands against one SLA due time. */
export type SlaState = 'ok' | 'warning' | 'breached';

const MINUTE = 60_000;
/** A calendar with no working day in this many consecutive days is treated as broken. */
const MAX_DAYS_SCANNED = 3_700;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year, month: parts.month, day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour, minute: parts.minute, second: parts.second,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds (e.g. +8 h for Asia/Shanghai). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function parseYmd(ymd: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Invalid date '${ymd}', expected YYYY-MM-DD`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseHm(hm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new RangeError(`Invalid time '${hm}', expected HH:MM`);
  return minutes;
}

/** The instant at which the wall clock in timeZone shows ymd + minutesOfDay (two passes settle DST). */
function zonedInstant(ymd: string, minutesOfDay: number, timeZone: string): number {
  const [y, m, d] = parseYmd(ymd);
  const wall = Date.UTC(y, m - 1, d, 0, minutesOfDay);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

function addDays(ymd: string, days: number): string {
  const [y, m, d] = parseYmd(ymd);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether a local calendar day 'YYYY-MM-DD' is a working day of the calendar. */
export function isWorkingDay(ymd: string, cal: BusinessCalendar): boolean {
  if (cal.extraWorkdays.includes(ymd)) return true;
  if (cal.holidays.includes(ymd)) return false;
  const [y, m, d] = parseYmd(ymd);
  const isoWeekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  return cal.workdays.includes(isoWeekday);
}

// Calendars are immutable values (a changed calendar is a new object), so a day's window can be remembered per object.
const windows = new WeakMap<BusinessCalendar, Map<string, [number, number] | null>>();

/** The opening window [start, end) of a local day as epoch milliseconds, or null on a day off. */
function windowOf(ymd: string, cal: BusinessCalendar): [number, number] | null {
  let byDay = windows.get(cal);
  if (!byDay) {
    byDay = new Map();
    windows.set(cal, byDay);
  }
  let window = byDay.get(ymd);
  if (window === undefined) {
    window = computeWindow(ymd, cal);
    byDay.set(ymd, window);
  }
  return window;
}

function computeWindow(ymd: string, cal: BusinessCalendar): [number, number] | null {
  if (!isWorkingDay(ymd, cal)) return null;
  const open = parseHm(cal.start);
  const close = parseHm(cal.end);
  if (close <= open) throw new RangeError(`Calendar closes (${cal.end}) before it opens (${cal.start})`);
  return [zonedInstant(ymd, open, cal.timeZone), zonedInstant(ymd, close, cal.timeZone)];
}

/** Whether an instant falls inside the calendar's working hours (opening inclusive, closing exclusive). */
export function isBusinessTime(at: Date, cal: BusinessCalendar): boolean {
  const t = at.getTime();
  const w = windowOf(localDate(t, cal.timeZone), cal);
  return w !== null && t >= w[0] && t < w[1];
}

/**
 * The due time `minutes` business minutes after `from`. Time outside working hours does not count;
 * a deadline that uses up a day exactly falls at that day's closing time. minutes <= 0 returns `from`.
 */
export function addBusinessMinutes(from: Date, minutes: number, cal: BusinessCalendar): Date {
  let remaining = minutes * MINUTE;
  let cursor = from.getTime();
  if (remaining <= 0) return new Date(cursor);
  let day = localDate(cursor, cal.timeZone);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = addDays(day, 1)) {
    const w = windowOf(day, cal);
    if (!w) continue;
    cursor = Math.max(cursor, w[0]);
    if (cursor >= w[1]) continue;
    const available = w[1] - cursor;
    if (remaining <= available) return new Date(cursor + remaining);
    remaining -= available;
  }
  throw new RangeError('The calendar has no working time within ten years');
}

/**
 * Business minutes from a to b (fractions kept; negative when b is before a).
 * Counts only the parts of [a, b) that lie inside working hours.
 */
export function businessMinutesBetween(a: Date, b: Date, cal: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessMinutesBetween(b, a, cal);
  let total = 0;
  const lastDay = localDate(to, cal.timeZone);
  let day = localDate(from, cal.timeZone);
  for (let i = 0; day <= lastDay && i < MAX_DAYS_SCANNED * 10; i++, day = addDays(day, 1)) {
    const w = windowOf(day, cal);
    if (!w) continue;
    const overlap = Math.min(to, w[1]) - Math.max(from, w[0]);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE;
}

/**
 * SLA state at `now` for a due time: breached at or after it, warning within warnBeforeMinutes
 * (wall-clock minutes) before it, otherwise ok.
 */
export function slaState(now: Date, dueAt: Date, warnBeforeMinutes: number): SlaState {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'breached';
  return left <= warnBeforeMinutes * MINUTE ? 'warning' : 'ok';
}
