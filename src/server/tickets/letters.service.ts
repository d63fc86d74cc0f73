import { renderLetter, type LetterKind } from '../../shared/tickets/letters.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { canWorkTickets } from './tickets.policy.ts';
import { insertEvent } from './tickets.queries.ts';

/** Generates the apology or thank-you letter for a ticket and stores it on the ticket's history. */
export async function generateLetter(db: Db, actor: Actor, id: number, kind: LetterKind) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  const ticket = await db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .select(['tickets.number', 'tickets.resolution', 'customers.name'])
    .where('tickets.id', '=', id)
    .executeTakeFirst();
  if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
  const summary = ticket.resolution ? (JSON.parse(ticket.resolution) as { summary: string }).summary : '';
  const letter = renderLetter(kind, actor.locale, { customerName: ticket.name, ticketNumber: ticket.number, agentName: actor.name, companyName: '聆听客服中心', resolutionSummary: summary });
  await insertEvent(db, id, actor.id, 'letter_generated', { kind, ...letter });
  return letter;
}
