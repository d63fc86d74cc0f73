import { describe, expect, it } from 'vitest';
import { followUpDueAt, outcomeReopens } from './follow-up.ts';

const closed = new Date('2026-11-23T10:00:00+08:00');
const due = (d: Date | null) => d?.toISOString() ?? null;

describe('followUpDueAt', () => {
  it('is 3 days after closing a complaint or grievance', () => {
    expect(due(followUpDueAt(closed, { kind: 'complaint', difficultType: null, severity: 'medium' }))).toBe('2026-11-26T02:00:00.000Z');
    expect(due(followUpDueAt(closed, { kind: 'grievance', difficultType: null, severity: null }))).toBe('2026-11-26T02:00:00.000Z');
  });
  it('is the next day after a difficult case, whatever the kind', () => {
    expect(due(followUpDueAt(closed, { kind: 'complaint', difficultType: 'emotional', severity: 'low' }))).toBe('2026-11-24T02:00:00.000Z');
    expect(due(followUpDueAt(closed, { kind: 'inquiry', difficultType: 'picky', severity: null }))).toBe('2026-11-24T02:00:00.000Z');
  });
  it('is the next day for high or critical severity', () => {
    expect(due(followUpDueAt(closed, { kind: 'complaint', difficultType: null, severity: 'critical' }))).toBe('2026-11-24T02:00:00.000Z');
    expect(due(followUpDueAt(closed, { kind: 'request', difficultType: null, severity: 'high' }))).toBe('2026-11-24T02:00:00.000Z');
  });
  it('is not needed for plain inquiries, requests and suggestions', () => {
    expect(followUpDueAt(closed, { kind: 'inquiry', difficultType: null, severity: 'critical' })).toBeNull();
    expect(followUpDueAt(closed, { kind: 'request', difficultType: null, severity: 'low' })).toBeNull();
    expect(followUpDueAt(closed, { kind: 'suggestion', difficultType: null, severity: null })).toBeNull();
  });
});

describe('outcomeReopens', () => {
  it('reopens only when the customer is not satisfied', () => {
    expect(outcomeReopens('not_satisfied')).toBe(true);
    expect(outcomeReopens('satisfied')).toBe(false);
    expect(outcomeReopens('new_need')).toBe(false);
    expect(outcomeReopens('unreachable')).toBe(false);
  });
});
