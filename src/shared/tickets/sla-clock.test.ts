import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isBusinessTime, isWorkingDay, slaState, type BusinessCalendar } from './sla-clock.ts';
import { chineseHolidays2026, defaultCalendar, holidayDays } from './business-calendar.ts';

const cal = defaultCalendar;
/** A Beijing wall-clock time as a Date. */
const bj = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => d.toISOString();

describe('addBusinessMinutes (Asia/Shanghai, Mon–Fri 09:00–18:00)', () => {
  it('adds within the same day', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-18T10:00'), 90, cal))).toBe(iso(bj('2026-11-18T11:30')));
  });
  it('carries across a night', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-18T17:30'), 60, cal))).toBe(iso(bj('2026-11-19T09:30')));
  });
  it('skips a weekend', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-20T17:00'), 120, cal))).toBe(iso(bj('2026-11-23T10:00')));
  });
  it('skips the National Day holiday', () => {
    expect(iso(addBusinessMinutes(bj('2026-09-30T17:00'), 120, cal))).toBe(iso(bj('2026-10-08T10:00')));
  });
  it('works on a make-up Saturday and then skips the Spring Festival', () => {
    expect(iso(addBusinessMinutes(bj('2026-10-09T17:00'), 120, cal))).toBe(iso(bj('2026-10-10T10:00')));
    expect(iso(addBusinessMinutes(bj('2026-02-13T17:00'), 120, cal))).toBe(iso(bj('2026-02-14T10:00')));
    expect(iso(addBusinessMinutes(bj('2026-02-14T17:00'), 120, cal))).toBe(iso(bj('2026-02-24T10:00')));
  });
  it('starts counting at opening when started before it', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-23T07:00'), 30, cal))).toBe(iso(bj('2026-11-23T09:30')));
  });
  it('starts next working morning when started after closing', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-23T20:00'), 30, cal))).toBe(iso(bj('2026-11-24T09:30')));
  });
  it('ends at closing time when the day is used up exactly', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-23T17:00'), 60, cal))).toBe(iso(bj('2026-11-23T18:00')));
  });
  it('adds several business days', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-18T14:00'), 3 * 540, cal))).toBe(iso(bj('2026-11-23T14:00')));
  });
  it('returns the start for zero minutes and refuses a calendar without working days', () => {
    expect(iso(addBusinessMinutes(bj('2026-11-21T12:00'), 0, cal))).toBe(iso(bj('2026-11-21T12:00')));
    expect(() => addBusinessMinutes(bj('2026-11-21T12:00'), 10, { ...cal, workdays: [], extraWorkdays: [] })).toThrow(RangeError);
  });
  it('round-trips with businessMinutesBetween', () => {
    let from = bj('2026-09-28T08:13');
    for (let i = 0; i < 60; i++) {
      const minutes = (i * 97) % 2000;
      const due = addBusinessMinutes(from, minutes, cal);
      expect(businessMinutesBetween(from, due, cal)).toBeCloseTo(minutes, 6);
      from = new Date(from.getTime() + 7.5 * 3_600_000);
    }
  });
});

describe('businessMinutesBetween', () => {
  it('counts only working hours', () => {
    expect(businessMinutesBetween(bj('2026-11-20T17:00'), bj('2026-11-23T10:00'), cal)).toBe(120);
    expect(businessMinutesBetween(bj('2026-11-16T00:00'), bj('2026-11-23T00:00'), cal)).toBe(5 * 540);
    expect(businessMinutesBetween(bj('2026-09-30T17:00'), bj('2026-10-08T10:00'), cal)).toBe(120);
    expect(businessMinutesBetween(bj('2026-11-21T10:00'), bj('2026-11-22T10:00'), cal)).toBe(0);
  });
  it('is negative when b is before a', () => {
    expect(businessMinutesBetween(bj('2026-11-23T10:00'), bj('2026-11-20T17:00'), cal)).toBe(-120);
  });
});

describe('isBusinessTime', () => {
  it('is inside opening hours on working days only', () => {
    expect(isBusinessTime(bj('2026-11-23T09:00'), cal)).toBe(true);
    expect(isBusinessTime(bj('2026-11-23T08:59'), cal)).toBe(false);
    expect(isBusinessTime(bj('2026-11-23T18:00'), cal)).toBe(false);
    expect(isBusinessTime(bj('2026-11-21T10:00'), cal)).toBe(false);
    expect(isBusinessTime(bj('2026-10-10T10:00'), cal)).toBe(true);
    expect(isBusinessTime(bj('2026-10-01T10:00'), cal)).toBe(false);
  });
  it('knows working days, make-up days and holidays', () => {
    expect(isWorkingDay('2026-01-04', cal)).toBe(true);
    expect(isWorkingDay('2026-05-04', cal)).toBe(false);
    expect(isWorkingDay('2026-05-09', cal)).toBe(true);
  });
});

describe('Europe/Berlin across DST changes', () => {
  const berlin: BusinessCalendar = { timeZone: 'Europe/Berlin', workdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: [], extraWorkdays: [] };
  it('moves from CET to CEST over the weekend of 29 March 2026', () => {
    expect(iso(addBusinessMinutes(new Date('2026-03-27T16:00:00Z'), 120, berlin))).toBe('2026-03-30T08:00:00.000Z');
    expect(isBusinessTime(new Date('2026-03-30T07:00:00Z'), berlin)).toBe(true);
    expect(isBusinessTime(new Date('2026-03-27T07:30:00Z'), berlin)).toBe(false);
  });
  it('moves from CEST back to CET over the weekend of 25 October 2026', () => {
    expect(iso(addBusinessMinutes(new Date('2026-10-23T15:00:00Z'), 120, berlin))).toBe('2026-10-26T09:00:00.000Z');
  });
  it('counts a 23-hour and a 25-hour day on a round-the-clock calendar', () => {
    const allDay = { ...berlin, workdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    expect(businessMinutesBetween(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z'), allDay)).toBe(23 * 60);
    expect(businessMinutesBetween(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'), allDay)).toBe(25 * 60);
    expect(iso(addBusinessMinutes(new Date('2026-03-28T22:30:00Z'), 120, allDay))).toBe('2026-03-29T00:30:00.000Z');
  });
});

describe('slaState', () => {
  const due = bj('2026-11-23T12:00');
  it('is ok, then warning, then breached', () => {
    expect(slaState(bj('2026-11-23T11:00'), due, 30)).toBe('ok');
    expect(slaState(bj('2026-11-23T11:30'), due, 30)).toBe('warning');
    expect(slaState(bj('2026-11-23T12:00'), due, 30)).toBe('breached');
  });
});

describe('2026 holidays', () => {
  it('lists the seven festivals with their make-up days', () => {
    expect(chineseHolidays2026).toHaveLength(7);
    const { holidays, extraWorkdays } = holidayDays(chineseHolidays2026);
    expect(holidays).toContain('2026-02-17');
    expect(holidays.filter((d) => d.startsWith('2026-10'))).toHaveLength(7);
    expect(extraWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(holidays.some((d) => extraWorkdays.includes(d))).toBe(false);
  });
});
