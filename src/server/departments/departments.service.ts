import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import {
  countMembers,
  departmentNameTaken,
  findDepartment,
  insertDepartment,
  selectDepartments,
} from './departments.queries.ts';

type DepartmentInput = { name: string; kind: 'service' | 'rnd' | 'production' | 'logistics' | 'other' };

/** Every department (any signed-in user needs their names). */
export async function listDepartments(db: Db) {
  const rows = await selectDepartments(db);
  return rows.map((row) => ({ ...row, kind: row.kind as DepartmentInput['kind'], memberCount: Number(row.memberCount) }));
}

function assertAdmin(actor: Actor) {
  if (actor.role !== 'admin') throw new AppError(403, 'forbidden');
}

/** Creates a department (admins). */
export async function createDepartment(db: Db, actor: Actor, input: DepartmentInput) {
  assertAdmin(actor);
  const id = await db.transaction().execute(async (trx) => {
    if (await departmentNameTaken(trx, input.name)) throw new AppError(409, 'department_name_taken', { name: input.name });
    const departmentId = await insertDepartment(trx, input);
    await insertAudit(trx, { actorId: actor.id, action: 'department.created', entityType: 'department', entityId: departmentId, after: input, ip: actor.ip });
    return departmentId;
  });
  return (await listDepartments(db)).find((d) => d.id === id)!;
}

/** Renames a department or changes its kind (admins). */
export async function updateDepartment(db: Db, actor: Actor, id: number, input: DepartmentInput) {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findDepartment(trx, id);
    if (!before) throw new AppError(404, 'department_not_found', { id });
    if (await departmentNameTaken(trx, input.name, id)) throw new AppError(409, 'department_name_taken', { name: input.name });
    await trx.updateTable('departments').set(input).where('id', '=', id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'department.updated', entityType: 'department', entityId: id, before, after: input, ip: actor.ip });
  });
  return (await listDepartments(db)).find((d) => d.id === id)!;
}

/** Deletes an empty department (admins). */
export async function deleteDepartment(db: Db, actor: Actor, id: number) {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findDepartment(trx, id);
    if (!before) throw new AppError(404, 'department_not_found', { id });
    const count = await countMembers(trx, id);
    if (count > 0) throw new AppError(409, 'department_has_members', { count });
    await trx.deleteFrom('departments').where('id', '=', id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'department.deleted', entityType: 'department', entityId: id, before, ip: actor.ip });
  });
}
