import type { Kysely } from 'kysely';
import type { DialectName } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import type { WriteBatch } from '../db/write-batch.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokens, indexTokensBulk } from '../search/text-search.ts';

/** The texts a ticket is found by: subject, record fields, customer name and every message. */
export type TicketSearchText = { subject: string; content: string | null; customerRequest: string | null; usage: string | null; customerName: string; messages: string[] };

// Every character and character pair is indexed besides jieba's words, so a one-character query and a phrase both find it.
function tokensOf(t: TicketSearchText): string[] {
  const text = [t.subject, t.content, t.customerRequest, t.usage, t.customerName, ...t.messages].filter(Boolean).join('\n');
  return documentTokens(text, { anyPart: true });
}

/** Re-indexes one ticket from what is stored. */
export async function reindexTicket(db: Kysely<Tables>, dialect: DialectName, ticketId: number): Promise<void> {
  const ticket = await db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .select(['tickets.subject', 'tickets.content', 'tickets.customer_request as customerRequest', 'tickets.usage', 'customers.name as customerName'])
    .where('tickets.id', '=', ticketId)
    .executeTakeFirstOrThrow();
  const messages = await db.selectFrom('ticket_messages').select('body').where('ticket_id', '=', ticketId).execute();
  await indexTokens(db, dialect, 'ticket_search', ticketId, tokensOf({ ...ticket, messages: messages.map((m) => m.body) }));
}

/**
 * Indexes a ticket just opened from the texts it was opened with, without reading them back; inside a write batch
 * the row is written with the batch's other new tickets in one statement.
 */
export async function indexNewTicket(db: Kysely<Tables>, dialect: DialectName, ticketId: number, text: TicketSearchText, batch?: WriteBatch): Promise<void> {
  const row = { id: ticketId, tokens: tokensOf(text) };
  if (batch) batch.atEnd('ticket_search', row, (trx, rows) => indexTokensBulk(trx, dialect, 'ticket_search', rows));
  else await indexTokens(db, dialect, 'ticket_search', ticketId, row.tokens, true);
}
