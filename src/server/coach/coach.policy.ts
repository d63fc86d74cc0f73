import type { Actor } from '../auth/actor.ts';

/** Every signed-in staff member may use the coach and read the company's rules (customers never sign in). */
export function canUseCoach(actor: Actor | null): actor is Actor {
  return actor !== null;
}

/** Only admins write the company's banned and preferred phrase rules. */
export function canManageCoachRules(actor: Actor): boolean {
  return actor.role === 'admin';
}
