import type { z } from 'zod';
import type { listTicketsQuerySchema } from '../../shared/schemas/tickets.ts';
import type { SlaFilterState } from '../../shared/schemas/ticket-files.ts';
import type { TicketKind } from '../../shared/tickets/model.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { noDueDate, selectTicketPage, type TicketFilter } from './tickets.queries.ts';
import { dueSoonWindowMs, slaSettings, targetState } from './sla.ts';
import { toTicketFilter } from './tickets.service.ts';

/** The queue_due_at range of an SLA state; tickets without an SLA (and closed ones) have no state to match. */
export function slaStateRange(state: SlaFilterState, now: Date): { dueAfter?: string; dueBefore: string } {
  const soon = new Date(now.getTime() + dueSoonWindowMs).toISOString();
  if (state === 'breached') return { dueBefore: now.toISOString() };
  if (state === 'due_soon') return { dueAfter: now.toISOString(), dueBefore: soon };
  return { dueAfter: soon, dueBefore: noDueDate };
}

// A queue and an SLA state may both bound the due time (e.g. the due-soon queue narrowed to breached): keep the tighter.
const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));

/** The queue's filter (toTicketFilter) narrowed by department, customer tier, SLA state and created-at range. */
export function toListFilter(actor: Actor, q: z.output<typeof listTicketsQuerySchema>, now = new Date()): TicketFilter {
  const base = toTicketFilter(actor, q);
  const sla: { dueAfter?: string; dueBefore?: string } = q.slaState ? slaStateRange(q.slaState, now) : {};
  return {
    ...base,
    // A department member's own department (set by toTicketFilter) always wins over a requested one.
    departmentId: base.departmentId ?? q.departmentId,
    customerTier: q.customerTier,
    dueAfter: later(base.dueAfter, sla.dueAfter),
    dueBefore: earlier(base.dueBefore, sla.dueBefore),
    createdFrom: q.createdFrom ? new Date(q.createdFrom).toISOString() : undefined,
    createdTo: q.createdTo ? new Date(q.createdTo).toISOString() : undefined,
  };
}

/** A page of tickets for a queue or filter: open work soonest SLA due first, everything else newest first. */
export async function listTickets(db: Db, actor: Actor, q: z.output<typeof listTicketsQuerySchema>) {
  const filter = toListFilter(actor, q);
  const [rows, { policies }] = await Promise.all([selectTicketPage(db, filter), slaSettings(db, db)]);
  // The badge warns as the ticket page does: within the ticket's own policy's warning time.
  const warnBefore = new Map(policies.map((p) => [p.id, p.warnBeforeMinutes]));
  const now = new Date();
  const items = rows.slice(0, q.limit).map(({ slaPolicyId, ...r }) => ({
    ...r,
    kind: r.kind as TicketKind,
    customerEmotion: r.customerEmotion ?? null,
    customerEmotionCue: r.customerEmotionCue ?? null,
    slaState: r.status === 'closed' || r.status === 'resolved' ? ('met' as const) : targetState(r.resolutionDueAt, null, warnBefore.get(slaPolicyId ?? -1) ?? 0, now),
  }));
  const last = items[items.length - 1];
  const nextCursor = rows.length > q.limit && last ? Buffer.from(`${filter.open ? last.queueDueAt : ''}|${last.id}`).toString('base64url') : null;
  return { items, nextCursor };
}
