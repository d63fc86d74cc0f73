import type { Role } from '../../shared/schemas/common.ts';
import type { UpdateUserBody } from '../../shared/schemas/users.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import { hashPassword, newTemporaryPassword } from '../auth/secrets.ts';
import type { Db } from '../db/create-db.ts';
import { departmentExists } from '../departments/departments.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { decodeIdCursor, toPage } from '../plugins/keyset.ts';
import { canListUsers, canManageUsers } from './users.policy.ts';
import {
  countActiveAdmins,
  deleteSessionsOf,
  emailTaken,
  findUser,
  insertUser,
  selectUsers,
  updateUserRow,
  type UserRow,
} from './users.queries.ts';

/** The API form of a user row. */
export function toUser({ deactivatedAt, ...row }: UserRow) {
  return { ...row, active: deactivatedAt === null };
}

/** A page of users for admins and supervisors. */
export async function listUsers(db: Db, actor: Actor, query: { cursor?: string; limit: number; role?: Role; q?: string }) {
  if (!canListUsers(actor)) throw new AppError(403, 'forbidden');
  const rows = await selectUsers(db, { ...query, afterId: decodeIdCursor(query.cursor) });
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

/** Input of creating a user. */
export type CreateUserInput = {
  email: string;
  name: string;
  role: Role;
  departmentId?: number | null;
  locale: 'zh-CN' | 'en';
  password?: string;
};

/** Creates a user; without a password a temporary one is generated and returned once. */
export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  if (!canManageUsers(actor)) throw new AppError(403, 'forbidden');
  const temporaryPassword = input.password ? null : newTemporaryPassword();
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const id = await db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email)) throw new AppError(409, 'email_taken', { email: input.email });
    if (input.departmentId && !(await departmentExists(trx, input.departmentId))) {
      throw new AppError(400, 'department_not_found', { id: input.departmentId });
    }
    const values = {
      email: input.email,
      name: input.name,
      role: input.role,
      department_id: input.departmentId ?? null,
      locale: input.locale,
    };
    const userId = await insertUser(trx, { ...values, password_hash: passwordHash });
    await insertAudit(trx, { actorId: actor.id, action: 'user.created', entityType: 'user', entityId: userId, after: values, ip: actor.ip });
    return userId;
  });
  return { user: toUser((await findUser(db, id))!), temporaryPassword };
}

/** Changes a user's name, role, department, locale or active state, keeping at least one active admin. */
export async function updateUser(db: Db, actor: Actor, id: number, input: UpdateUserBody) {
  if (!canManageUsers(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const before = await findUser(trx, id);
    if (!before) throw new AppError(404, 'user_not_found', { id });
    const demotes = (input.role && input.role !== before.role) || input.active === false;
    if (id === actor.id && demotes) throw new AppError(400, 'cannot_change_self');
    if (before.role === 'admin' && demotes && (await countActiveAdmins(trx)) <= 1) throw new AppError(400, 'last_admin');
    if (input.departmentId && !(await departmentExists(trx, input.departmentId))) {
      throw new AppError(400, 'department_not_found', { id: input.departmentId });
    }
    const deactivatedAt = input.active === undefined ? undefined : input.active ? null : before.deactivatedAt ?? new Date().toISOString();
    await updateUserRow(trx, id, {
      name: input.name,
      role: input.role,
      department_id: input.departmentId,
      locale: input.locale,
      deactivated_at: deactivatedAt,
    });
    if (input.active === false) await deleteSessionsOf(trx, id);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: toUser(before),
      after: input,
      ip: actor.ip,
    });
  });
  return toUser((await findUser(db, id))!);
}

/** Sets a new temporary password for a user and ends their sessions; returns the password once. */
export async function resetPassword(db: Db, actor: Actor, id: number) {
  if (!canManageUsers(actor)) throw new AppError(403, 'forbidden');
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction().execute(async (trx) => {
    if (!(await findUser(trx, id))) throw new AppError(404, 'user_not_found', { id });
    await updateUserRow(trx, id, { password_hash: passwordHash });
    await deleteSessionsOf(trx, id);
    await insertAudit(trx, { actorId: actor.id, action: 'user.password_reset', entityType: 'user', entityId: id, ip: actor.ip });
  });
  return { temporaryPassword };
}
