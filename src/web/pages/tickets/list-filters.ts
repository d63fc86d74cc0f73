// The ticket list's filters as URL parameters (so a filtered list can be bookmarked and shared), and the created-at
// range as the user's own calendar days.
import { localDate } from '../../../shared/customers/dates.ts';
import { ticketViewFiltersSchema, type TicketViewFilters } from '../../../shared/schemas/ticket-files.ts';

const shape = ticketViewFiltersSchema.shape;
type FilterKey = keyof typeof shape;
const filterKeys = Object.keys(shape) as FilterKey[];

/** Reads the filters from the URL, keeping only known keys with valid values. */
export function filtersFromParams(params: URLSearchParams): TicketViewFilters {
  const filters: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const raw = params.get(key);
    if (!raw) continue;
    const parsed = shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return filters as TicketViewFilters;
}

/** Replaces every filter parameter by `filters`, keeping other parameters (the desk's queue). */
export function withFilters(params: URLSearchParams, filters: TicketViewFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) next.delete(key);
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== null && value !== '') next.set(key, String(value));
  return next;
}

/** Whether two filter sets ask for the same tickets. */
export function sameFilters(a: TicketViewFilters, b: TicketViewFilters): boolean {
  const entries = (f: TicketViewFilters) => JSON.stringify(Object.entries(f).filter(([, v]) => v !== undefined).sort(([x], [y]) => x.localeCompare(y)));
  return entries(a) === entries(b);
}

// The zone's offset from UTC at an instant, in ms, from Intl (so zones with daylight saving work too).
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in a time zone. */
export function dayStart(ymd: string, timeZone: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  return new Date(wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone));
}

/** The created-at filters of a range of days in the user's time zone: from the first day's start to the last day's end. */
export function createdRange(from: string, to: string, timeZone: string): Pick<TicketViewFilters, 'createdFrom' | 'createdTo'> {
  const [y, m, d] = to.split('-').map(Number);
  const dayAfter = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { createdFrom: dayStart(from, timeZone).toISOString(), createdTo: new Date(dayStart(dayAfter, timeZone).getTime() - 1).toISOString() };
}

/** The days of a created-at filter, as the user's calendar shows them. */
export function createdDays(filters: TicketViewFilters, timeZone: string): [string, string] | null {
  if (!filters.createdFrom || !filters.createdTo) return null;
  return [localDate(filters.createdFrom, timeZone), localDate(filters.createdTo, timeZone)];
}
