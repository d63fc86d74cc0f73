import type { Migration } from 'kysely';
import * as foundation from './2026-11-22-0001-foundation.ts';
import * as customers from './2026-11-22-0002-customers.ts';

/** Every migration in order; append only, never edit a landed one. */
export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-customers': customers,
};
