import { describe, expect, it } from 'vitest';
import { localDate } from './dates.ts';

describe('localDate', () => {
  it('turns the day at local midnight, also in zones a quarter hour off the hour', () => {
    // Shanghai is UTC+8: local midnight is 16:00 UTC.
    expect(localDate('2026-11-22T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026-11-22');
    expect(localDate('2026-11-22T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-23');
    // Kathmandu is UTC+5:45: local midnight is 18:15 UTC.
    expect(localDate(Date.parse('2026-11-22T18:14:59.999Z'), 'Asia/Kathmandu')).toBe('2026-11-22');
    expect(localDate(Date.parse('2026-11-22T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2026-11-23');
  });

  it('answers each zone for itself when instants of several zones alternate', () => {
    const instant = new Date('2026-03-08T06:30:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-03-08');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-03-08');
    expect(localDate(instant, 'Pacific/Honolulu')).toBe('2026-03-07');
    expect(localDate(instant, 'America/New_York')).toBe('2026-03-08');
  });
});
