import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { stepActionBodySchema } from '../../shared/schemas/tickets.ts';
import { followUpDueAt } from '../../shared/tickets/follow-up.ts';
import type { DifficultType, Severity, Step, TicketKind, TicketStatus } from '../../shared/tickets/model.ts';
import { recordFieldLabels } from '../../shared/tickets/step-guidance.ts';
import { advance, canAdvance, isFlowFinished, missingRecordFields, skipStep, stepCompletion, type StepError, type TicketStepState } from '../../shared/tickets/steps.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import type { MessageCode } from '../plugins/messages.ts';
import { enqueueJob } from './jobs.ts';
import { stepStateOf } from './ticket-view.ts';
import { insertEvent, updateTicketVersioned } from './tickets.queries.ts';
import { canWorkTickets } from './tickets.policy.ts';

type StepAction = z.output<typeof stepActionBodySchema>;
type TicketRecord = Selectable<Tables['tickets']>;

const stepErrors: Record<StepError, MessageCode> = {
  not_current_step: 'step_not_current',
  step_incomplete: 'step_incomplete',
  flow_finished: 'step_flow_finished',
  reason_required: 'step_reason_required',
  reason_too_short: 'step_reason_too_short',
};

// Moves on through every step whose work is already done (an agent may tick a later step early).
function advanceWhilePossible(state: TicketStepState): TicketStepState {
  let current = state;
  while (canAdvance(current)) {
    const result = advance(current);
    if (!result.ok) break;
    current = result.state;
  }
  return current;
}

function applyAction(state: TicketStepState, action: StepAction, now: string): TicketStepState {
  switch (action.action) {
    case 'listen':
      return { ...state, listenedAt: state.listenedAt ?? now };
    case 'apologise':
      return { ...state, apologisedAt: state.apologisedAt ?? now };
    case 'ask':
      return { ...state, askedAt: state.askedAt ?? now, questionKinds: [...new Set([...state.questionKinds, ...action.questionKinds])] };
    case 'resolve':
      return { ...state, resolution: { type: action.type, summary: action.summary, commitAt: new Date(action.commitAt).toISOString(), customerInformed: action.customerInformed } };
    case 'close':
      return { ...state, close: { customerAccepted: action.customerAccepted, reason: action.reason ?? null } };
    case 'skip': {
      const result = skipStep(state, action.step, action.reason);
      if (!result.ok) throw new AppError(400, stepErrors[result.error], { current: state.currentStep, step: action.step });
      return result.state;
    }
  }
}

/** What the ticket's status and dates become once the flow state changed. */
function statusAfter(ticket: TicketRecord, state: TicketStepState | null, action: StepAction, now: string): { status?: TicketStatus; closed_at?: string; resolved_at?: string; queue_due_at?: null } {
  const finished = state ? isFlowFinished(state) : action.action === 'close';
  if (finished) return { status: 'closed', closed_at: now, resolved_at: ticket.resolved_at ?? now, queue_due_at: null };
  const resolved = state ? state.completed.includes('resolve') || state.skipped.some((s) => s.step === 'resolve') : action.action === 'resolve';
  if (resolved && !ticket.resolved_at) return { status: 'resolved', resolved_at: now };
  return {};
}

/** Schedules the follow-up visit a closed ticket needs, assigned to its owner. */
async function scheduleFollowUp(trx: Kysely<Tables>, ticket: TicketRecord, closedAt: string) {
  const due = followUpDueAt(new Date(closedAt), { kind: ticket.kind as TicketKind, difficultType: ticket.difficult_type as DifficultType | null, severity: ticket.severity as Severity });
  if (!due) return;
  await trx
    .insertInto('follow_ups')
    .values({ ticket_id: ticket.id, assignee_id: ticket.owner_id, due_at: due.toISOString(), status: 'pending', outcome: null, note: null, done_at: null, created_at: closedAt })
    .execute();
  await insertEvent(trx, ticket.id, null, 'follow_up_scheduled', { dueAt: due.toISOString() });
}

/**
 * Does one step's work (listen, apologise, ask, resolve, close) or skips the current step with a reason,
 * then moves through every step now complete. Closing schedules the follow-up visit by rule.
 */
export async function stepAction(db: Db, actor: Actor, id: number, action: StepAction) {
  if (!canWorkTickets(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const ticket = await trx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
    if (!ticket) throw new AppError(404, 'ticket_not_found', { id });
    if (ticket.status === 'closed') throw new AppError(409, 'ticket_closed');
    const now = new Date().toISOString();
    const guided = ticket.current_step !== null;
    if (!guided && action.action !== 'resolve' && action.action !== 'close') throw new AppError(400, 'ticket_not_guided');
    const before = guided ? stepStateOf(ticket) : null;
    if (before && isFlowFinished(before)) throw new AppError(400, 'step_flow_finished');
    if (action.action === 'close' && !action.customerAccepted && !action.reason) throw new AppError(400, 'close_needs_acceptance');
    const after = before ? advanceWhilePossible(applyAction(before, action, now)) : null;
    if (before && after && action.action === 'close' && !isFlowFinished(after)) {
      const missing = missingRecordFields(after);
      if (after.currentStep === 'record') throw new AppError(400, 'record_fields_missing', { fields: missing.map((f) => recordFieldLabels[f][actor.locale]).join('、') }, { fields: missing });
      throw new AppError(400, 'step_incomplete', { missing: stepCompletion(after, after.currentStep).missing.join(', ') }, { step: after.currentStep });
    }
    const resolution = action.action === 'resolve' ? { type: action.type, summary: action.summary, commitAt: action.commitAt, customerInformed: action.customerInformed } : undefined;
    const statusChange = statusAfter(ticket, after, action, now);
    const ok = await updateTicketVersioned(trx, id, action.version, {
      ...(after ? { step_state: JSON.stringify({ ...after, record: {} }), current_step: after.currentStep } : {}),
      ...(resolution ? { resolution: JSON.stringify(resolution) } : {}),
      ...(action.action === 'close' && !after ? { step_state: JSON.stringify({ ...JSON.parse(ticket.step_state), close: { customerAccepted: action.customerAccepted, reason: action.reason ?? null } }) } : {}),
      ...statusChange,
    });
    if (!ok) throw new AppError(409, 'ticket_version_conflict', { current: ticket.version }, { currentVersion: ticket.version });
    const type = action.action === 'skip' ? 'step_skipped' : `step_${action.action}`;
    await insertEvent(trx, id, actor.id, type, action.action === 'skip' ? { step: action.step, reason: action.reason } : after ? { currentStep: after.currentStep } : undefined);
    if (statusChange.status) {
      await insertEvent(trx, id, actor.id, `status_${statusChange.status}`);
      await insertInteraction(trx, { customerId: ticket.customer_id, kind: 'ticket', summary: `${ticket.number} · ${statusChange.status}`, actorId: actor.id, ref: { type: 'ticket', id } });
    }
    if (statusChange.status === 'closed') {
      await scheduleFollowUp(trx, ticket, now);
      await enqueueJob(trx, 'customer_refresh', { customerId: ticket.customer_id });
    }
  });
}

/** After record fields change, completes the record step (and any step after it already done). */
export async function assertRecordStep(trx: Kysely<Tables>, id: number) {
  const ticket = await trx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  if (!ticket.current_step || ticket.current_step !== ('record' satisfies Step)) return;
  const state = advanceWhilePossible(stepStateOf(ticket));
  if (state.currentStep === ticket.current_step) return;
  await trx.updateTable('tickets').set({ step_state: JSON.stringify({ ...state, record: {} }), current_step: state.currentStep }).where('id', '=', id).execute();
  await insertEvent(trx, id, null, 'step_record', { currentStep: state.currentStep });
}
