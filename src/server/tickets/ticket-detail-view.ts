import type { TicketKind } from '../../shared/tickets/model.ts';
import type { Selectable } from 'kysely';
import type { Tables, TicketsTable } from '../db/tables.ts';
import { missingFieldsOf, recordOf, slaView, stepStateOf, stepsView } from './ticket-view.ts';
import type { selectTicketAttachments } from './attachments.queries.ts';
import { groupByMessage } from './attachments.view.ts';
import type { selectEvents, selectMessages, TicketRow } from './tickets.queries.ts';

const parse = (json: string | null) => (json ? JSON.parse(json) : null);

/** What the ticket page shows besides the ticket row, as read from (or just written to) the database. */
export type TicketRelated = {
  messages: Awaited<ReturnType<typeof selectMessages>>;
  attachments: Awaited<ReturnType<typeof selectTicketAttachments>>;
  events: Awaited<ReturnType<typeof selectEvents>>;
  tags: string[];
  compensations: Pick<Selectable<Tables['compensations']>, 'id' | 'type' | 'amount_cents' | 'description' | 'status' | 'decision_note'>[];
  followUps: Pick<Selectable<Tables['follow_ups']>, 'id' | 'due_at' | 'status' | 'outcome' | 'note'>[];
  evaluation: { scores: string; comment: string; evaluatorName: string | null; createdAt: string } | undefined;
};

/** A ticket row as findTicket reads it (the customer's emotion columns are optional on insert). */
export type DetailRow = TicketRow & Partial<Pick<TicketsTable, 'customer_emotion' | 'customer_emotion_cue'>>;

/**
 * The ticket page's view of a ticket. One function for a ticket read back and for one just opened, so the
 * 201 of a create and a later GET cannot drift apart.
 */
export function ticketDetailView(row: DetailRow, related: TicketRelated) {
  const { messages, attachments, events, tags, compensations, followUps, evaluation } = related;
  const sla = slaView(row);
  const state = stepStateOf(row);
  const filesOf = groupByMessage(attachments);
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
    customerEmotion: row.customer_emotion ?? null,
    customerEmotionCue: row.customer_emotion_cue ?? null,
    messages: messages.map((m) => ({ ...m, findings: parse(m.findings), attachments: filesOf.get(m.id) ?? [] })),
    events: events.map((e) => ({ ...e, data: parse(e.data) })),
    compensations: compensations.map((c) => ({ id: c.id, type: c.type, amount: c.amount_cents / 100, description: c.description, status: c.status, decisionNote: c.decision_note })),
    followUps: followUps.map((f) => ({ id: f.id, dueAt: f.due_at, status: f.status, outcome: f.outcome, note: f.note })),
  };
}
