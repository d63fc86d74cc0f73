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
import type { Tables, TicketsTable } from '../db/tables.ts';
import { runCompiled } from '../db/compiled-queries.ts';
import { inWriteBatch, type WriteBatch } from '../db/write-batch.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { insertJobs, jobRow, slaJobRows } from './jobs.ts';
import { indexNewTicket, reindexTicket, ticketTextTokens } from './ticket-search.ts';
import { computeSla, dueSoonWindowMs, slaSettings } from './sla.ts';
import { ticketDetailView, type DetailRow, type TicketRelated } from './ticket-detail-view.ts';
import { recordColumns } from './ticket-view.ts';
import { canReadAllTickets, canWorkTickets } from './tickets.policy.ts';
import { noDueDate, insertEvent, insertMessage, insertTicket, insertTicketTags, nextTicketSequence, replaceTicketTags, updateTicketVersioned, type TicketFilter } from './tickets.queries.ts';
import { assertRecordStep } from './ticket-steps.service.ts';
import { readCustomerEmotion } from '../../shared/tickets/customer-emotion.ts';

/** Refuses unless the actor works tickets. */
function assertCanWork(actor: Actor) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
}

/** Checks that a cause key exists in the taxonomy. */
export async function assertCause(db: Kysely<Tables>, key: string | null | undefined) {
  if (!key) return;
  const [cause] = await runCompiled(db, 'cause by key', () => db.selectFrom('causes').select('id').where('key', '=', key), [key]);
  if (!cause) throw new AppError(400, 'cause_not_found', { key });
}

/** A new private key for the customer's status link, and its stored hash. */
function newStatusKey() {
  const key = randomBytes(18).toString('base64url');
  return { key, hash: sha256(key) };
}

/** Input of opening a ticket, from the desk or the public form. */
export type OpenTicketInput = z.output<typeof createTicketBodySchema>;

/**
 * What opening a ticket works out without the database: the status link's key, the customer's emotion in the
 * first message and the search tokens of its texts. The desk works it out on the main thread, so the intake
 * thread only writes.
 */
export type TicketOpening = { status: { key: string; hash: string }; emotion: ReturnType<typeof customerEmotionOf>; searchTokens: string[] };

/** Works out a ticket's opening (see TicketOpening). */
export function prepareOpening(input: OpenTicketInput): TicketOpening {
  const { record } = input;
  const searchTokens = ticketTextTokens({
    subject: input.subject,
    content: record.content ?? null,
    customerRequest: record.customerRequest ?? null,
    usage: record.usage ?? null,
    messages: input.customerMessage ? [input.customerMessage] : [],
  });
  return { status: newStatusKey(), emotion: customerEmotionOf(input.customerMessage), searchTokens };
}

/** Opens a ticket: number, SLA due times, the six-step state for complaints, first message, history, timeline. */
export async function openTicket(
  db: Db,
  actor: Actor | null,
  input: OpenTicketInput & { customerId: number },
  trx: Kysely<Tables>,
  batch?: WriteBatch,
  opening = prepareOpening(input),
) {
  const now = new Date();
  const [customer] = await runCompiled(trx, 'customer of a new ticket', () => trx.selectFrom('customers').select(['id', 'name', 'tier', 'level']).where('id', '=', input.customerId), [input.customerId]);
  if (!customer) throw new AppError(400, 'customer_not_found', { id: input.customerId });
  await assertCause(trx, input.causeKey);
  const sequence = await nextTicketSequence(trx, localDate(now, 'Asia/Shanghai'));
  const sla = computeSla(await slaSettings(db, trx), { kind: input.kind as TicketKind, priority: input.priority as Priority, customerLevel: customer.level }, now);
  const { status, emotion } = opening;
  const values = newTicketValues(input, actor, { number: formatTicketNumber(now, sequence, 'Asia/Shanghai'), sla, publicKeyHash: status.hash, emotion, at: now.toISOString() });
  const id = await insertTicket(trx, values);
  const at = values.created_at;
  const tags = [...new Set(input.tags)].sort();
  await insertTicketTags(trx, id, tags);
  const body = input.customerMessage;
  const messageId = body ? await insertMessage(trx, { ticketId: id, authorKind: 'customer', authorId: null, visibility: 'public', body, createdAt: at }) : null;
  const eventData = { kind: input.kind, channel: input.channel };
  const eventId = await insertEvent(trx, id, actor?.id ?? null, 'created', eventData, at);
  await insertInteraction(trx, { customerId: input.customerId, kind: 'ticket', direction: 'inbound', summary: input.subject, actorId: actor?.id ?? null, ref: { type: 'ticket', id } });
  await indexNewTicket(trx, db.dialectName, id, opening.searchTokens, customer.name, batch);
  // The customer's churn risk counts open complaints; recomputing it is off the hot path of taking a call.
  await insertJobs(trx, [...slaJobRows(id, sla), jobRow('customer_refresh', { customerId: input.customerId })]);
  // Everything the ticket page shows is known here, so the creator's answer needs no read back.
  const row: DetailRow = {
    ...values,
    id,
    version: 1,
    customerName: customer.name,
    customerTier: customer.tier,
    customerLevel: customer.level,
    ownerName: values.owner_id && actor ? actor.name : null,
    departmentName: null,
    slaPolicyName: sla.policyName,
    warnBeforeMinutes: sla.warnBeforeMinutes,
    customer_emotion: values.customer_emotion ?? null,
    customer_emotion_cue: values.customer_emotion_cue ?? null,
  };
  const related: TicketRelated = {
    messages: messageId && body ? [{ id: messageId, authorKind: 'customer', authorId: null, authorName: null, visibility: 'public', body, findings: null, createdAt: at }] : [],
    attachments: [],
    events: [{ id: eventId, type: 'created', actorName: actor?.name ?? null, data: JSON.stringify(eventData), createdAt: at }],
    tags,
    compensations: [],
    followUps: [],
    evaluation: undefined,
  };
  return { id, statusKey: status.key, view: () => ticketDetailView(row, related) };
}

/** The row of a ticket being opened. */
function newTicketValues(
  input: OpenTicketInput & { customerId: number },
  actor: Actor | null,
  known: { number: string; sla: ReturnType<typeof computeSla>; publicKeyHash: string; emotion: TicketOpening['emotion']; at: string },
): Omit<TicketsTable, 'id' | 'version'> {
  const { record } = input;
  const { sla } = known;
  return {
    number: known.number,
    kind: input.kind,
    channel: input.channel,
    customer_id: input.customerId,
    subject: input.subject,
    status: 'open',
    current_step: guidedKinds.includes(input.kind) ? 'listen' : null,
    step_state: JSON.stringify(initialStepState(input.kind)),
    object: record.object ?? null,
    content: record.content ?? null,
    purchase_or_service_time: record.purchaseOrServiceTime ?? null,
    problem_time: record.problemTime ?? null,
    usage: record.usage ?? null,
    customer_request: record.customerRequest ?? null,
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
    ...known.emotion,
    public_key_hash: known.publicKeyHash,
    created_at: known.at,
    updated_at: known.at,
  };
}

/** The desk's emotion badge starts from the customer's first words, when the ticket is opened with them. */
function customerEmotionOf(message: string | null | undefined) {
  if (!message?.trim()) return { customer_emotion: null, customer_emotion_cue: null };
  const { emotion, cue } = readCustomerEmotion(message);
  return { customer_emotion: emotion, customer_emotion_cue: cue };
}

/** The customer of a new desk ticket: the one named, or one created on the fly from a phone intake. */
async function intakeCustomerId(db: Db, actor: Actor, input: OpenTicketInput): Promise<number> {
  if (input.customerId) return input.customerId;
  return createCustomer(db, actor, {
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
  });
}

/** A desk ticket ready to open: its customer is known and its opening worked out. */
export type DeskTicketInput = OpenTicketInput & { customerId: number; opening: TicketOpening };

/** Readies a desk ticket: finds or creates its customer and works out its opening. */
export async function readyDeskTicket(db: Db, actor: Actor, input: OpenTicketInput): Promise<DeskTicketInput> {
  assertCanWork(actor);
  return { ...input, customerId: await intakeCustomerId(db, actor, input), opening: prepareOpening(input) };
}

/** Opens a ready desk ticket in a write batch; returns the ticket page view. */
export async function openDeskTicket(db: Db, actor: Actor, { opening, ...input }: DeskTicketInput) {
  const opened = await inWriteBatch(db, (trx, batch) => openTicket(db, actor, input, trx, batch, opening));
  return opened.view();
}

/** The ticket page view that opening a ticket answers with. */
export type OpenedTicketView = Awaited<ReturnType<typeof openDeskTicket>>;

/** Creates a ticket from the desk, creating the customer on the fly when asked (phone intake); returns the ticket page view. */
export async function createTicketDetail(db: Db, actor: Actor, input: OpenTicketInput) {
  return openDeskTicket(db, actor, await readyDeskTicket(db, actor, input));
}

/** Creates a ticket from the desk (see createTicketDetail) and returns its id. */
export async function createTicket(db: Db, actor: Actor, input: OpenTicketInput): Promise<number> {
  return (await createTicketDetail(db, actor, input)).id;
}

/** Turns list query parameters into a page filter; department members only ever see their department's tickets. */
export function toTicketFilter(actor: Actor, q: z.output<typeof listTicketsQuerySchema>): TicketFilter {
  if (!canReadAllTickets(actor) && !(actor.role === 'department_member' && actor.departmentId)) throw new AppError(403, 'forbidden');
  const now = new Date();
  const soon = new Date(now.getTime() + dueSoonWindowMs).toISOString();
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
