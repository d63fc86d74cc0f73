import type { FollowUpOutcome } from '../../shared/tickets/model.ts';
import { outcomeReopens } from '../../shared/tickets/follow-up.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { insertEvent } from './tickets.queries.ts';
import { canWorkTickets, isSupervising } from './tickets.policy.ts';
import { reopen } from './ticket-work.service.ts';

/** Pending follow-up visits, soonest first: the actor's own, or everyone's for supervisors with `all`. */
export function listFollowUps(db: Db, actor: Actor, query: { scope: 'mine' | 'all'; limit: number }) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  let q = db
    .selectFrom('follow_ups')
    .innerJoin('tickets', 'tickets.id', 'follow_ups.ticket_id')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .leftJoin('users', 'users.id', 'follow_ups.assignee_id')
    .select([
      'follow_ups.id',
      'follow_ups.ticket_id as ticketId',
      'tickets.number',
      'tickets.subject',
      'customers.name as customerName',
      'users.name as assigneeName',
      'follow_ups.due_at as dueAt',
    ])
    .where('follow_ups.status', '=', 'pending')
    .orderBy('follow_ups.due_at')
    .limit(query.limit);
  if (query.scope === 'mine' || !isSupervising(actor)) q = q.where('follow_ups.assignee_id', '=', actor.id);
  return q.execute();
}

/** Records a follow-up's outcome on the ticket and the customer's timeline; an unhappy customer reopens the ticket. */
export async function recordFollowUp(db: Db, actor: Actor, id: number, input: { outcome: FollowUpOutcome; note?: string | null }) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const followUp = await trx.selectFrom('follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
    if (!followUp) throw new AppError(404, 'follow_up_not_found', { id });
    if (followUp.status === 'done') throw new AppError(409, 'follow_up_done');
    const now = new Date().toISOString();
    await trx.updateTable('follow_ups').set({ status: 'done', outcome: input.outcome, note: input.note ?? null, done_at: now }).where('id', '=', id).execute();
    await insertEvent(trx, followUp.ticket_id, actor.id, 'follow_up_done', { outcome: input.outcome, note: input.note ?? null });
    const ticket = await trx.selectFrom('tickets').select(['customer_id', 'number']).where('id', '=', followUp.ticket_id).executeTakeFirstOrThrow();
    await insertInteraction(trx, { customerId: ticket.customer_id, kind: 'follow_up', direction: 'outbound', summary: `${ticket.number} · ${input.outcome}${input.note ? ` · ${input.note}` : ''}`, actorId: actor.id, ref: { type: 'ticket', id: followUp.ticket_id } });
    if (input.outcome !== 'unreachable') {
      await trx.updateTable('customers').set({ last_contact_at: now }).where('id', '=', ticket.customer_id).execute();
    }
    if (outcomeReopens(input.outcome)) await reopen(trx, actor.id, followUp.ticket_id, input.note ?? 'follow-up: not satisfied');
  });
}
