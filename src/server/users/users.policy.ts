import type { Actor } from '../auth/actor.ts';

/** Admins create users, change roles and deactivate accounts. */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Admins and supervisors see the staff list (supervisors assign work to it). */
export function canListUsers(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'supervisor';
}
