// Default working calendar: Monday to Friday, 09:00–18:00 Beijing time, with China's 2026 public holidays.
import type { BusinessCalendar } from './sla-clock.ts';
import { loc, type Localized } from './localized.ts';

/** One public holiday period: the days off and the make-up working days (调休) that go with it. */
export type HolidayPeriod = { name: Localized; daysOff: string[]; makeUpWorkdays: string[] };

function range(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Mainland China's 2026 public holidays and make-up working days, as in the State Council General
 * Office notice of 2025-11-04 (关于2026年部分节假日安排的通知). Admins edit them in the app.
 */
export const chineseHolidays2026: HolidayPeriod[] = [
  { name: loc('元旦', "New Year's Day"), daysOff: range('2026-01-01', '2026-01-03'), makeUpWorkdays: ['2026-01-04'] },
  { name: loc('春节', 'Spring Festival'), daysOff: range('2026-02-15', '2026-02-23'), makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
  { name: loc('清明节', 'Qingming Festival'), daysOff: range('2026-04-04', '2026-04-06'), makeUpWorkdays: [] },
  { name: loc('劳动节', 'Labour Day'), daysOff: range('2026-05-01', '2026-05-05'), makeUpWorkdays: ['2026-05-09'] },
  { name: loc('端午节', 'Dragon Boat Festival'), daysOff: range('2026-06-19', '2026-06-21'), makeUpWorkdays: [] },
  { name: loc('中秋节', 'Mid-Autumn Festival'), daysOff: range('2026-09-25', '2026-09-27'), makeUpWorkdays: [] },
  { name: loc('国庆节', 'National Day'), daysOff: range('2026-10-01', '2026-10-07'), makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
];

/** Flattens holiday periods into a calendar's holidays and extraWorkdays lists (sorted, no duplicates). */
export function holidayDays(periods: HolidayPeriod[]): Pick<BusinessCalendar, 'holidays' | 'extraWorkdays'> {
  const holidays = [...new Set(periods.flatMap((p) => p.daysOff))].sort();
  const extraWorkdays = [...new Set(periods.flatMap((p) => p.makeUpWorkdays))].sort();
  return { holidays, extraWorkdays };
}

/** The default calendar: Mon–Fri 09:00–18:00 Asia/Shanghai with the 2026 holidays and make-up days. */
export const defaultCalendar: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  ...holidayDays(chineseHolidays2026),
};

/** Business minutes in one working day of the default calendar (09:00–18:00). */
export const BUSINESS_DAY_MINUTES = 9 * 60;
