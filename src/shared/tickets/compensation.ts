// Compensation authority: how many yuan each role may grant before a supervisor must approve.
import type { Role } from '../schemas/common.ts';

/** Yuan each role may grant on its own; null means unlimited, a missing role may grant nothing. */
export type AuthorityLimits = Partial<Record<Role, number | null>>;

/** Default limits: agent 200 yuan, supervisor 2,000 yuan, admin unlimited (configurable per company). */
export const authorityLimits: AuthorityLimits = { agent: 200, supervisor: 2000, admin: null };

/** The most a role may grant on its own (Infinity when unlimited, 0 when the role has no limit set). */
export function authorityLimit(role: Role, limits: AuthorityLimits = authorityLimits): number {
  const limit = limits[role];
  if (limit === null) return Infinity;
  return limit ?? 0;
}

/** Whether compensation of `amount` yuan granted by `role` needs someone higher to approve it. */
export function needsApproval(role: Role, amount: number, limits: AuthorityLimits = authorityLimits): boolean {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Invalid compensation amount: ${amount}`);
  return amount > authorityLimit(role, limits);
}

/** Roles allowed to approve `amount` yuan (supervisor and admin only), lowest limit first. */
export function approverRoles(amount: number, limits: AuthorityLimits = authorityLimits): Role[] {
  const approvers: Role[] = ['supervisor', 'admin'];
  return approvers
    .filter((r) => !needsApproval(r, amount, limits))
    .sort((a, b) => authorityLimit(a, limits) - authorityLimit(b, limits));
}
