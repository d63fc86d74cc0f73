import type { Role } from '../../../shared/schemas/common.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError } from '../../plugins/errors.ts';

/** The roles that write courses and cases. */
export const courseEditors = ['trainer', 'admin'] as const satisfies readonly Role[];

/** Whether the actor writes courses and cases (and so sees drafts and analyses). */
export function canEditCourses(actor: Actor): boolean {
  return (courseEditors as readonly Role[]).includes(actor.role);
}

/** Refuses anyone who does not write courses. */
export function assertCourseEditor(actor: Actor): void {
  if (!canEditCourses(actor)) throw new AppError(403, 'course_edit_forbidden');
}
