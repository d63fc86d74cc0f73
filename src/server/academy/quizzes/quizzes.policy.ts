import type { Role } from '../../../shared/schemas/common.ts';
import type { Actor } from '../../auth/actor.ts';

/** Who builds quizzes, sees drafts and reads per-question results. */
export const quizManagers = ['trainer', 'admin'] as const satisfies readonly Role[];

/** Whether the actor may author quizzes (every staff role may take published ones). */
export function canManageQuizzes(actor: Actor): boolean {
  return (quizManagers as readonly Role[]).includes(actor.role);
}
