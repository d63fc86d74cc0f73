// The only SQL of assignments, learning records and certificates.
import type { Kysely } from 'kysely';
import type { LearningKind } from '../../../shared/academy/progress/rules.ts';
import type { Tables } from '../../db/tables.ts';

type Db = Kysely<Tables>;

/** A learning record as the rules read it. */
export type RecordRow = { userId: number; kind: LearningKind; ref: string; score: number | null; passed: boolean; completedAt: string };

/** Appends a learning record. */
export async function insertLearningRecord(db: Db, row: RecordRow): Promise<void> {
  await db
    .insertInto('learning_records')
    .values({ user_id: row.userId, kind: row.kind, ref: row.ref, score: row.score, passed: row.passed ? 1 : 0, completed_at: row.completedAt })
    .execute();
}

/** The records of these people for these item references (kinds are matched by the rules). */
export async function selectRecords(db: Db, userIds: readonly number[], refs: readonly string[]): Promise<RecordRow[]> {
  if (userIds.length === 0 || refs.length === 0) return [];
  const rows = await db
    .selectFrom('learning_records')
    .select(['user_id', 'kind', 'ref', 'score', 'passed', 'completed_at'])
    .where('user_id', 'in', [...new Set(userIds)])
    .where('ref', 'in', [...new Set(refs)])
    .execute();
  return rows.map((r) => ({ userId: Number(r.user_id), kind: r.kind, ref: r.ref, score: r.score === null ? null : Number(r.score), passed: r.passed === 1, completedAt: r.completed_at }));
}

/** A person's assignments without a certificate yet whose path contains the item. */
export function selectUncertifiedAssignments(db: Db, userId: number, kind: LearningKind, ref: string) {
  return db
    .selectFrom('learning_assignments as a')
    .innerJoin('learning_paths as p', 'p.id', 'a.path_id')
    .leftJoin('certificates as c', (join) => join.onRef('c.path_id', '=', 'a.path_id').onRef('c.user_id', '=', 'a.user_id'))
    .select(['a.path_id as pathId', 'p.title', 'a.assigned_at as assignedAt'])
    .where('a.user_id', '=', userId)
    .where('c.id', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('learning_path_items as i').select('i.id').whereRef('i.path_id', '=', 'a.path_id').where('i.kind', '=', kind).where('i.ref', '=', ref)))
    .execute();
}

/** The items of these paths, in order. */
export async function selectPathItems(db: Db, pathIds: readonly number[]) {
  if (pathIds.length === 0) return [];
  const rows = await db.selectFrom('learning_path_items').select(['path_id', 'kind', 'ref']).where('path_id', 'in', [...new Set(pathIds)]).orderBy('path_id').orderBy('position').execute();
  return rows.map((r) => ({ pathId: Number(r.path_id), kind: r.kind, ref: r.ref }));
}

/** Issues a certificate for a completed path. */
export async function insertCertificate(db: Db, row: { userId: number; pathId: number; title: string; issuedAt: string }): Promise<void> {
  await db.insertInto('certificates').values({ user_id: row.userId, path_id: row.pathId, title: row.title, issued_at: row.issuedAt }).execute();
}

/** Active people by id (deactivated people are not assigned work). */
export function selectActivePeople(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).where('deactivated_at', 'is', null).execute();
}

/** Active members of a department. */
export function selectDepartmentMembers(db: Db, departmentId: number) {
  return db.selectFrom('users').select(['id', 'name']).where('department_id', '=', departmentId).where('deactivated_at', 'is', null).execute();
}

/** A department by id. */
export function selectDepartment(db: Db, id: number) {
  return db.selectFrom('departments').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Every active person and every department, for the assignment form. */
export async function selectAssignees(db: Db) {
  const [people, departments] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'department_id']).where('deactivated_at', 'is', null).orderBy('name').execute(),
    db.selectFrom('departments').select(['id', 'name']).orderBy('name').execute(),
  ]);
  return {
    people: people.map((p) => ({ id: Number(p.id), name: p.name, departmentId: p.department_id === null ? null : Number(p.department_id) })),
    departments: departments.map((d) => ({ id: Number(d.id), name: d.name })),
  };
}

/** Creates a path with its items and assignees; returns its id. */
export async function insertPath(
  db: Db,
  path: { title: string; note: string | null; dueOn: string; departmentId: number | null; createdBy: number | null; createdAt: string },
  items: readonly { kind: LearningKind; ref: string }[],
  userIds: readonly number[],
): Promise<number> {
  const { id } = await db
    .insertInto('learning_paths')
    .values({ title: path.title, note: path.note, due_on: path.dueOn, department_id: path.departmentId, created_by: path.createdBy, created_at: path.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pathId = Number(id);
  await db.insertInto('learning_path_items').values(items.map((item, position) => ({ path_id: pathId, position, kind: item.kind, ref: item.ref }))).execute();
  await db.insertInto('learning_assignments').values(userIds.map((userId) => ({ path_id: pathId, user_id: userId, assigned_at: path.createdAt }))).execute();
  return pathId;
}

function pathQuery(db: Db) {
  return db
    .selectFrom('learning_paths as p')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.title', 'p.note', 'p.due_on as dueOn', 'd.name as department', 'u.name as createdBy', 'p.created_at as createdAt']);
}

/** One page of paths, newest first (keyset by id), optionally of one department. */
export async function selectPathPage(db: Db, filter: { beforeId?: number; limit: number; departmentId?: number }) {
  let query = pathQuery(db).orderBy('p.id', 'desc').limit(filter.limit + 1);
  if (filter.beforeId) query = query.where('p.id', '<', filter.beforeId);
  if (filter.departmentId) query = query.where('p.department_id', '=', filter.departmentId);
  return (await query.execute()).map((r) => ({ ...r, id: Number(r.id) }));
}

/** One path, or undefined. */
export async function selectPath(db: Db, id: number) {
  const row = await pathQuery(db).where('p.id', '=', id).executeTakeFirst();
  return row && { ...row, id: Number(row.id) };
}

/** How many people each path is assigned to and how many earned its certificate. */
export async function selectPathCounts(db: Db, pathIds: readonly number[]) {
  if (pathIds.length === 0) return new Map<number, { assigned: number; completed: number }>();
  const [assigned, completed] = await Promise.all([
    db.selectFrom('learning_assignments').select(['path_id', (eb) => eb.fn.countAll<number>().as('n')]).where('path_id', 'in', pathIds).groupBy('path_id').execute(),
    db.selectFrom('certificates').select(['path_id', (eb) => eb.fn.countAll<number>().as('n')]).where('path_id', 'in', pathIds).groupBy('path_id').execute(),
  ]);
  const counts = new Map(pathIds.map((id) => [id, { assigned: 0, completed: 0 }]));
  for (const r of assigned) counts.get(Number(r.path_id))!.assigned = Number(r.n);
  for (const r of completed) counts.get(Number(r.path_id!))!.completed = Number(r.n);
  return counts;
}

/** Deletes a path (its items and assignments go with it; certificates stay). */
export async function deletePath(db: Db, id: number): Promise<void> {
  await db.deleteFrom('learning_paths').where('id', '=', id).execute();
}

/** Assignments with their person and path: of one path, of one person, or of active people (optionally of one department). */
export async function selectAssignments(db: Db, filter: { pathId?: number; userId?: number; departmentId?: number }) {
  let query = db
    .selectFrom('learning_assignments as a')
    .innerJoin('learning_paths as p', 'p.id', 'a.path_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .leftJoin('certificates as c', (join) => join.onRef('c.path_id', '=', 'a.path_id').onRef('c.user_id', '=', 'a.user_id'))
    .select([
      'a.path_id as pathId',
      'a.user_id as userId',
      'a.assigned_at as assignedAt',
      'p.title',
      'p.note',
      'p.due_on as dueOn',
      'u.name',
      'u.time_zone as timeZone',
      'u.department_id as departmentId',
      'd.name as department',
      'c.id as certificateId',
    ]);
  if (filter.pathId) query = query.where('a.path_id', '=', filter.pathId);
  if (filter.userId) query = query.where('a.user_id', '=', filter.userId);
  else query = query.where('u.deactivated_at', 'is', null);
  if (filter.departmentId) query = query.where('u.department_id', '=', filter.departmentId);
  const rows = await query.orderBy('u.name').orderBy('a.path_id').execute();
  return rows.map((r) => ({
    ...r,
    pathId: Number(r.pathId),
    userId: Number(r.userId),
    departmentId: r.departmentId === null ? null : Number(r.departmentId),
    certificateId: r.certificateId === null ? null : Number(r.certificateId),
  }));
}

/** A person's certificates, newest first. */
export async function selectCertificates(db: Db, userId: number) {
  const rows = await db.selectFrom('certificates').select(['id', 'title', 'issued_at as issuedAt']).where('user_id', '=', userId).orderBy('id', 'desc').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** How many certificates each of these people holds. */
export async function selectCertificateCounts(db: Db, userIds: readonly number[]): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('certificates').select(['user_id', (eb) => eb.fn.countAll<number>().as('n')]).where('user_id', 'in', [...new Set(userIds)]).groupBy('user_id').execute();
  return new Map(rows.map((r) => [Number(r.user_id), Number(r.n)]));
}

/** One certificate with its holder's name. */
export async function selectCertificate(db: Db, id: number) {
  const row = await db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.user_id as userId', 'c.path_id as pathId', 'c.title', 'c.issued_at as issuedAt', 'u.name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, id: Number(row.id), userId: Number(row.userId), pathId: row.pathId === null ? null : Number(row.pathId) };
}
