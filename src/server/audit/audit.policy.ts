import type { Actor } from '../auth/actor.ts';

/** Only admins read the audit log. */
export function canReadAudit(actor: Actor): boolean {
  return actor.role === 'admin';
}
