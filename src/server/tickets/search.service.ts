import { sql } from 'kysely';
import { toSimplified } from '../../shared/coach/normalise.ts';
import { parseTicketNumber } from '../../shared/tickets/ticket-number.ts';
import type { Actor } from '../auth/actor.ts';
import { canReadCustomers } from '../customers/customers.policy.ts';
import { listCustomers } from '../customers/customers.service.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { matchingIds } from '../search/text-search.ts';
import { queryTokens } from '../search/tokens.ts';
import { canReadAllTickets } from './tickets.policy.ts';
import { selectSearchResults } from './tickets.queries.ts';

/** Where the first query token occurs in a text, as a short snippet with highlight ranges. */
export function snippetFor(text: string, tokens: string[]) {
  const hit = tokens.map((t) => ({ t, at: text.indexOf(t) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at)[0];
  const start = hit ? Math.max(0, hit.at - 20) : 0;
  const snippet = text.slice(start, start + 80);
  const highlights = tokens
    .flatMap((t) => [...snippet.matchAll(new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => [m.index, m.index + t.length] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  return { text: snippet, highlights };
}

/**
 * Searches tickets and customers at once: a ticket number finds its ticket, digits find the tickets of
 * customers with that phone tail, Chinese text matches any character, word or phrase (Traditional folded to
 * Simplified). Newest tickets first; a common word reads only the 200 newest matches.
 */
export async function searchAll(db: Db, actor: Actor, q: string) {
  if (!canReadAllTickets(actor)) throw new AppError(403, 'forbidden');
  const text = q.trim();
  const customers = canReadCustomers(actor) ? (await listCustomers(db, actor, { q: text, limit: 10 })).items : [];
  const number = parseTicketNumber(text);
  const tokens = queryTokens(text, { anyPart: true });
  const digits = /^\d{3,}$/.test(text.replace(/[\s-]/g, ''));
  const rows = await selectSearchResults(db, {
    number: number ? text.toUpperCase() : undefined,
    ids: !number && tokens.length ? sql<number>`(${matchingIds(db.dialectName, 'ticket_search', tokens, 200)})` : undefined,
    customerIds: digits ? customers.map((c) => c.id) : [],
    limit: 20,
  });
  const simplified = toSimplified(text);
  const highlightTokens = [...new Set([simplified, ...simplified.split(/\s+/), ...tokens])].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const tickets = rows.map((r) => ({
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    kind: r.kind,
    customerName: r.customerName,
    createdAt: r.createdAt,
    snippet: snippetFor(toSimplified([r.subject, r.content ?? ''].join(' · ')), highlightTokens),
  }));
  return { tickets, customers };
}
