import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

/** Every department with its member count, by name. */
export function selectDepartments(db: Kysely<Tables>) {
  return db
    .selectFrom('departments')
    .leftJoin('users', (join) => join.onRef('users.department_id', '=', 'departments.id').on('users.deactivated_at', 'is', null))
    .select((eb) => ['departments.id', 'departments.name', 'departments.kind', eb.fn.count<number>('users.id').as('memberCount')])
    .groupBy(['departments.id', 'departments.name', 'departments.kind'])
    .orderBy('departments.id')
    .execute();
}

/** Whether a department exists. */
export async function departmentExists(db: Kysely<Tables>, id: number): Promise<boolean> {
  return (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** A department by id, or undefined. */
export function findDepartment(db: Kysely<Tables>, id: number) {
  return db.selectFrom('departments').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Whether another department has this name. */
export async function departmentNameTaken(db: Kysely<Tables>, name: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('departments').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Inserts a department and returns its id. */
export async function insertDepartment(db: Kysely<Tables>, values: { name: string; kind: string }): Promise<number> {
  const row = await db
    .insertInto('departments')
    .values({ ...values, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Counts the users (active or not) in a department. */
export async function countMembers(db: Kysely<Tables>, id: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('department_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
