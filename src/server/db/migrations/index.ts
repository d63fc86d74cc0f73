import type { Migration } from 'kysely';
import * as foundation from './2026-11-22-0001-foundation.ts';
import * as customers from './2026-11-22-0002-customers.ts';
import * as coach from './2026-11-22-0003-coach.ts';
import * as tickets from './2026-11-22-0004-tickets.ts';
import * as academy from './2026-11-22-0005-academy.ts';

/** Every migration in order; append only, never edit a landed one. */
export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-customers': customers,
  '2026-11-22-0003-coach': coach,
  '2026-11-22-0004-tickets': tickets,
  '2026-11-22-0005-academy': academy,
};
