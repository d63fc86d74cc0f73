import { describe, expect, it } from 'vitest';
import { durationKey, durationParts } from './duration.ts';

describe('SLA countdown durations', () => {
  it('splits into days, hours and minutes, rounding up to the minute', () => {
    expect(durationParts(90 * 60_000)).toEqual({ d: 0, h: 1, m: 30 });
    expect(durationParts(-(26 * 60 + 5) * 60_000 - 1)).toEqual({ d: 1, h: 2, m: 6 });
    expect(durationParts(10)).toEqual({ d: 0, h: 0, m: 1 });
  });

  it('picks the coarsest useful precision', () => {
    expect(durationKey(3 * 86_400_000).key).toBe('work.duration.dh');
    expect(durationKey(2 * 3_600_000).key).toBe('work.duration.hm');
    expect(durationKey(5 * 60_000).key).toBe('work.duration.m');
  });
});
