// Building a formatter costs ~100× formatting with one, and every ticket creation asks twice.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

// Zone offsets are whole quarter hours and change on quarter-hour boundaries, so an instant's local date is the
// same throughout its UTC quarter hour: the last answer per zone serves the many instants of a busy minute.
const quarterHour = 15 * 60_000;
const lastDates = new Map<string, { quarter: number; date: string }>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(instant: Date | string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  const quarter = Math.floor(ms / quarterHour);
  const last = lastDates.get(timeZone);
  if (last?.quarter === quarter) return last.date;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const date = format.format(ms);
  lastDates.set(timeZone, { quarter, date });
  return date;
}
