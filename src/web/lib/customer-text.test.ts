import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { riskBandOf, riskReasonText, warrantyText } from './customer-text.ts';

describe('customer archive words', () => {
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it('describes a warranty window that still holds and one that is over', () => {
    expect(warrantyText(zh, { kind: 'exchange', until: '2026-12-01', active: true, daysLeft: 9 })).toBe('可换货至 2026-12-01 · 剩 9 天');
    expect(warrantyText(zh, { kind: 'exchange', until: '2026-06-05', active: false, daysLeft: 0 })).toBe('已过换货期（2026-06-05）');
    expect(warrantyText(en, { kind: 'repair', until: '2027-05-06', active: true, daysLeft: 164 })).toBe('Repairable until 2027-05-06 · 164 days left');
  });

  it('explains risk reasons with their numbers', () => {
    expect(riskReasonText(zh, { code: 'contact_overdue', points: 13, detail: { days: 3 } })).toBe('已超过联系周期 3 天未联系');
    expect(riskReasonText(zh, { code: 'satisfaction_falling', points: 20, detail: { from: 5, to: 2 } })).toBe('满意度下降：从 5 分降到 2 分');
  });

  it('bands scores like the server', () => {
    expect([0, 24, 25, 49, 50, 100].map(riskBandOf)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});
