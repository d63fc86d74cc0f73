import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tier } from '../../shared/customers/cadence.ts';
import type { Channel, DifficultType, Severity, Step, TicketKind, TicketStatus } from '../../shared/tickets/model.ts';
import type { Db } from '../db/create-db.ts';
import { insertRow, runCompiled } from '../db/compiled-queries.ts';
import type { Tables, TicketsTable } from '../db/tables.ts';
import { announceTicketChange } from '../realtime/ticket-changes.ts';

/** The queue sort key of an open ticket without an SLA: after every real due time. */
export const noDueDate = '9999-12-31T00:00:00.000Z';


/** Hands out the next ticket sequence number of a local day, atomically on both engines. */
export async function nextTicketSequence(db: Kysely<Tables>, day: string): Promise<number> {
  const build = () =>
    db
      .insertInto('ticket_counters')
      .values({ day, last: 1 })
      .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`ticket_counters.last + 1` }))
      .returning('last');
  const [row] = await runCompiled(db, 'next ticket sequence', build, [day, 1]);
  return row.last;
}

/** Inserts a ticket and returns its id. */
export async function insertTicket(db: Kysely<Tables>, values: Omit<TicketsTable, 'id' | 'version'>): Promise<number> {
  return insertRow(db, 'tickets', values, 'id');
}

/** Tags a ticket that has none yet (a new one). */
export async function insertTicketTags(db: Kysely<Tables>, ticketId: number, tags: string[]) {
  const unique = [...new Set(tags)];
  if (unique.length) await db.insertInto('ticket_tags').values(unique.map((tag) => ({ ticket_id: ticketId, tag }))).execute();
}

/** A ticket with its customer, owner, department and SLA policy names, or undefined. */
export function findTicket(db: Kysely<Tables>, id: number) {
  return db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .leftJoin('users as owner', 'owner.id', 'tickets.owner_id')
    .leftJoin('departments', 'departments.id', 'tickets.department_id')
    .leftJoin('sla_policies', 'sla_policies.id', 'tickets.sla_policy_id')
    .selectAll('tickets')
    .select([
      'customers.name as customerName',
      'customers.tier as customerTier',
      'customers.level as customerLevel',
      'owner.name as ownerName',
      'departments.name as departmentName',
      'sla_policies.name as slaPolicyName',
      'sla_policies.warn_before_minutes as warnBeforeMinutes',
    ])
    .where('tickets.id', '=', id)
    .executeTakeFirst();
}

/** A ticket row as the service reads it. */
export type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicket>>>;

/** A ticket by its number (public status page, search). */
export function findTicketIdByNumber(db: Kysely<Tables>, number: string) {
  return db.selectFrom('tickets').select(['id', 'public_key_hash as publicKeyHash']).where('number', '=', number).executeTakeFirst();
}

/** Filters of a ticket page, resolved by the service (queue → conditions, actor → ids). */
export type TicketFilter = {
  limit: number;
  /** Open work only, sorted by SLA due time; otherwise every ticket, newest first. */
  open: boolean;
  after?: { due: string; id: number };
  ownerId?: number;
  departmentId?: number;
  statuses?: TicketStatus[];
  dueBefore?: string;
  dueAfter?: string;
  kind?: TicketKind;
  channel?: Channel;
  step?: Step;
  causeKey?: string;
  severity?: Severity;
  difficultType?: DifficultType;
  customerId?: number;
  customerTier?: Tier;
  /** Created at or after this instant (ISO, UTC). */
  createdFrom?: string;
  /** Created at or before this instant (ISO, UTC). */
  createdTo?: string;
  ids?: RawBuilder<number>;
};

/** A page of open tickets by SLA due time (soonest first, keyset on due and id), or of all tickets newest first. */
export function selectTicketPage(db: Db, f: TicketFilter) {
  let q = db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .leftJoin('users as owner', 'owner.id', 'tickets.owner_id')
    .leftJoin('departments', 'departments.id', 'tickets.department_id')
    .select([
      'tickets.id',
      'tickets.number',
      'tickets.kind',
      'tickets.channel',
      'tickets.customer_id as customerId',
      'customers.name as customerName',
      'tickets.subject',
      'tickets.status',
      'tickets.current_step as currentStep',
      'tickets.priority',
      'tickets.severity',
      'tickets.difficult_type as difficultType',
      'tickets.customer_emotion as customerEmotion',
      'tickets.customer_emotion_cue as customerEmotionCue',
      'tickets.owner_id as ownerId',
      'owner.name as ownerName',
      'departments.name as departmentName',
      'tickets.resolution_due_at as resolutionDueAt',
      'tickets.first_response_due_at as firstResponseDueAt',
      'tickets.first_responded_at as firstRespondedAt',
      'tickets.queue_due_at as queueDueAt',
      'tickets.sla_policy_id as slaPolicyId',
      'tickets.updated_at as updatedAt',
      'tickets.created_at as createdAt',
    ])
    .limit(f.limit + 1);
  if (f.open) {
    q = q.where('tickets.queue_due_at', 'is not', null).orderBy('tickets.queue_due_at').orderBy('tickets.id');
    if (f.after) {
      const { due, id } = f.after;
      q = q.where((eb) => eb.or([eb('tickets.queue_due_at', '>', due), eb.and([eb('tickets.queue_due_at', '=', due), eb('tickets.id', '>', id)])]));
    }
  } else {
    q = q.orderBy('tickets.id', 'desc');
    if (f.after) q = q.where('tickets.id', '<', f.after.id);
  }
  if (f.ownerId) q = q.where('tickets.owner_id', '=', f.ownerId);
  if (f.departmentId) q = q.where('tickets.department_id', '=', f.departmentId);
  if (f.statuses) q = q.where('tickets.status', 'in', f.statuses);
  if (f.dueBefore) q = q.where('tickets.queue_due_at', '<', f.dueBefore);
  if (f.dueAfter) q = q.where('tickets.queue_due_at', '>=', f.dueAfter);
  if (f.kind) q = q.where('tickets.kind', '=', f.kind);
  if (f.channel) q = q.where('tickets.channel', '=', f.channel);
  if (f.step) q = q.where('tickets.current_step', '=', f.step);
  if (f.causeKey) q = q.where('tickets.cause_key', '=', f.causeKey);
  if (f.severity) q = q.where('tickets.severity', '=', f.severity);
  if (f.difficultType) q = q.where('tickets.difficult_type', '=', f.difficultType);
  if (f.customerId) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.customerTier) q = q.where('customers.tier', '=', f.customerTier);
  if (f.createdFrom) q = q.where('tickets.created_at', '>=', f.createdFrom);
  if (f.createdTo) q = q.where('tickets.created_at', '<=', f.createdTo);
  if (f.ids) q = q.where('tickets.id', 'in', f.ids);
  return q.execute();
}

/** The messages of a ticket, oldest first, with author names. */
export function selectMessages(db: Kysely<Tables>, ticketId: number) {
  return db
    .selectFrom('ticket_messages')
    .leftJoin('users', 'users.id', 'ticket_messages.author_id')
    .select([
      'ticket_messages.id',
      'ticket_messages.author_kind as authorKind',
      'ticket_messages.author_id as authorId',
      'users.name as authorName',
      'ticket_messages.visibility',
      'ticket_messages.body',
      'ticket_messages.findings',
      'ticket_messages.created_at as createdAt',
    ])
    .where('ticket_messages.ticket_id', '=', ticketId)
    .orderBy('ticket_messages.id')
    .execute();
}

/** Appends a message to a ticket and returns its id. */
export async function insertMessage(
  db: Kysely<Tables>,
  m: { ticketId: number; authorKind: Tables['ticket_messages']['author_kind']; authorId: number | null; visibility: 'public' | 'internal'; body: string; findings?: unknown[]; createdAt?: string },
): Promise<number> {
  return insertRow(
    db,
    'ticket_messages',
    {
      ticket_id: m.ticketId,
      author_kind: m.authorKind,
      author_id: m.authorId,
      visibility: m.visibility,
      body: m.body,
      findings: m.findings ? JSON.stringify(m.findings) : null,
      created_at: m.createdAt ?? new Date().toISOString(),
    },
    'id',
  );
}

/** Records an event on a ticket's history, tells live desks the ticket changed, and returns the event's id. */
export async function insertEvent(db: Kysely<Tables>, ticketId: number, actorId: number | null, type: string, data?: unknown, at = new Date().toISOString()): Promise<number> {
  await announceTicketChange(db, ticketId);
  return insertRow(db, 'ticket_events', { ticket_id: ticketId, actor_id: actorId, type, data: data === undefined ? null : JSON.stringify(data), created_at: at }, 'id');
}

/** A ticket's history, oldest first. */
export function selectEvents(db: Kysely<Tables>, ticketId: number) {
  return db
    .selectFrom('ticket_events')
    .leftJoin('users', 'users.id', 'ticket_events.actor_id')
    .select(['ticket_events.id', 'ticket_events.type', 'users.name as actorName', 'ticket_events.data', 'ticket_events.created_at as createdAt'])
    .where('ticket_events.ticket_id', '=', ticketId)
    .orderBy('ticket_events.id')
    .execute();
}

/** The tags of a ticket. */
export async function selectTicketTags(db: Kysely<Tables>, ticketId: number): Promise<string[]> {
  const rows = await db.selectFrom('ticket_tags').select('tag').where('ticket_id', '=', ticketId).orderBy('tag').execute();
  return rows.map((r) => r.tag);
}

/** Replaces a ticket's tags. */
export async function replaceTicketTags(db: Kysely<Tables>, ticketId: number, tags: string[]) {
  await db.deleteFrom('ticket_tags').where('ticket_id', '=', ticketId).execute();
  const unique = [...new Set(tags)];
  if (unique.length) await db.insertInto('ticket_tags').values(unique.map((tag) => ({ ticket_id: ticketId, tag }))).execute();
}

/**
 * Applies a change only if the ticket still has the version the writer read (optimistic concurrency);
 * returns false when someone else changed it first.
 */
export async function updateTicketVersioned(db: Kysely<Tables>, id: number, version: number, values: Partial<Omit<TicketsTable, 'id' | 'version'>>) {
  const result = await db
    .updateTable('tickets')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Search hits, newest first: by exact number, by matching ids (full text), or by customers (phone tail). */
export function selectSearchResults(db: Db, f: { number?: string; ids?: RawBuilder<number>; customerIds: number[]; limit: number }) {
  return db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .select(['tickets.id', 'tickets.number', 'tickets.subject', 'tickets.content', 'tickets.status', 'tickets.kind', 'customers.name as customerName', 'tickets.created_at as createdAt'])
    .where((eb) => {
      const conditions = [];
      if (f.number) conditions.push(eb('tickets.number', '=', f.number));
      if (f.ids) conditions.push(eb('tickets.id', 'in', f.ids));
      if (f.customerIds.length) conditions.push(eb('tickets.customer_id', 'in', f.customerIds));
      return conditions.length ? eb.or(conditions) : sql<boolean>`1 = 0`;
    })
    .orderBy('tickets.id', 'desc')
    .limit(f.limit)
    .execute();
}
