import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { localDate } from '../../shared/customers/dates.ts';
import type { createTicketBodySchema, listTicketsQuerySchema, updateTicketBodySchema } from '../../shared/schemas/tickets.ts';
import { guidedKinds, type Priority, type TicketKind } from '../../shared/tickets/model.ts';
import { initialStepState } from '../../shared/tickets/steps.ts';
import { formatTicketNumber } from '../../shared/tickets/ticket-number.ts';
import type { Actor } from '../auth/actor.ts';
import { sha256 } from '../auth/secrets.ts';
import { createCustomer } from '../customers/customers.service.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { enqueueJob } from './jobs.ts';
import { reindexTicket } from './ticket-search.ts';
import { computeSla } from './sla.ts';
import { recordColumns } from './ticket-view.ts';
import { canReadAllTickets, canWorkTickets } from './tickets.policy.ts';
import { noDueDate, insertEvent, insertMessage, insertTicket, nextTicketSequence, replaceTicketTags, selectTicketPage, updateTicketVersioned, type TicketFilter } from './tickets.queries.ts';
import { assertRecordStep } from './ticket-steps.service.ts';

/** Refuses unless the actor works tickets. */
export function assertCanWork(actor: Actor) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
}

/** Checks that a cause key exists in the taxonomy. */
export async function assertCause(db: Kysely<Tables>, key: string | null | undefined) {
  if (!key) return;
  const cause = await db.selectFrom('causes').select('id').where('key', '=', key).executeTakeFirst();
  if (!cause) throw new AppError(400, 'cause_not_found', { key });
}

/** A new private key for the customer's status link, and its stored hash. */
export function newStatusKey() {
  const key = randomBytes(18).toString('base64url');
  return { key, hash: sha256(key) };
}

/** Input of opening a ticket, from the desk or the public form. */
export type OpenTicketInput = z.output<typeof createTicketBodySchema>;

/** Opens a ticket: number, SLA due times, the six-step state for complaints, first message, history, timeline. */
export async function openTicket(db: Db, actor: Actor | null, input: OpenTicketInput & { customerId: number }, trx: Kysely<Tables>) {
  const now = new Date();
  const customer = await trx.selectFrom('customers').select(['id', 'level']).where('id', '=', input.customerId).executeTakeFirst();
  if (!customer) throw new AppError(400, 'customer_not_found', { id: input.customerId });
  await assertCause(trx, input.causeKey);
  const sequence = await nextTicketSequence(trx, localDate(now, 'Asia/Shanghai'));
  const sla = await computeSla(trx, { kind: input.kind as TicketKind, priority: input.priority as Priority, customerLevel: customer.level }, now);
  const guided = guidedKinds.includes(input.kind);
  const status = newStatusKey();
  const id = await insertTicket(trx, {
    number: formatTicketNumber(now, sequence, 'Asia/Shanghai'),
    kind: input.kind,
    channel: input.channel,
    customer_id: input.customerId,
    subject: input.subject,
    status: 'open',
    current_step: guided ? 'listen' : null,
    step_state: JSON.stringify(initialStepState(input.kind)),
    object: input.record.object ?? null,
    content: input.record.content ?? null,
    purchase_or_service_time: input.record.purchaseOrServiceTime ?? null,
    problem_time: input.record.problemTime ?? null,
    usage: input.record.usage ?? null,
    customer_request: input.record.customerRequest ?? null,
    cause_key: input.causeKey ?? null,
    severity: input.severity,
    priority: input.priority,
    difficult_type: input.difficultType ?? null,
    owner_id: actor && canWorkTickets(actor) ? actor.id : null,
    department_id: null,
    purchase_id: input.purchaseId ?? null,
    resolution: null,
    sla_policy_id: sla.policyId,
    first_response_due_at: sla.firstResponseDueAt,
    resolution_due_at: sla.resolutionDueAt,
    queue_due_at: sla.resolutionDueAt ?? noDueDate,
    first_responded_at: null,
    sla_breached_at: null,
    escalation_reason: null,
    unreasonable_policy: null,
    resolved_at: null,
    closed_at: null,
    public_key_hash: status.hash,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  });
  await replaceTicketTags(trx, id, input.tags);
  if (input.customerMessage) await insertMessage(trx, { ticketId: id, authorKind: 'customer', authorId: null, visibility: 'public', body: input.customerMessage });
  await insertEvent(trx, id, actor?.id ?? null, 'created', { kind: input.kind, channel: input.channel });
  await insertInteraction(trx, { customerId: input.customerId, kind: 'ticket', direction: 'inbound', summary: input.subject, actorId: actor?.id ?? null, ref: { type: 'ticket', id } });
  await reindexTicket(trx, db.dialectName, id);
  await scheduleSlaJobs(trx, id, sla);
  // The customer's churn risk counts open complaints; recomputing it is off the hot path of taking a call.
  await enqueueJob(trx, 'customer_refresh', { customerId: input.customerId });
  return { id, statusKey: status.key };
}

async function scheduleSlaJobs(trx: Kysely<Tables>, ticketId: number, sla: { resolutionDueAt: string | null; warnBeforeMinutes: number }) {
  if (!sla.resolutionDueAt) return;
  const due = new Date(sla.resolutionDueAt);
  const warnAt = new Date(due.getTime() - sla.warnBeforeMinutes * 60_000).toISOString();
  const now = new Date().toISOString();
  await trx
    .insertInto('jobs')
    .values([
      { kind: 'sla_warning', run_at: warnAt, payload: JSON.stringify({ ticketId }), locked_until: null, done_at: null, created_at: now },
      { kind: 'sla_breach', run_at: due.toISOString(), payload: JSON.stringify({ ticketId }), locked_until: null, done_at: null, created_at: now },
    ])
    .execute();
}

/** Creates a ticket from the desk, creating the customer on the fly when asked (phone intake). */
export async function createTicket(db: Db, actor: Actor, input: OpenTicketInput) {
  assertCanWork(actor);
  const customerId =
    input.customerId ??
    (await createCustomer(db, actor, {
      kind: 'person',
      name: input.newCustomer!.name,
      tier: 'current',
      level: 'transactional',
      segments: {},
      tags: [],
      contacts: [
        ...(input.newCustomer!.phone ? [{ kind: 'phone' as const, value: input.newCustomer!.phone }] : []),
        ...(input.newCustomer!.email ? [{ kind: 'email' as const, value: input.newCustomer!.email }] : []),
      ],
      allowDuplicate: false,
    }));
  return db.transaction().execute(async (trx) => (await openTicket(db, actor, { ...input, customerId }, trx)).id);
}

/** Turns list query parameters into a page filter; department members only ever see their department's tickets. */
export function toTicketFilter(actor: Actor, q: z.output<typeof listTicketsQuerySchema>): TicketFilter {
  if (!canReadAllTickets(actor) && !(actor.role === 'department_member' && actor.departmentId)) throw new AppError(403, 'forbidden');
  const now = new Date();
  const soon = new Date(now.getTime() + 4 * 3600_000).toISOString();
  const [due, id] = q.cursor ? Buffer.from(q.cursor, 'base64url').toString().split('|') : [];
  const after = q.cursor ? { due, id: Number(id) } : undefined;
  const filter: TicketFilter = {
    limit: q.limit,
    after: after && after.id > 0 ? after : undefined,
    open: false,
    statuses: q.status && q.status !== 'active' ? [q.status] : undefined,
    kind: q.kind,
    channel: q.channel,
    step: q.step,
    causeKey: q.causeKey,
    severity: q.severity,
    difficultType: q.difficultType,
    ownerId: q.ownerId,
    customerId: q.customerId,
  };
  const queues: Record<string, Partial<TicketFilter>> = {
    mine: { open: true, ownerId: actor.id },
    team: { open: true },
    due_soon: { open: true, dueAfter: now.toISOString(), dueBefore: soon },
    breached: { open: true, dueBefore: now.toISOString() },
    escalated: { open: true, statuses: ['escalated'] },
    department: { open: true, departmentId: actor.departmentId ?? -1, statuses: ['pending_department'] },
  };
  const scoped = actor.role === 'department_member' ? { departmentId: actor.departmentId ?? -1 } : {};
  return { ...filter, open: q.status === 'active', ...queues[q.queue], ...scoped };
}

/** A page of tickets for a queue or filter, soonest SLA due first. */
export async function listTickets(db: Db, actor: Actor, q: z.output<typeof listTicketsQuerySchema>) {
  const filter = toTicketFilter(actor, q);
  const rows = await selectTicketPage(db, filter);
  const items = rows.slice(0, q.limit).map((r) => ({
    ...r,
    kind: r.kind as TicketKind,
    slaState: r.status === 'closed' || r.status === 'resolved' ? ('met' as const) : slaStateOfRow(r.resolutionDueAt),
  }));
  const last = items[items.length - 1];
  const nextCursor = rows.length > q.limit && last ? Buffer.from(`${filter.open ? last.queueDueAt : ''}|${last.id}`).toString('base64url') : null;
  return { items, nextCursor };
}

function slaStateOfRow(dueAt: string | null) {
  if (!dueAt) return 'none' as const;
  const left = Date.parse(dueAt) - Date.now();
  return left < 0 ? ('breached' as const) : left < 3600_000 ? ('warning' as const) : ('ok' as const);
}

/** Changes a ticket's fields with optimistic concurrency; a closed ticket must be reopened first. */
export async function updateTicket(db: Db, actor: Actor, id: number, input: z.output<typeof updateTicketBodySchema>) {
  assertCanWork(actor);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError(404, 'ticket_not_found', { id });
    if (before.status === 'closed') throw new AppError(409, 'ticket_closed');
    await assertCause(trx, input.causeKey);
    const ok = await updateTicketVersioned(trx, id, input.version, {
      subject: input.subject,
      ...(input.record ? recordColumns(input.record) : {}),
      cause_key: input.causeKey,
      severity: input.severity,
      priority: input.priority,
      difficult_type: input.difficultType,
      owner_id: input.ownerId,
      purchase_id: input.purchaseId,
    });
    if (!ok) throw new AppError(409, 'ticket_version_conflict', { current: before.version }, { currentVersion: before.version });
    if (input.tags) await replaceTicketTags(trx, id, input.tags);
    const changed = Object.keys(input).filter((k) => k !== 'version');
    await insertEvent(trx, id, actor.id, 'updated', { fields: changed, ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}), ...(input.difficultType !== undefined ? { difficultType: input.difficultType } : {}) });
    if (input.record) await assertRecordStep(trx, id);
    if (input.subject || input.record) await reindexTicket(trx, db.dialectName, id);
  });
}
