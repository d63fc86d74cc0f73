import { describe, expect, it } from 'vitest';
import { churnRisk, riskBand, type RiskInput } from './churn-risk.ts';

const calm: RiskInput = {
  today: '2026-11-22',
  contactDueOn: '2026-11-25',
  openComplaints: 0,
  recentSatisfaction: [5, 5],
  warrantyEndsOn: [],
  lastPurchaseOn: '2026-10-01',
  tier: 'current',
};

describe('churn risk', () => {
  it('is zero with no reason for a customer who is looked after', () => {
    expect(churnRisk(calm)).toEqual({ score: 0, reasons: [] });
  });

  it('explains each reason and adds up their points', () => {
    const result = churnRisk({
      ...calm,
      openComplaints: 1,
      recentSatisfaction: [5, 3],
      contactDueOn: '2026-11-17',
      warrantyEndsOn: ['2026-12-01', '2027-10-01'],
    });
    expect(result.reasons.map((r) => r.code)).toEqual(['open_complaint', 'satisfaction_falling', 'contact_overdue', 'warranty_ending']);
    expect(result.reasons.find((r) => r.code === 'contact_overdue')!.detail).toEqual({ days: 5 });
    expect(result.reasons.find((r) => r.code === 'warranty_ending')!.detail).toEqual({ days: 9 });
    expect(result.score).toBe(30 + 20 + 15 + 10);
    expect(riskBand(result.score)).toBe('high');
  });

  it('flags a current customer with no purchase for over a year, and caps the score at 100', () => {
    expect(churnRisk({ ...calm, lastPurchaseOn: '2025-11-01' }).reasons[0]).toMatchObject({ code: 'no_recent_purchase' });
    const worst = churnRisk({ ...calm, openComplaints: 5, recentSatisfaction: [5, 1], contactDueOn: '2026-01-01', warrantyEndsOn: ['2026-11-23'], lastPurchaseOn: '2020-01-01' });
    expect(worst.score).toBe(100);
    expect(riskBand(24)).toBe('low');
    expect(riskBand(25)).toBe('medium');
  });
});
