import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { createTicketViewBodySchema, TicketViewFilters, updateTicketViewBodySchema } from '../../shared/schemas/ticket-files.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { AppError } from '../plugins/errors.ts';
import { deleteView, findView, insertView, selectVisibleViews, updateView, viewNameTaken } from './saved-views.queries.ts';
import { assertCause } from './tickets.service.ts';
import { canReadAllTickets, isSupervising } from './tickets.policy.ts';

type ViewRow = NonNullable<Awaited<ReturnType<typeof findView>>>;

function assertCanUseViews(actor: Actor) {
  if (!canReadAllTickets(actor) && actor.role !== 'department_member') throw new AppError(403, 'forbidden');
}

/** A team view may be changed by its owner and by supervisors; a private one only by its owner. */
function editable(actor: Actor, view: Pick<ViewRow, 'ownerId' | 'shared'>) {
  return view.ownerId === actor.id || (view.shared === 1 && isSupervising(actor));
}

function toView(actor: Actor, v: ViewRow) {
  return { id: v.id, name: v.name, filters: JSON.parse(v.filters) as TicketViewFilters, shared: v.shared === 1, ownerId: v.ownerId, ownerName: v.ownerName, mine: v.ownerId === actor.id, editable: editable(actor, v), updatedAt: v.updatedAt };
}

/** Filters must name things that exist: a view of a deleted cause or a stranger's id would show nothing, silently. */
async function assertFilterValues(db: Kysely<Tables>, f: TicketViewFilters) {
  await assertCause(db, f.causeKey);
  if (f.departmentId && !(await db.selectFrom('departments').select('id').where('id', '=', f.departmentId).executeTakeFirst())) {
    throw new AppError(400, 'department_not_found', { id: f.departmentId });
  }
  if (f.ownerId && !(await db.selectFrom('users').select('id').where('id', '=', f.ownerId).executeTakeFirst())) {
    throw new AppError(400, 'owner_filter_unknown', { id: f.ownerId });
  }
}

/** A view the actor may see: their own or a shared one; someone else's private view does not exist for them. */
async function visibleView(db: Kysely<Tables>, actor: Actor, id: number) {
  const view = await findView(db, id);
  if (!view || (view.ownerId !== actor.id && view.shared !== 1)) throw new AppError(404, 'view_not_found', { id });
  return view;
}

/** The actor's views and the team's shared ones. */
export async function listViews(db: Db, actor: Actor) {
  assertCanUseViews(actor);
  return (await selectVisibleViews(db, actor.id)).map((v) => toView(actor, v));
}

/** Saves the current filters under a name; only supervisors and admins share with the team. */
export async function createView(db: Db, actor: Actor, input: z.output<typeof createTicketViewBodySchema>) {
  assertCanUseViews(actor);
  if (input.shared && !isSupervising(actor)) throw new AppError(403, 'view_share_forbidden');
  const id = await db.transaction().execute(async (trx) => {
    await assertFilterValues(trx, input.filters);
    if (await viewNameTaken(trx, actor.id, input.name)) throw new AppError(409, 'view_name_taken', { name: input.name });
    return insertView(trx, { ownerId: actor.id, name: input.name, filters: input.filters, shared: input.shared });
  });
  return toView(actor, (await findView(db, id))!);
}

/** Renames a view, replaces its filters, or shares or unshares it. */
export async function changeView(db: Db, actor: Actor, id: number, input: z.output<typeof updateTicketViewBodySchema>) {
  assertCanUseViews(actor);
  await db.transaction().execute(async (trx) => {
    const view = await visibleView(trx, actor, id);
    if (!editable(actor, view)) throw new AppError(403, 'view_not_editable');
    if (input.shared !== undefined && input.shared !== (view.shared === 1) && !isSupervising(actor)) throw new AppError(403, 'view_share_forbidden');
    if (input.filters) await assertFilterValues(trx, input.filters);
    if (input.name && (await viewNameTaken(trx, view.ownerId, input.name, id))) throw new AppError(409, 'view_name_taken', { name: input.name });
    await updateView(trx, id, input);
  });
  return toView(actor, (await findView(db, id))!);
}

/** Deletes a view (its owner, or a supervisor for a team view). */
export async function removeView(db: Db, actor: Actor, id: number) {
  assertCanUseViews(actor);
  await db.transaction().execute(async (trx) => {
    const view = await visibleView(trx, actor, id);
    if (!editable(actor, view)) throw new AppError(403, 'view_not_editable');
    await deleteView(trx, id);
  });
}
