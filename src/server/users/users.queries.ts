import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas/common.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables, UsersTable } from '../db/tables.ts';

function userQuery(db: Kysely<Tables>) {
  return db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.department_id as departmentId',
      'departments.name as departmentName',
      'users.locale',
      'users.deactivated_at as deactivatedAt',
      'users.created_at as createdAt',
    ]);
}

/** One user row as the admin views show it. */
export type UserRow = Awaited<ReturnType<typeof findUser>> & object;

/** A user by id, or undefined. */
export function findUser(db: Kysely<Tables>, id: number) {
  return userQuery(db).where('users.id', '=', id).executeTakeFirst();
}

/** A page of users ordered by id, optionally filtered by role and a name/email fragment. */
export function selectUsers(db: Db, filter: { afterId?: number; limit: number; role?: Role; q?: string }) {
  let query = userQuery(db).orderBy('users.id').limit(filter.limit + 1);
  if (filter.afterId) query = query.where('users.id', '>', filter.afterId);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('users.name', 'like', like), eb('users.email', 'like', like)]));
  }
  return query.execute();
}

/** Whether another user already has this email. */
export async function emailTaken(db: Kysely<Tables>, email: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** How many active admins there are. */
export async function countActiveAdmins(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Inserts a user and returns its id. */
export async function insertUser(
  db: Kysely<Tables>,
  values: Pick<UsersTable, 'email' | 'name' | 'role' | 'department_id' | 'locale' | 'password_hash'>,
): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('users')
    .values({ ...values, time_zone: 'Asia/Shanghai', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes columns of a user. */
export async function updateUserRow(db: Kysely<Tables>, id: number, values: Partial<Omit<UsersTable, 'id'>>): Promise<void> {
  await db.updateTable('users').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}

/** Ends every session of a user (on deactivation or password reset). */
export async function deleteSessionsOf(db: Kysely<Tables>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
