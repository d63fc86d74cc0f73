import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { selectTicketAttachments } from './attachments.queries.ts';
import { ticketDetailView } from './ticket-detail-view.ts';
import { canReadTicket } from './tickets.policy.ts';
import { findTicket, selectEvents, selectMessages, selectTicketTags } from './tickets.queries.ts';

/** Everything the ticket page shows, in eight queries whatever the number of messages. */
export async function getTicket(db: Db, actor: Actor, id: number) {
  const row = await findTicket(db, id);
  if (!row || !canReadTicket(actor, row)) throw new AppError(404, 'ticket_not_found', { id });
  const [messages, attachments, events, tags, compensations, followUps, evaluation] = await Promise.all([
    selectMessages(db, id),
    selectTicketAttachments(db, id),
    selectEvents(db, id),
    selectTicketTags(db, id),
    db.selectFrom('compensations').select(['id', 'type', 'amount_cents', 'description', 'status', 'decision_note']).where('ticket_id', '=', id).orderBy('id').execute(),
    db.selectFrom('follow_ups').select(['id', 'due_at', 'status', 'outcome', 'note']).where('ticket_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('case_evaluations')
      .leftJoin('users', 'users.id', 'case_evaluations.evaluator_id')
      .select(['case_evaluations.scores', 'case_evaluations.comment', 'users.name as evaluatorName', 'case_evaluations.created_at as createdAt'])
      .where('case_evaluations.ticket_id', '=', id)
      .executeTakeFirst(),
  ]);
  return ticketDetailView(row, { messages, attachments, events, tags, compensations, followUps, evaluation });
}
