// Joins assignments, path items and learning records into per-person statuses with the pure rules.
import type { Localized } from '../../../shared/academy/assessments.ts';
import { isOverdue, isPathComplete, itemStatus, type ItemStatus, type LearningKind } from '../../../shared/academy/progress/rules.ts';
import { localDate } from '../../../shared/customers/dates.ts';
import type { RecordRow } from './progress.queries.ts';
import { itemKey } from './learning-items.ts';

type PathItem = { pathId: number; kind: LearningKind; ref: string };
type AssignmentRow = { pathId: number; userId: number; assignedAt: string; dueOn: string; timeZone: string; certificateId: number | null };

/** An assignment with the status of each of its items. */
export type AssignmentStatus<A> = A & { items: (PathItem & ItemStatus)[]; complete: boolean; overdue: boolean };

function today(timeZone: string, now: Date): string {
  try {
    return localDate(now, timeZone);
  } catch {
    return localDate(now, 'Asia/Shanghai');
  }
}

/** Each assignment's item statuses, completeness (a certificate also proves it) and overdue state in the learner's zone. */
export function assignmentStatuses<A extends AssignmentRow>(assignments: readonly A[], items: readonly PathItem[], records: readonly RecordRow[], now = new Date()): AssignmentStatus<A>[] {
  const recordsOf = new Map<number, RecordRow[]>();
  for (const r of records) {
    const list = recordsOf.get(r.userId);
    if (list) list.push(r);
    else recordsOf.set(r.userId, [r]);
  }
  return assignments.map((a) => {
    const mine = recordsOf.get(a.userId) ?? [];
    const statuses = items.filter((i) => i.pathId === a.pathId).map((i) => ({ ...i, ...itemStatus(mine, i, a.assignedAt) }));
    const complete = a.certificateId !== null || isPathComplete(statuses);
    return { ...a, items: statuses, complete, overdue: isOverdue(a.dueOn, complete, today(a.timeZone, now)) };
  });
}

/** An item with its title; an item whose course or quiz has gone shows its reference. */
export function titled(item: { kind: LearningKind; ref: string }, titles: Map<string, Localized>): { kind: LearningKind; ref: string; title: Localized } {
  return { kind: item.kind, ref: item.ref, title: titles.get(itemKey(item)) ?? { 'zh-CN': `${item.kind} ${item.ref}`, en: `${item.kind} ${item.ref}` } };
}
