import type { Kysely } from 'kysely';
import { isPathComplete, itemStatus, type LearningKind } from '../../../shared/academy/progress/rules.ts';
import type { Tables } from '../../db/tables.ts';
import { insertCertificate, insertLearningRecord, selectPathItems, selectRecords, selectUncertifiedAssignments } from './progress.queries.ts';

export type { LearningKind } from '../../../shared/academy/progress/rules.ts';

/** One finished piece of learning; `ref` is the course id, quiz id, assessment key or persona key as a string. */
export type LearningRecord = { userId: number; kind: LearningKind; ref: string; score: number | null; passed: boolean };

/**
 * Records that a learner finished something, inside the caller's transaction, so assignments and progress see it.
 * Call it from the service that completes the work (last lesson read, quiz attempt submitted, assessment scored,
 * simulation ended). Paths this completes earn their certificate here, dated now.
 */
export async function recordLearning(db: Kysely<Tables>, record: LearningRecord): Promise<void> {
  const now = new Date().toISOString();
  await insertLearningRecord(db, { ...record, completedAt: now });
  const open = await selectUncertifiedAssignments(db, record.userId, record.kind, record.ref);
  if (open.length === 0) return;
  const items = await selectPathItems(db, open.map((a) => Number(a.pathId)));
  const records = await selectRecords(db, [record.userId], items.map((i) => i.ref));
  for (const assignment of open) {
    const pathId = Number(assignment.pathId);
    const statuses = items.filter((i) => i.pathId === pathId).map((i) => itemStatus(records, i, assignment.assignedAt));
    if (isPathComplete(statuses)) await insertCertificate(db, { userId: record.userId, pathId, title: assignment.title, issuedAt: now });
  }
}
