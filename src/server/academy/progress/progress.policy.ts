import type { Role } from '../../../shared/schemas/common.ts';

/** The roles that assign learning and see everyone's progress and certificates. */
export const learningManagers = ['trainer', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** Whether a role assigns learning and sees everyone's progress. */
export function canManageLearning(role: Role): boolean {
  return (learningManagers as readonly Role[]).includes(role);
}
