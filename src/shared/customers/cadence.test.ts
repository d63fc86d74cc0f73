import { describe, expect, it } from 'vitest';
import { cadenceDays, isContactOverdue, nextContactDue } from './cadence.ts';

describe('contact cadence', () => {
  it('contacts current customers weekly, prospects every half month, referrers monthly', () => {
    expect(cadenceDays('current', false)).toBe(7);
    expect(cadenceDays('target', false)).toBe(15);
    expect(cadenceDays('potential', false)).toBe(15);
    expect(cadenceDays('current', true)).toBe(7);
    expect(cadenceDays('potential', true, { current: 7, prospect: 45, referrer: 30 })).toBe(30);
  });

  it('is due the interval after the last contact, or at once when never contacted', () => {
    expect(nextContactDue({ tier: 'current', isReferrer: false, lastContactOn: '2026-11-15', createdOn: '2026-01-01' })).toBe('2026-11-22');
    expect(nextContactDue({ tier: 'target', isReferrer: false, lastContactOn: null, createdOn: '2026-11-20' })).toBe('2026-11-20');
  });

  it('is overdue only after the due day has passed', () => {
    expect(isContactOverdue('2026-11-22', '2026-11-22')).toBe(false);
    expect(isContactOverdue('2026-11-21', '2026-11-22')).toBe(true);
  });
});
