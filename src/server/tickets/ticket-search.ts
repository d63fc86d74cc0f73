import type { Kysely } from 'kysely';
import type { DialectName } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokens } from '../search/text-search.ts';

/**
 * Re-indexes one ticket: subject, record fields, customer name and every message. Every character and
 * character pair is indexed besides jieba's words, so a one-character query and a phrase both find it.
 */
export async function reindexTicket(db: Kysely<Tables>, dialect: DialectName, ticketId: number): Promise<void> {
  const ticket = await db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .select(['tickets.subject', 'tickets.content', 'tickets.customer_request', 'tickets.usage', 'customers.name'])
    .where('tickets.id', '=', ticketId)
    .executeTakeFirstOrThrow();
  const messages = await db.selectFrom('ticket_messages').select('body').where('ticket_id', '=', ticketId).execute();
  const text = [ticket.subject, ticket.content, ticket.customer_request, ticket.usage, ticket.name, ...messages.map((m) => m.body)].filter(Boolean).join('\n');
  await indexTokens(db, dialect, 'ticket_search', ticketId, documentTokens(text, { anyPart: true }));
}
