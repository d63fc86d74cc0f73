import type { Role } from '../../../shared/schemas/common.ts';
import type { Actor } from '../../auth/actor.ts';

/** Roles that may read other people's simulations (the team list). */
export const simulationReviewers: readonly Role[] = ['trainer', 'supervisor', 'admin'];

/** Whether the actor may read other people's simulations at all. */
export function canReviewSimulations(actor: Actor): boolean {
  return simulationReviewers.includes(actor.role);
}

/**
 * Whether the actor may read a simulation: their own, or as a reviewer one of their department (all of them
 * when the reviewer has no department), the same scope as the academy's team view.
 */
export function canReadSimulation(actor: Actor, owner: { userId: number; departmentId: number | null }): boolean {
  if (owner.userId === actor.id) return true;
  return canReviewSimulations(actor) && (actor.departmentId === null || actor.departmentId === owner.departmentId);
}
