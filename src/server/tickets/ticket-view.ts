import type { TicketStepState } from '../../shared/tickets/steps.ts';
import { isFlowFinished, missingRecordFields, stepCompletion } from '../../shared/tickets/steps.ts';
import type { ComplaintObject, RecordField } from '../../shared/tickets/model.ts';
import { targetState } from './sla.ts';
import type { TicketRow } from './tickets.queries.ts';

/** The stored flow state of a ticket with its record fields read from their columns. */
export function stepStateOf(row: Pick<TicketRow, 'step_state' | 'object' | 'content' | 'purchase_or_service_time' | 'problem_time' | 'usage' | 'customer_request'>): TicketStepState {
  const stored = JSON.parse(row.step_state) as TicketStepState;
  return { ...stored, record: recordOf(row) };
}

/** The mandated record fields of a ticket row. */
export function recordOf(row: Pick<TicketRow, 'object' | 'content' | 'purchase_or_service_time' | 'problem_time' | 'usage' | 'customer_request'>) {
  return {
    object: row.object,
    content: row.content,
    purchaseOrServiceTime: row.purchase_or_service_time,
    problemTime: row.problem_time,
    usage: row.usage,
    customerRequest: row.customer_request,
  };
}

/** Record fields as column values, for writes. */
export function recordColumns(record: Partial<Record<Exclude<RecordField, 'object'>, string | null | undefined>> & { object?: ComplaintObject | null }) {
  const set = <T>(v: T | undefined) => (v === undefined ? undefined : v);
  return {
    object: set(record.object),
    content: set(record.content),
    purchase_or_service_time: set(record.purchaseOrServiceTime),
    problem_time: set(record.problemTime),
    usage: set(record.usage),
    customer_request: set(record.customerRequest),
  };
}

/** The stepper of a guided ticket, or null for kinds that are not guided. */
export function stepsView(row: TicketRow) {
  if (!row.current_step) return null;
  const state = stepStateOf(row);
  return {
    current: state.currentStep,
    completed: state.completed,
    skipped: state.skipped,
    listenedAt: state.listenedAt,
    apologisedAt: state.apologisedAt,
    askedAt: state.askedAt,
    questionKinds: state.questionKinds,
    missing: isFlowFinished(state) ? [] : stepCompletion(state, state.currentStep).missing,
    finished: isFlowFinished(state),
  };
}

/** The SLA block of a ticket. */
export function slaView(row: Pick<TicketRow, 'slaPolicyName' | 'first_response_due_at' | 'first_responded_at' | 'resolution_due_at' | 'resolved_at' | 'warnBeforeMinutes'>) {
  const warn = row.warnBeforeMinutes ?? 0;
  return {
    policyName: row.slaPolicyName,
    firstResponseDueAt: row.first_response_due_at,
    firstRespondedAt: row.first_responded_at,
    firstResponseState: targetState(row.first_response_due_at, row.first_responded_at, warn),
    resolutionDueAt: row.resolution_due_at,
    resolutionState: targetState(row.resolution_due_at, row.resolved_at, warn),
  };
}

/** Missing record fields of a row (for the record step and the form). */
export function missingFieldsOf(row: TicketRow): RecordField[] {
  return missingRecordFields(stepStateOf(row));
}
