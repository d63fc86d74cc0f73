// The customer list's filters as URL search parameters, so a filtered list survives a visit to a customer.
import { levels, tiers } from '../../shared/customers/cadence.ts';
import { segmentKeys } from '../../shared/schemas/customers.ts';
import type { CustomerFilters } from '../api.ts';

const bands = ['low', 'medium', 'high'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the list filters from search parameters, dropping anything the API would refuse. */
export function filtersFromParams(params: URLSearchParams): CustomerFilters {
  const segment = oneOf(segmentKeys, params.get('segment'));
  const filters: CustomerFilters = {
    q: text(params.get('q')),
    tier: oneOf(tiers, params.get('tier')),
    level: oneOf(levels, params.get('level')),
    segment,
    segmentValue: segment ? text(params.get('segmentValue')) : undefined,
    tag: text(params.get('tag')),
    ownerId: params.get('ownerId') === 'me' ? 'me' : undefined,
    risk: oneOf(bands, params.get('risk')),
    due: params.get('due') === 'true' ? 'true' : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as CustomerFilters;
}

/** Writes list filters as search parameters (empty ones left out). */
export function filtersToParams(filters: CustomerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}
