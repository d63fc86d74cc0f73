import { sql } from 'kysely';
import type { z } from 'zod';
import type { bulkUpdateBodySchema, evaluationBodySchema } from '../../shared/schemas/tickets.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import { selectSetting } from '../settings/settings.queries.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { canWorkTickets, isSupervising } from './tickets.policy.ts';
import { insertEvent } from './tickets.queries.ts';

/** How many tickets must cite the same policy as "unreasonable" before it is flagged for review (setting). */
export const defaultPolicyReviewThreshold = 5;

/** Assigns, re-prioritises or tags a selection of open tickets in one transaction. */
export async function bulkUpdate(db: Db, actor: Actor, input: z.output<typeof bulkUpdateBodySchema>) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  return db.transaction().execute(async (trx) => {
    const tickets = await trx.selectFrom('tickets').select(['id', 'status']).where('id', 'in', input.ids).execute();
    const missing = input.ids.filter((id) => !tickets.some((t) => t.id === id));
    if (missing.length) throw new AppError(404, 'ticket_not_found', { id: missing.join(', ') });
    if (tickets.some((t) => t.status === 'closed')) throw new AppError(409, 'ticket_closed');
    if (input.ownerId) {
      const owner = await trx.selectFrom('users').select('id').where('id', '=', input.ownerId).where('deactivated_at', 'is', null).executeTakeFirst();
      if (!owner) throw new AppError(400, 'user_not_found', { id: input.ownerId });
    }
    await trx
      .updateTable('tickets')
      .set((eb) => ({
        ...(input.ownerId ? { owner_id: input.ownerId } : {}),
        ...(input.priority ? { priority: input.priority } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date().toISOString(),
      }))
      .where('id', 'in', input.ids)
      .execute();
    if (input.addTags?.length) {
      const rows = input.ids.flatMap((id) => input.addTags!.map((tag) => ({ ticket_id: id, tag })));
      await trx.insertInto('ticket_tags').values(rows).onConflict((oc) => oc.columns(['ticket_id', 'tag']).doNothing()).execute();
    }
    for (const id of input.ids) await insertEvent(trx, id, actor.id, 'bulk_updated', { ownerId: input.ownerId, priority: input.priority, addTags: input.addTags });
    return { updated: input.ids.length };
  });
}

/** Marks (or clears) the business policy a customer's request was judged unreasonable against. */
export async function markUnreasonable(db: Db, actor: Actor, id: number, policy: string | null) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await trx.selectFrom('tickets').select('id').where('id', '=', id).executeTakeFirst();
    if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
    await trx.updateTable('tickets').set((eb) => ({ unreasonable_policy: policy, version: eb('version', '+', 1) })).where('id', '=', id).execute();
    await insertEvent(trx, id, actor.id, 'marked_unreasonable', { policy });
  });
}

/** Policies cited by unreasonable requests, with counts; those past the threshold are flagged for review. */
export async function policyFlags(db: Db, actor: Actor) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  const threshold = Number((await selectSetting(db, 'policy_review_threshold')) ?? defaultPolicyReviewThreshold);
  const rows = await db
    .selectFrom('tickets')
    .select(['unreasonable_policy as policy', sql<number>`count(*)`.as('count')])
    .where('unreasonable_policy', 'is not', null)
    .groupBy('unreasonable_policy')
    .orderBy(sql`count(*)`, 'desc')
    .execute();
  return rows.map((r) => ({ policy: r.policy!, count: Number(r.count), flagged: Number(r.count) >= threshold, threshold }));
}

/** Closed difficult cases a supervisor has not evaluated yet, newest first. */
export async function awaitingEvaluation(db: Db, actor: Actor) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  return db
    .selectFrom('tickets')
    .leftJoin('case_evaluations', 'case_evaluations.ticket_id', 'tickets.id')
    .leftJoin('users', 'users.id', 'tickets.owner_id')
    .select(['tickets.id', 'tickets.number', 'tickets.subject', 'tickets.difficult_type as difficultType', 'users.name as ownerName', 'tickets.closed_at as closedAt'])
    .where('tickets.status', '=', 'closed')
    .where('tickets.difficult_type', 'is not', null)
    .where('case_evaluations.ticket_id', 'is', null)
    .orderBy('tickets.closed_at', 'desc')
    .limit(100)
    .execute();
}

/** Stores a supervisor's evaluation of a closed case (one per case; audited). */
export async function evaluateCase(db: Db, actor: Actor, id: number, input: z.output<typeof evaluationBodySchema>) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await trx.selectFrom('tickets').select(['id', 'status']).where('id', '=', id).executeTakeFirst();
    if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
    if (ticket.status !== 'closed') throw new AppError(400, 'evaluation_needs_closed');
    const existing = await trx.selectFrom('case_evaluations').select('ticket_id').where('ticket_id', '=', id).executeTakeFirst();
    if (existing) throw new AppError(409, 'evaluation_exists');
    await trx.insertInto('case_evaluations').values({ ticket_id: id, evaluator_id: actor.id, scores: JSON.stringify(input.scores), comment: input.comment, created_at: new Date().toISOString() }).execute();
    await insertEvent(trx, id, actor.id, 'evaluated', input);
    await insertAudit(trx, { actorId: actor.id, action: 'ticket.evaluated', entityType: 'ticket', entityId: id, after: input, ip: actor.ip });
  });
}
