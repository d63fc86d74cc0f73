// When an assigned piece of learning counts as done, when a path is overdue, and when it earns a certificate.

/** What a learner can finish: a course, a quiz attempt, a self-assessment or a simulation. */
export const learningKinds = ['course', 'quiz', 'assessment', 'simulation'] as const;
/** One kind of learning. */
export type LearningKind = (typeof learningKinds)[number];

/** A finished piece of learning as the rules need it. */
export type FinishedLearning = { kind: LearningKind; ref: string; score: number | null; passed: boolean; completedAt: string };

/** An item's state for one learner: done or not, the best score since assignment and when it was first done. */
export type ItemStatus = { done: boolean; score: number | null; completedAt: string | null };

/** Whether a record counts for an item assigned at `assignedAt`: the same item, finished after assignment, and passed for quizzes. */
export function counts(record: FinishedLearning, item: { kind: LearningKind; ref: string }, assignedAt: string): boolean {
  if (record.kind !== item.kind || record.ref !== item.ref || record.completedAt < assignedAt) return false;
  // A quiz is learnt only when passed; reading, a self-assessment or a role-play counts once finished.
  return item.kind !== 'quiz' || record.passed;
}

/** The status of one assigned item from the learner's records (any order). */
export function itemStatus(records: readonly FinishedLearning[], item: { kind: LearningKind; ref: string }, assignedAt: string): ItemStatus {
  let completedAt: string | null = null;
  let score: number | null = null;
  for (const record of records) {
    if (record.kind !== item.kind || record.ref !== item.ref || record.completedAt < assignedAt) continue;
    if (record.score !== null && (score === null || record.score > score)) score = record.score;
    if (counts(record, item, assignedAt) && (completedAt === null || record.completedAt < completedAt)) completedAt = record.completedAt;
  }
  return { done: completedAt !== null, score, completedAt };
}

/** Whether every item of a path is done (an empty path never is). */
export function isPathComplete(items: readonly ItemStatus[]): boolean {
  return items.length > 0 && items.every((i) => i.done);
}

/** Whether a path is overdue: not complete and its due date (a calendar date) is before `today` (same format, learner's zone). */
export function isOverdue(dueOn: string, complete: boolean, today: string): boolean {
  return !complete && dueOn < today;
}

/** Whether a due date may be set: today or later in the assigner's calendar. */
export function isDueDateAllowed(dueOn: string, today: string): boolean {
  return dueOn >= today;
}

/** Share of done items, as a whole percentage. */
export function percentDone(items: readonly ItemStatus[]): number {
  return items.length === 0 ? 0 : Math.round((items.filter((i) => i.done).length / items.length) * 100);
}

/** The average of the known scores, rounded to one decimal, or null when there is none. */
export function averageScore(scores: readonly (number | null)[]): number | null {
  const known = scores.filter((s): s is number => s !== null);
  return known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
}
