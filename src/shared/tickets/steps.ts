// The six-step complaint flow as pure rules: what each step needs, advancing, and skipping with a reason.
import { guidedKinds, recordFields, steps, type RecordField, type ResolutionType, type Step, type TicketKind } from './model.ts';
import type { QuestionKind } from './question-kinds.ts';

/** Where a ticket stands in the six steps, plus the work done so far that decides each step. */
export type TicketStepState = {
  kind: TicketKind;
  currentStep: Step;
  completed: Step[];
  skipped: { step: Step; reason: string }[];
  /** ISO time the agent confirmed the customer was heard out and acknowledged (listen step). */
  listenedAt: string | null;
  /** ISO time the agent confirmed thanking and apologising in the first person (apologise step). */
  apologisedAt: string | null;
  /** ISO time the agent confirmed asking questions and paraphrasing (ask step). */
  askedAt: string | null;
  /** The question kinds the agent ticked as used in the ask step. */
  questionKinds: QuestionKind[];
  record: Partial<Record<RecordField, string | null>>;
  resolution: { type: ResolutionType | null; summary: string | null; commitAt: string | null; customerInformed: boolean };
  close: { customerAccepted: boolean | null; reason: string | null };
  /** Replies sent so far; shown beside the stepper, not required by any step. */
  agentMessageCount: number;
};

/** Completion of one step: done, and the ids of its unmet checklist items. */
export type StepCompletion = { done: boolean; missing: string[] };

/** Why a step action was refused. */
export type StepError = 'not_current_step' | 'step_incomplete' | 'flow_finished' | 'reason_required' | 'reason_too_short';

/** Outcome of a step action: the new state, or an error code (with unmet items for step_incomplete). */
export type StepResult = { ok: true; state: TicketStepState } | { ok: false; error: StepError; missing?: string[] };

/** How a step looks on the stepper. */
export type StepStatus = 'done' | 'skipped' | 'current' | 'pending';

/** Shortest skip reason accepted, in characters (a Chinese character counts as one). */
export const MIN_SKIP_REASON_LENGTH = 5;

/** A fresh state at the first step. */
export function initialStepState(kind: TicketKind): TicketStepState {
  return {
    kind, currentStep: 'listen', completed: [], skipped: [],
    listenedAt: null, apologisedAt: null, askedAt: null, questionKinds: [],
    record: {},
    resolution: { type: null, summary: null, commitAt: null, customerInformed: false },
    close: { customerAccepted: null, reason: null },
    agentMessageCount: 0,
  };
}

/** Record fields a kind must fill: all of them for complaints and grievances, fewer for the others. */
export function mandatedRecordFields(kind: TicketKind): RecordField[] {
  if (guidedKinds.includes(kind)) return [...recordFields];
  return kind === 'request' ? ['content', 'customerRequest'] : ['content'];
}

const filled = (v: string | null | undefined): boolean => typeof v === 'string' && v.trim() !== '';

/** The mandated record fields still empty, in the order of the form. */
export function missingRecordFields(state: TicketStepState): RecordField[] {
  return mandatedRecordFields(state.kind).filter((f) => !filled(state.record[f]));
}

function unmet(items: [string, boolean][]): StepCompletion {
  const missing = items.filter(([, ok]) => !ok).map(([id]) => id);
  return { done: missing.length === 0, missing };
}

/** Whether the work of a step is done; `missing` holds checklist ids (see stepGuidance). */
export function stepCompletion(state: TicketStepState, step: Step): StepCompletion {
  switch (step) {
    case 'listen':
      return unmet([['heard_out', state.listenedAt !== null]]);
    case 'apologise':
      return unmet([['thanked_and_apologised', state.apologisedAt !== null]]);
    case 'ask':
      return unmet([['asked_and_paraphrased', state.askedAt !== null], ['question_kinds', state.questionKinds.length > 0]]);
    case 'record': {
      const missing = missingRecordFields(state);
      return { done: missing.length === 0, missing };
    }
    case 'resolve': {
      const r = state.resolution;
      return unmet([
        ['resolution_type', r.type !== null],
        ['resolution_summary', filled(r.summary)],
        ['commit_time', filled(r.commitAt) && !Number.isNaN(Date.parse(r.commitAt ?? ''))],
        ['customer_informed', r.customerInformed],
      ]);
    }
    case 'close':
      return unmet([['accepted_or_reason', state.close.customerAccepted === true || filled(state.close.reason)]]);
  }
}

/** Whether the last step has been completed or skipped. */
export function isFlowFinished(state: TicketStepState): boolean {
  return state.completed.includes('close') || state.skipped.some((s) => s.step === 'close');
}

/** The step after the current one, or null when the current step is the last. */
export function nextStep(state: TicketStepState): Step | null {
  const i = steps.indexOf(state.currentStep);
  return i + 1 < steps.length ? steps[i + 1] : null;
}

/** Whether the current step's work is done so the agent may move on. */
export function canAdvance(state: TicketStepState): boolean {
  return !isFlowFinished(state) && stepCompletion(state, state.currentStep).done;
}

function moveOn(state: TicketStepState, patch: Partial<TicketStepState>): TicketStepState {
  const next = nextStep(state);
  return { ...state, ...patch, currentStep: next ?? state.currentStep };
}

/** Completes the current step and moves to the next (the last step stays current, the flow finished). */
export function advance(state: TicketStepState): StepResult {
  if (isFlowFinished(state)) return { ok: false, error: 'flow_finished' };
  const c = stepCompletion(state, state.currentStep);
  if (!c.done) return { ok: false, error: 'step_incomplete', missing: c.missing };
  return { ok: true, state: moveOn(state, { completed: [...state.completed, state.currentStep] }) };
}

/** Skips the current step with a reason of at least MIN_SKIP_REASON_LENGTH characters (seen by supervisors). */
export function skipStep(state: TicketStepState, step: Step, reason: string): StepResult {
  if (isFlowFinished(state)) return { ok: false, error: 'flow_finished' };
  if (step !== state.currentStep) return { ok: false, error: 'not_current_step' };
  const text = reason.trim();
  if (text === '') return { ok: false, error: 'reason_required' };
  if ([...text].length < MIN_SKIP_REASON_LENGTH) return { ok: false, error: 'reason_too_short' };
  return { ok: true, state: moveOn(state, { skipped: [...state.skipped, { step, reason: text }] }) };
}

/** How a step shows on the stepper. */
export function stepStatus(state: TicketStepState, step: Step): StepStatus {
  if (state.completed.includes(step)) return 'done';
  if (state.skipped.some((s) => s.step === step)) return 'skipped';
  return step === state.currentStep ? 'current' : 'pending';
}
