import { describe, expect, it } from 'vitest';
import { warrantyFor, type ServiceCommitment } from './warranty.ts';

const commitments: ServiceCommitment[] = [
  { id: 1, kind: 'exchange', name: '30天包换', days: 30, condition: 'quality_fault', nationwide: true, active: true },
  { id: 2, kind: 'repair', name: '一年保修', days: 365, condition: 'quality_fault', nationwide: true, active: true },
  { id: 3, kind: 'maintenance', name: '停用的承诺', days: 999, condition: 'any', nationwide: false, active: false },
];

describe('warranty windows', () => {
  it('allows an exchange up to and including the 30th day after purchase, not the 31st', () => {
    const onLastDay = warrantyFor('2026-03-01', commitments, '2026-03-31');
    expect(onLastDay[0]).toMatchObject({ kind: 'exchange', until: '2026-03-31', active: true, daysLeft: 0 });
    const dayAfter = warrantyFor('2026-03-01', commitments, '2026-04-01');
    expect(dayAfter[0]).toMatchObject({ active: false, daysLeft: 0 });
  });

  it('repairs within one year, across a leap day', () => {
    const [, repair] = warrantyFor('2027-03-01', commitments, '2028-02-29');
    expect(repair).toMatchObject({ until: '2028-02-29', active: true });
    const [, expired] = warrantyFor('2027-03-01', commitments, '2028-03-01');
    expect(expired.active).toBe(false);
  });

  it('ignores inactive commitments and counts days left', () => {
    const result = warrantyFor('2026-11-01', commitments, '2026-11-22');
    expect(result.map((r) => r.kind)).toEqual(['exchange', 'repair']);
    expect(result[0].daysLeft).toBe(9);
  });
});
