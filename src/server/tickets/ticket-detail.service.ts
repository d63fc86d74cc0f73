import type { TicketKind } from '../../shared/tickets/model.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { missingFieldsOf, recordOf, slaView, stepStateOf, stepsView } from './ticket-view.ts';
import { canReadTicket } from './tickets.policy.ts';
import { findTicket, selectEvents, selectMessages, selectTicketTags } from './tickets.queries.ts';

const parse = (json: string | null) => (json ? JSON.parse(json) : null);

/** Everything the ticket page shows, in seven queries whatever the number of messages. */
export async function getTicket(db: Db, actor: Actor, id: number) {
  const row = await findTicket(db, id);
  if (!row || !canReadTicket(actor, row)) throw new AppError(404, 'ticket_not_found', { id });
  const [messages, events, tags, compensations, followUps, evaluation] = await Promise.all([
    selectMessages(db, id),
    selectEvents(db, id),
    selectTicketTags(db, id),
    db.selectFrom('compensations').select(['id', 'type', 'amount_cents', 'description', 'status', 'decision_note']).where('ticket_id', '=', id).orderBy('id').execute(),
    db.selectFrom('follow_ups').select(['id', 'due_at', 'status', 'outcome', 'note']).where('ticket_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('case_evaluations')
      .leftJoin('users', 'users.id', 'case_evaluations.evaluator_id')
      .select(['case_evaluations.scores', 'case_evaluations.comment', 'users.name as evaluatorName', 'case_evaluations.created_at as createdAt'])
      .where('case_evaluations.ticket_id', '=', id)
      .executeTakeFirst(),
  ]);
  const sla = slaView(row);
  const state = stepStateOf(row);
  const resolution = parse(row.resolution) ?? { type: null, summary: null, commitAt: null, customerInformed: false };
  // Internal notes are staff work (routing, department answers), so every staff role that may read the ticket sees them.
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as TicketKind,
    channel: row.channel,
    customerId: row.customer_id,
    customerName: row.customerName,
    customer: { id: row.customer_id, name: row.customerName, tier: row.customerTier, level: row.customerLevel },
    subject: row.subject,
    status: row.status,
    currentStep: row.current_step,
    priority: row.priority,
    severity: row.severity,
    difficultType: row.difficult_type,
    ownerId: row.owner_id,
    ownerName: row.ownerName,
    departmentId: row.department_id,
    departmentName: row.departmentName,
    purchaseId: row.purchase_id,
    causeKey: row.cause_key,
    tags,
    record: recordOf(row),
    missingRecordFields: missingFieldsOf(row),
    steps: stepsView(row),
    resolution,
    close: state.close,
    resolutionDueAt: row.resolution_due_at,
    slaState: sla.resolutionState,
    sla,
    escalationReason: row.escalation_reason,
    unreasonablePolicy: row.unreasonable_policy,
    evaluation: evaluation ? { ...evaluation, scores: JSON.parse(evaluation.scores) as Record<string, number> } : null,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    messages: messages.map((m) => ({ ...m, findings: parse(m.findings) })),
    events: events.map((e) => ({ ...e, data: parse(e.data) })),
    compensations: compensations.map((c) => ({ id: c.id, type: c.type, amount: c.amount_cents / 100, description: c.description, status: c.status, decisionNote: c.decision_note })),
    followUps: followUps.map((f) => ({ id: f.id, dueAt: f.due_at, status: f.status, outcome: f.outcome, note: f.note })),
  };
}
