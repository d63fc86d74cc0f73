// Trainers assign learning paths to people and departments, list them, see each one's matrix and delete them.
import type { Kysely } from 'kysely';
import { isDueDateAllowed, type LearningKind } from '../../../shared/academy/progress/rules.ts';
import { localDate } from '../../../shared/customers/dates.ts';
import type { AssignmentDetail, AssignmentOptions, AssignmentSummary, CreateAssignmentBody } from '../../../shared/schemas/academy-progress.ts';
import { insertAudit } from '../../audit/audit.queries.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import type { Tables } from '../../db/tables.ts';
import { decodeIdCursor, toPage } from '../../plugins/keyset.ts';
import { AppError } from '../../plugins/errors.ts';
import { itemKey, listLearningItems, resolveItems } from './learning-items.ts';
import { assignmentStatuses, titled } from './path-status.ts';
import { canManageLearning } from './progress.policy.ts';
import * as q from './progress.queries.ts';

/** What `assignTraining` needs: the path, its items, and people and/or a department; `assignedBy` null for the system. */
export type AssignTraining = {
  assignedBy: number | null;
  timeZone: string;
  ip?: string | null;
  title: string;
  note?: string | null;
  dueOn: string;
  items: readonly { kind: LearningKind; ref: string }[];
  userIds?: readonly number[];
  departmentId?: number | null;
};

/** Refuses anyone but trainers, supervisors and admins. */
export function assertManager(actor: Actor): void {
  if (!canManageLearning(actor.role)) throw new AppError(403, 'progress_forbidden');
}

function safeToday(timeZone: string): string {
  try {
    return localDate(new Date(), timeZone);
  } catch {
    return localDate(new Date(), 'Asia/Shanghai');
  }
}

async function checkItems(trx: Kysely<Tables>, items: AssignTraining['items']): Promise<void> {
  const keys = items.map(itemKey);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new AppError(400, 'progress_duplicate_item', { item: twice }, { item: twice });
  const titles = await resolveItems(trx, items, true);
  const unknown = keys.filter((k) => !titles.has(k));
  if (unknown.length) throw new AppError(400, 'progress_item_unknown', { items: unknown.join('、') }, { items: unknown });
}

async function assignees(trx: Kysely<Tables>, userIds: readonly number[], departmentId: number | null): Promise<number[]> {
  const people = await q.selectActivePeople(trx, userIds);
  const missing = [...new Set(userIds)].filter((id) => !people.some((p) => Number(p.id) === id));
  if (missing.length) throw new AppError(400, 'progress_people_unknown', { ids: missing.join(', ') }, { ids: missing });
  if (departmentId !== null && !(await q.selectDepartment(trx, departmentId))) throw new AppError(400, 'department_not_found', { id: departmentId });
  const members = departmentId === null ? [] : await q.selectDepartmentMembers(trx, departmentId);
  const ids = [...new Set([...people, ...members].map((p) => Number(p.id)))];
  if (ids.length === 0) throw new AppError(400, 'progress_nobody_assigned');
  return ids;
}

/**
 * Assigns a learning path inside the caller's transaction (audited) and returns its id. A department reaches its
 * active members of today. Exported for features that assign training themselves (e.g. quality, from weak scores).
 */
export async function assignTraining(trx: Kysely<Tables>, input: AssignTraining): Promise<number> {
  const today = safeToday(input.timeZone);
  if (!isDueDateAllowed(input.dueOn, today)) throw new AppError(400, 'progress_due_date_past', { dueOn: input.dueOn, today }, { field: 'dueOn' });
  await checkItems(trx, input.items);
  const departmentId = input.departmentId ?? null;
  const userIds = await assignees(trx, input.userIds ?? [], departmentId);
  const path = { title: input.title, note: input.note || null, dueOn: input.dueOn, departmentId, createdBy: input.assignedBy, createdAt: new Date().toISOString() };
  const id = await q.insertPath(trx, path, input.items, userIds);
  await insertAudit(trx, { actorId: input.assignedBy, action: 'learning_path.assigned', entityType: 'learning_path', entityId: id, after: { ...path, items: input.items, userIds }, ip: input.ip });
  return id;
}

/** A trainer assigns a path from the form; answers the path as the list shows it. */
export async function createAssignment(db: Db, actor: Actor, body: CreateAssignmentBody): Promise<AssignmentSummary> {
  assertManager(actor);
  const id = await db.transaction().execute((trx) => assignTraining(trx, { ...body, assignedBy: actor.id, timeZone: actor.timeZone, ip: actor.ip }));
  return (await summaries(db, [(await q.selectPath(db, id))!]))[0];
}

async function summaries(db: Db, paths: Awaited<ReturnType<typeof q.selectPathPage>>): Promise<AssignmentSummary[]> {
  const ids = paths.map((p) => p.id);
  const [items, counts] = await Promise.all([q.selectPathItems(db, ids), q.selectPathCounts(db, ids)]);
  const titles = await resolveItems(db, items);
  return paths.map((p) => ({
    ...p,
    items: items.filter((i) => i.pathId === p.id).map((i) => titled(i, titles)),
    ...(counts.get(p.id) ?? { assigned: 0, completed: 0 }),
  }));
}

/** One page of learning paths, newest first. */
export async function listAssignments(db: Db, actor: Actor, query: { cursor?: string; limit: number; department?: number }) {
  assertManager(actor);
  const rows = await q.selectPathPage(db, { beforeId: decodeIdCursor(query.cursor), limit: query.limit, departmentId: query.department });
  const page = toPage(rows, query.limit);
  return { items: await summaries(db, page.items), nextCursor: page.nextCursor };
}

/** One learning path with each person's status per item. */
export async function getAssignment(db: Db, actor: Actor, id: number): Promise<AssignmentDetail> {
  assertManager(actor);
  const path = await q.selectPath(db, id);
  if (!path) throw new AppError(404, 'progress_assignment_not_found', { id });
  const [summary] = await summaries(db, [path]);
  const [assignments, items] = await Promise.all([q.selectAssignments(db, { pathId: id }), q.selectPathItems(db, [id])]);
  const records = await q.selectRecords(db, assignments.map((a) => a.userId), items.map((i) => i.ref));
  const people = assignmentStatuses(assignments, items, records).map((a) => ({
    userId: a.userId,
    name: a.name,
    department: a.department,
    items: a.items.map((i) => ({ done: i.done, score: i.score, completedAt: i.completedAt })),
    complete: a.complete,
    overdue: a.overdue,
  }));
  return { ...summary, people };
}

/** Deletes a learning path and its pending work (audited); certificates already earned stay. */
export async function deleteAssignment(db: Db, actor: Actor, id: number): Promise<{ ok: true }> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    const path = await q.selectPath(trx, id);
    if (!path) throw new AppError(404, 'progress_assignment_not_found', { id });
    const items = await q.selectPathItems(trx, [id]);
    await q.deletePath(trx, id);
    await insertAudit(trx, { actorId: actor.id, action: 'learning_path.deleted', entityType: 'learning_path', entityId: id, before: { ...path, items }, ip: actor.ip });
  });
  return { ok: true };
}

/** What can be assigned, and to whom. */
export async function assignmentOptions(db: Db, actor: Actor): Promise<AssignmentOptions> {
  assertManager(actor);
  const [items, assignees] = await Promise.all([listLearningItems(db), q.selectAssignees(db)]);
  return { items, ...assignees };
}
