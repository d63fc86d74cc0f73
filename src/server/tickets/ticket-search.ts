import type { Kysely } from 'kysely';
import type { DialectName } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import type { WriteBatch } from '../db/write-batch.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokens, indexTokensBulk } from '../search/text-search.ts';

/** The texts a ticket is found by: subject, record fields, customer name and every message. */
export type TicketSearchText = { subject: string; content: string | null; customerRequest: string | null; usage: string | null; customerName: string; messages: string[] };

// Every character and character pair is indexed besides jieba's words, so a one-character query and a phrase both find it.
// Tokens never span two texts, so the tokens of a ticket are the union of the tokens of its texts.
function tokensOf(texts: (string | null)[]): string[] {
  return documentTokens(texts.filter(Boolean).join('\n'), { anyPart: true });
}

const ticketTexts = (t: Omit<TicketSearchText, 'customerName'>): (string | null)[] => [t.subject, t.content, t.customerRequest, t.usage, ...t.messages];

/** The search tokens of a ticket's own texts (all but its customer's name), worked out before it is written. */
export function ticketTextTokens(t: Omit<TicketSearchText, 'customerName'>): string[] {
  return tokensOf(ticketTexts(t));
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
  const texts = ticketTexts({ ...ticket, messages: messages.map((m) => m.body) });
  await indexTokens(db, dialect, 'ticket_search', ticketId, tokensOf([...texts, ticket.customerName]));
}

/**
 * Indexes a ticket just opened from the tokens of its texts (ticketTextTokens) and its customer's name, without
 * reading them back; inside a write batch the row is written with the batch's other new tickets in one statement.
 */
export async function indexNewTicket(db: Kysely<Tables>, dialect: DialectName, ticketId: number, textTokens: string[], customerName: string, batch?: WriteBatch): Promise<void> {
  const row = { id: ticketId, tokens: [...new Set([...textTokens, ...tokensOf([customerName])])] };
  if (batch) batch.atEnd('ticket_search', row, (trx, rows) => indexTokensBulk(trx, dialect, 'ticket_search', rows));
  else await indexTokens(db, dialect, 'ticket_search', ticketId, row.tokens, true);
}
