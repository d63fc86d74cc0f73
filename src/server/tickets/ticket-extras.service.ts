import { renderLetter, type LetterKind } from '../../shared/tickets/letters.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { toSimplified } from '../../shared/coach/normalise.ts';
import { queryTokens } from '../search/tokens.ts';
import { matchingIds } from '../search/text-search.ts';
import { parseTicketNumber } from '../../shared/tickets/ticket-number.ts';
import { canReadAllTickets, canWorkTickets, isSupervising } from './tickets.policy.ts';
import { insertEvent, selectSearchResults } from './tickets.queries.ts';
import { listCustomers } from '../customers/customers.service.ts';
import { canReadCustomers } from '../customers/customers.policy.ts';

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

/** Live counts of the desk's queues for the actor. */
export async function deskCounts(db: Db, actor: Actor) {
  if (!canWorkTickets(actor) && actor.role !== 'inspector' && actor.role !== 'department_member') throw new AppError(403, 'forbidden');
  // A department member's "waiting on a department" is their own department's; everyone else sees all of them.
  const ownDepartment = actor.role === 'department_member' ? (actor.departmentId ?? -1) : null;
  const now = new Date().toISOString();
  const soon = new Date(Date.now() + 4 * 3600_000).toISOString();
  const count = async (build: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
    Number((await build(base()).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const base = () => db.selectFrom('tickets').where('queue_due_at', 'is not', null);
  const [mine, team, dueSoon, breached, escalated, department, followUps] = await Promise.all([
    count((q) => q.where('owner_id', '=', actor.id)),
    count((q) => q),
    count((q) => q.where('queue_due_at', '>=', now).where('queue_due_at', '<', soon)),
    count((q) => q.where('queue_due_at', '<', now)),
    count((q) => q.where('status', '=', 'escalated')),
    count((q) => (ownDepartment === null ? q : q.where('department_id', '=', ownDepartment)).where('status', '=', 'pending_department')),
    db.selectFrom('follow_ups').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').where('due_at', '<=', soon).$if(!isSupervising(actor), (q) => q.where('assignee_id', '=', actor.id)).executeTakeFirstOrThrow().then((r) => Number(r.n)),
  ]);
  return { mine, team, dueSoon, breached, escalated, department, followUps };
}

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
 * Simplified). Newest tickets first.
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
    ids: !number && tokens.length ? matchingIds(db.dialectName, 'ticket_search', tokens) : undefined,
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
