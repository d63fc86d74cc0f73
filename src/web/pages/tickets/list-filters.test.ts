import { describe, expect, it } from 'vitest';
import { createdDays, createdRange, dayStart, filtersFromParams, sameFilters, withFilters } from './list-filters.ts';

describe('ticket list filters in the URL', () => {
  it('keeps known filters with valid values only', () => {
    const params = new URLSearchParams('queue=mine&kind=complaint&slaState=late&customerTier=target&departmentId=3&colour=red');
    expect(filtersFromParams(params)).toEqual({ kind: 'complaint', customerTier: 'target', departmentId: 3 });
  });

  it('replaces the filters and keeps the queue', () => {
    const next = withFilters(new URLSearchParams('queue=mine&kind=complaint'), { slaState: 'breached' });
    expect(next.toString()).toBe('queue=mine&slaState=breached');
  });

  it('compares filter sets whatever their order', () => {
    expect(sameFilters({ kind: 'complaint', slaState: 'breached' }, { slaState: 'breached', kind: 'complaint' })).toBe(true);
    expect(sameFilters({ kind: 'complaint' }, {})).toBe(false);
  });
});

describe('created-at days in the user time zone', () => {
  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(dayStart('2026-11-23', 'Asia/Shanghai').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(dayStart('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('covers whole days from the first to the last', () => {
    const range = createdRange('2026-11-01', '2026-11-30', 'Asia/Shanghai');
    expect(range).toEqual({ createdFrom: '2026-10-31T16:00:00.000Z', createdTo: '2026-11-30T15:59:59.999Z' });
    expect(createdDays(range, 'Asia/Shanghai')).toEqual(['2026-11-01', '2026-11-30']);
  });
});
