import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

const columns = ['ticket_views.id', 'ticket_views.owner_id as ownerId', 'users.name as ownerName', 'ticket_views.name', 'ticket_views.filters', 'ticket_views.shared', 'ticket_views.updated_at as updatedAt'] as const;

/** The reader's own views and the team's shared ones, by name. */
export function selectVisibleViews(db: Kysely<Tables>, userId: number) {
  return db
    .selectFrom('ticket_views')
    .innerJoin('users', 'users.id', 'ticket_views.owner_id')
    .select(columns)
    .where((eb) => eb.or([eb('ticket_views.owner_id', '=', userId), eb('ticket_views.shared', '=', 1)]))
    .orderBy('ticket_views.name')
    .orderBy('ticket_views.id')
    .execute();
}

/** One view with its owner's name. */
export function findView(db: Kysely<Tables>, id: number) {
  return db.selectFrom('ticket_views').innerJoin('users', 'users.id', 'ticket_views.owner_id').select(columns).where('ticket_views.id', '=', id).executeTakeFirst();
}

/** Whether the owner already has another view of this name. */
export async function viewNameTaken(db: Kysely<Tables>, ownerId: number, name: string, exceptId?: number) {
  let q = db.selectFrom('ticket_views').select('id').where('owner_id', '=', ownerId).where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Saves a new view and returns its id. */
export async function insertView(db: Kysely<Tables>, v: { ownerId: number; name: string; filters: unknown; shared: boolean }) {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('ticket_views')
    .values({ owner_id: v.ownerId, name: v.name, filters: JSON.stringify(v.filters), shared: v.shared ? 1 : 0, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a view's name, filters or sharing. */
export async function updateView(db: Kysely<Tables>, id: number, v: { name?: string; filters?: unknown; shared?: boolean }) {
  await db
    .updateTable('ticket_views')
    .set({
      name: v.name,
      filters: v.filters === undefined ? undefined : JSON.stringify(v.filters),
      shared: v.shared === undefined ? undefined : v.shared ? 1 : 0,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes a view. */
export async function deleteView(db: Kysely<Tables>, id: number) {
  await db.deleteFrom('ticket_views').where('id', '=', id).execute();
}
