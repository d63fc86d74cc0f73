import { describe, expect, it } from 'vitest';
import { defaultSlaPolicies, pickPolicy, type SlaPolicy } from './sla-policy.ts';

const base = { firstResponseMinutes: 60, resolutionMinutes: 540, warnBeforeMinutes: 15 };

describe('pickPolicy', () => {
  const policies: SlaPolicy[] = [
    { id: 5, name: 'any', kind: null, priority: null, customerLevel: null, ...base },
    { id: 4, name: 'complaint', kind: 'complaint', priority: null, customerLevel: null, ...base },
    { id: 3, name: 'urgent complaint', kind: 'complaint', priority: 'urgent', customerLevel: null, ...base },
    { id: 2, name: 'partner complaint', kind: 'complaint', priority: null, customerLevel: 'partner', ...base },
    { id: 9, name: 'urgent partner complaint', kind: 'complaint', priority: 'urgent', customerLevel: 'partner', ...base },
  ];
  it('prefers the policy with the most matching fields', () => {
    expect(pickPolicy(policies, { kind: 'complaint', priority: 'urgent', customerLevel: 'partner' })?.id).toBe(9);
    expect(pickPolicy(policies, { kind: 'complaint', priority: 'normal', customerLevel: null })?.id).toBe(4);
    expect(pickPolicy(policies, { kind: 'inquiry', priority: 'urgent', customerLevel: 'partner' })?.id).toBe(5);
  });
  it('breaks ties by the lowest id', () => {
    const noTop = policies.filter((p) => p.id !== 9);
    expect(pickPolicy(noTop, { kind: 'complaint', priority: 'urgent', customerLevel: 'partner' })?.id).toBe(2);
  });
  it('never picks a policy whose non-null field differs, and answers null when none match', () => {
    expect(pickPolicy(policies.slice(1), { kind: 'inquiry', priority: 'low', customerLevel: null })).toBeNull();
  });
});

describe('defaultSlaPolicies', () => {
  const pick = (kind: 'complaint' | 'inquiry' | 'suggestion', priority: 'urgent' | 'normal', customerLevel: string | null = null) =>
    pickPolicy(defaultSlaPolicies, { kind, priority, customerLevel });
  it('answers an urgent complaint in 30 minutes and resolves it within a business day', () => {
    expect(pick('complaint', 'urgent')).toMatchObject({ firstResponseMinutes: 30, resolutionMinutes: 540 });
    expect(pick('complaint', 'urgent', 'strategic')).toMatchObject({ firstResponseMinutes: 30 });
  });
  it('gives a normal complaint 2 hours and 3 business days, an inquiry 4 hours and 2 days', () => {
    expect(pick('complaint', 'normal')).toMatchObject({ firstResponseMinutes: 120, resolutionMinutes: 3 * 540 });
    expect(pick('inquiry', 'normal')).toMatchObject({ firstResponseMinutes: 240, resolutionMinutes: 2 * 540 });
  });
  it('covers every ticket with a fallback, and warns before each target', () => {
    expect(pick('suggestion', 'urgent')).not.toBeNull();
    for (const p of defaultSlaPolicies) expect(p.warnBeforeMinutes).toBeLessThan(p.firstResponseMinutes);
  });
});
