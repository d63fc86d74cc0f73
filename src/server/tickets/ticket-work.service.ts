import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import { analyzeReply } from '../../shared/coach/analyze-reply.ts';
import type { compensationBodySchema, messageBodySchema } from '../../shared/schemas/tickets.ts';
import { needsApproval } from '../../shared/tickets/compensation.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import { activeCompanyRules } from '../coach/coach.service.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { attachToMessage, selectUnsentAttachmentIds } from './attachments.queries.ts';
import { recordCustomerEmotion } from './customer-emotion.ts';
import { reindexTicket } from './ticket-search.ts';
import { canReadTicket, canWorkTickets, isSupervising } from './tickets.policy.ts';
import { insertEvent, insertMessage, noDueDate, updateTicketVersioned } from './tickets.queries.ts';

async function loadOpenTicket(trx: Kysely<Tables>, id: number) {
  const ticket = await trx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
  if (ticket.status === 'closed') throw new AppError(409, 'ticket_closed');
  return ticket;
}

/**
 * Adds an agent reply, an internal note, a customer's words taken down by the agent, or a department's answer,
 * with files uploaded to the ticket before. Agent replies are checked by the language coach and keep its findings
 * for quality review; a customer's words update the emotion the desk shows.
 */
export async function addMessage(db: Db, actor: Actor, id: number, input: Omit<z.output<typeof messageBodySchema>, 'attachmentIds'> & { attachmentIds?: number[] }) {
  // The company's own phrases count in a reply's stored findings, as they do in the editor.
  const companyRules = input.author !== 'customer' && input.visibility === 'public' ? await activeCompanyRules(db) : [];
  await db.transaction().execute(async (trx) => {
    const ticket = await loadOpenTicket(trx, id);
    const department = actor.role === 'department_member';
    if (department ? !canReadTicket(actor, ticket) : !canWorkTickets(actor)) throw new AppError(403, 'forbidden');
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    const available = await selectUnsentAttachmentIds(trx, id, attachmentIds);
    if (available.length !== attachmentIds.length) throw new AppError(400, 'attachment_not_available', { ids: attachmentIds.filter((a) => !available.includes(a)).join(', ') });
    const authorKind = department ? 'department' : input.author === 'customer' ? 'customer' : 'agent';
    const visibility = department ? 'internal' : input.visibility;
    const findings = authorKind === 'agent' && visibility === 'public' && input.body ? analyzeReply(input.body, { locale: actor.locale, extraRules: companyRules }) : undefined;
    const now = new Date().toISOString();
    const updates: Updateable<Tables['tickets']> = { updated_at: now };
    if (authorKind === 'agent' && visibility === 'public' && !ticket.first_responded_at) updates.first_responded_at = now;
    if (department) updates.status = 'open';
    const messageId = await insertMessage(trx, { ticketId: id, authorKind, authorId: authorKind === 'customer' ? null : actor.id, visibility, body: input.body, findings });
    await attachToMessage(trx, messageId, attachmentIds);
    await trx.updateTable('tickets').set({ ...updates, version: ticket.version + 1 }).where('id', '=', id).execute();
    if (authorKind === 'customer') await recordCustomerEmotion(trx, id, input.body);
    await insertEvent(trx, id, actor.id, department ? 'department_answered' : `message_${visibility}`);
    await reindexTicket(trx, db.dialectName, id);
  });
}

/** Escalates to the supervisors with a reason; the ticket joins their queue. */
export async function escalate(db: Db, actor: Actor, id: number, input: { version: number; reason: string }) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await loadOpenTicket(trx, id);
    if (!(await updateTicketVersioned(trx, id, input.version, { status: 'escalated', escalation_reason: input.reason }))) {
      throw new AppError(409, 'ticket_version_conflict', { current: ticket.version }, { currentVersion: ticket.version });
    }
    await insertEvent(trx, id, actor.id, 'escalated', { reason: input.reason });
    await insertInteraction(trx, { customerId: ticket.customer_id, kind: 'ticket', summary: `${ticket.number} · escalated`, actorId: actor.id, ref: { type: 'ticket', id } });
  });
}

/** A supervisor takes the escalation back to the normal flow, optionally taking ownership. */
export async function deEscalate(db: Db, actor: Actor, id: number, input: { version: number; takeOwnership?: boolean }) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await loadOpenTicket(trx, id);
    if (ticket.status !== 'escalated') throw new AppError(400, 'not_escalated');
    const ok = await updateTicketVersioned(trx, id, input.version, { status: 'open', ...(input.takeOwnership ? { owner_id: actor.id } : {}) });
    if (!ok) throw new AppError(409, 'ticket_version_conflict', { current: ticket.version }, { currentVersion: ticket.version });
    await insertEvent(trx, id, actor.id, 'de_escalated', { takeOwnership: Boolean(input.takeOwnership) });
  });
}

/** Routes the issue to a department (R&D, production …); the owner keeps talking to the customer. */
export async function route(db: Db, actor: Actor, id: number, input: { version: number; departmentId: number; note: string }) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await loadOpenTicket(trx, id);
    const department = await trx.selectFrom('departments').select(['id', 'name']).where('id', '=', input.departmentId).executeTakeFirst();
    if (!department) throw new AppError(400, 'department_not_found', { id: input.departmentId });
    const ok = await updateTicketVersioned(trx, id, input.version, { department_id: department.id, status: 'pending_department' });
    if (!ok) throw new AppError(409, 'ticket_version_conflict', { current: ticket.version }, { currentVersion: ticket.version });
    await insertMessage(trx, { ticketId: id, authorKind: 'agent', authorId: actor.id, visibility: 'internal', body: input.note });
    await insertEvent(trx, id, actor.id, 'routed', { departmentId: department.id, departmentName: department.name });
  });
}

/** Records compensation; beyond the requester's authority it waits for a supervisor's approval. */
export async function requestCompensation(db: Db, actor: Actor, id: number, input: z.output<typeof compensationBodySchema>) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  return db.transaction().execute(async (trx) => {
    await loadOpenTicket(trx, id);
    const pending = needsApproval(actor.role, input.amount);
    const row = await trx
      .insertInto('compensations')
      .values({
        ticket_id: id,
        type: input.type,
        amount_cents: Math.round(input.amount * 100),
        description: input.description,
        status: pending ? 'pending' : 'approved',
        requested_by: actor.id,
        decided_by: pending ? null : actor.id,
        decision_note: null,
        decided_at: pending ? null : new Date().toISOString(),
        created_at: new Date().toISOString(),
      })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    await insertEvent(trx, id, actor.id, pending ? 'compensation_requested' : 'compensation_granted', { amount: input.amount, type: input.type });
    await insertAudit(trx, { actorId: actor.id, action: 'compensation.requested', entityType: 'ticket', entityId: id, after: { ...input, status: row.status }, ip: actor.ip });
    return row;
  });
}

/** A supervisor approves or rejects a pending compensation (audited). */
export async function decideCompensation(db: Db, actor: Actor, compensationId: number, input: { approve: boolean; note?: string | null }) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('compensations').selectAll().where('id', '=', compensationId).executeTakeFirst();
    if (!c) throw new AppError(404, 'compensation_not_found', { id: compensationId });
    if (c.status !== 'pending') throw new AppError(409, 'compensation_decided');
    if (needsApproval(actor.role, c.amount_cents / 100)) throw new AppError(403, 'forbidden');
    const status = input.approve ? 'approved' : 'rejected';
    await trx.updateTable('compensations').set({ status, decided_by: actor.id, decision_note: input.note ?? null, decided_at: new Date().toISOString() }).where('id', '=', compensationId).execute();
    await insertEvent(trx, c.ticket_id, actor.id, `compensation_${status}`, { amount: c.amount_cents / 100, note: input.note ?? null });
    await insertAudit(trx, { actorId: actor.id, action: `compensation.${status}`, entityType: 'ticket', entityId: c.ticket_id, before: { status: 'pending' }, after: { status, note: input.note ?? null }, ip: actor.ip });
  });
}

/** Compensation requests waiting for a supervisor. */
export function pendingCompensations(db: Db, actor: Actor) {
  if (!isSupervising(actor)) throw new AppError(403, 'forbidden');
  return db
    .selectFrom('compensations')
    .innerJoin('tickets', 'tickets.id', 'compensations.ticket_id')
    .leftJoin('users', 'users.id', 'compensations.requested_by')
    .select(['compensations.id', 'compensations.ticket_id as ticketId', 'tickets.number', 'compensations.type', 'compensations.amount_cents as amountCents', 'compensations.description', 'users.name as requestedBy', 'compensations.created_at as createdAt'])
    .where('compensations.status', '=', 'pending')
    .orderBy('compensations.id')
    .execute();
}

/** Reopens a resolved or closed ticket (an unhappy follow-up does it too). */
export async function reopen(trx: Kysely<Tables>, actorId: number | null, id: number, reason: string) {
  const ticket = await trx.selectFrom('tickets').select(['id', 'status', 'current_step', 'step_state', 'customer_id', 'number', 'resolution_due_at']).where('id', '=', id).executeTakeFirst();
  if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
  if (ticket.status !== 'closed' && ticket.status !== 'resolved') throw new AppError(400, 'not_reopenable');
  const state = JSON.parse(ticket.step_state);
  // Back to "resolve": the customer is not satisfied with the result, so resolving and closing start over.
  const reopened = ticket.current_step
    ? { ...state, currentStep: 'resolve', completed: state.completed.filter((s: string) => s !== 'resolve' && s !== 'close'), skipped: state.skipped.filter((s: { step: string }) => s.step !== 'resolve' && s.step !== 'close'), close: { customerAccepted: null, reason: null } }
    : state;
  await trx
    .updateTable('tickets')
    .set((eb) => ({ status: 'open', closed_at: null, resolved_at: null, queue_due_at: ticket.resolution_due_at ?? noDueDate, step_state: JSON.stringify(reopened), current_step: ticket.current_step ? 'resolve' : null, version: eb('version', '+', 1), updated_at: new Date().toISOString() }))
    .where('id', '=', id)
    .execute();
  await insertEvent(trx, id, actorId, 'reopened', { reason });
  await insertInteraction(trx, { customerId: ticket.customer_id, kind: 'ticket', summary: `${ticket.number} · reopened`, actorId, ref: { type: 'ticket', id } });
}
