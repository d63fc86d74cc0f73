import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams } from './customer-filters.ts';

describe('customer list filters in the URL', () => {
  it('round-trips valid filters', () => {
    const filters = { q: '5678', tier: 'current', segment: 'region', segmentValue: '北京', ownerId: 'me', risk: 'high', due: 'true' } as const;
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('drops values the API would refuse', () => {
    expect(filtersFromParams(new URLSearchParams('tier=gold&risk=huge&ownerId=7&segmentValue=x&q=%20%20'))).toEqual({});
  });
});
