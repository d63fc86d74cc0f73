import type { Locale, Role } from '../../shared/schemas/common.ts';

/** The person a request acts for, as every service function receives it. */
export type Actor = {
  id: number;
  email: string;
  name: string;
  role: Role;
  departmentId: number | null;
  locale: Locale;
  timeZone: string;
  /** The client address of the request, kept in audit entries. */
  ip?: string | null;
};

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** Whether `actor` satisfies `access`. */
export function isAllowed(access: Access, actor: Actor | null): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  return access === 'signed-in' || access.includes(actor.role);
}
