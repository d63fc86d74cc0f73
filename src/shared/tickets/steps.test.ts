import { describe, expect, it } from 'vitest';
import { steps, type Step } from './model.ts';
import {
  advance, canAdvance, initialStepState, isFlowFinished, missingRecordFields, nextStep, skipStep, stepCompletion, stepStatus,
  type StepResult, type TicketStepState,
} from './steps.ts';
import { stepGuidance } from './step-guidance.ts';

const now = '2026-11-23T10:00:00+08:00';
const fullRecord = {
  object: 'product', content: '屏幕出现黑点', purchaseOrServiceTime: '2026-10-01', problemTime: '2026-11-20',
  usage: '日常使用，未摔过', customerRequest: '换新机',
};

function ok(r: StepResult): TicketStepState {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r.state;
}

/** Does the work of the current step. */
function doWork(s: TicketStepState): TicketStepState {
  switch (s.currentStep) {
    case 'listen': return { ...s, listenedAt: now };
    case 'apologise': return { ...s, apologisedAt: now };
    case 'ask': return { ...s, askedAt: now, questionKinds: ['targeted', 'open'] };
    case 'record': return { ...s, record: fullRecord };
    case 'resolve': return { ...s, resolution: { type: 'exchange', summary: '为客户换新机', commitAt: '2026-11-25T18:00:00+08:00', customerInformed: true } };
    case 'close': return { ...s, close: { customerAccepted: true, reason: null } };
  }
}

describe('six-step flow', () => {
  it('starts at listen and cannot advance before the work is done', () => {
    const s = initialStepState('complaint');
    expect(s.currentStep).toBe('listen');
    expect(canAdvance(s)).toBe(false);
    expect(advance(s)).toEqual({ ok: false, error: 'step_incomplete', missing: ['heard_out'] });
  });

  it('walks every step in order when each step\'s work is done', () => {
    let s = initialStepState('complaint');
    for (const [i, step] of steps.entries()) {
      expect(s.currentStep).toBe(step);
      expect(nextStep(s)).toBe(steps[i + 1] ?? null);
      expect(canAdvance(s)).toBe(false);
      s = doWork(s);
      expect(canAdvance(s)).toBe(true);
      s = ok(advance(s));
      expect(stepStatus(s, step)).toBe('done');
    }
    expect(s.completed).toEqual([...steps]);
    expect(s.currentStep).toBe('close');
    expect(isFlowFinished(s)).toBe(true);
    expect(canAdvance(s)).toBe(false);
    expect(advance(s)).toEqual({ ok: false, error: 'flow_finished' });
  });

  it('reports the unmet checklist items of each step, matching the guidance ids', () => {
    const s = initialStepState('complaint');
    for (const step of steps) {
      const ids = stepGuidance[step].checklist.map((c) => c.id);
      expect(stepCompletion(s, step).missing).toEqual(ids);
    }
  });

  it('asks for at least one question kind', () => {
    const s = { ...initialStepState('complaint'), askedAt: now };
    expect(stepCompletion(s, 'ask')).toEqual({ done: false, missing: ['question_kinds'] });
  });

  it('names the missing record fields one by one, ignoring blanks', () => {
    const s = { ...initialStepState('complaint'), record: { ...fullRecord, usage: '  ', customerRequest: null } };
    expect(missingRecordFields(s)).toEqual(['usage', 'customerRequest']);
    expect(stepCompletion(s, 'record')).toEqual({ done: false, missing: ['usage', 'customerRequest'] });
    expect(missingRecordFields({ ...initialStepState('inquiry'), record: { content: '套餐怎么改' } })).toEqual([]);
    expect(missingRecordFields(initialStepState('request'))).toEqual(['content', 'customerRequest']);
  });

  it('resolves only with a type, a summary, a valid commitment time and the customer informed', () => {
    const base = initialStepState('complaint');
    const r = { type: 'repair' as const, summary: '免费维修', commitAt: 'next week', customerInformed: false };
    expect(stepCompletion({ ...base, resolution: r }, 'resolve').missing).toEqual(['commit_time', 'customer_informed']);
    expect(stepCompletion({ ...base, resolution: { ...r, commitAt: '2026-11-25', customerInformed: true } }, 'resolve').done).toBe(true);
  });

  it('closes on acceptance or on a recorded reason, not on a refusal alone', () => {
    const base = initialStepState('complaint');
    expect(stepCompletion({ ...base, close: { customerAccepted: false, reason: null } }, 'close').done).toBe(false);
    expect(stepCompletion({ ...base, close: { customerAccepted: false, reason: '客户要求退款，已转主管' } }, 'close').done).toBe(true);
    expect(stepCompletion({ ...base, close: { customerAccepted: null, reason: '  ' } }, 'close').done).toBe(false);
  });
});

describe('skipStep', () => {
  it('skips the current step with a reason and moves on', () => {
    const s = ok(skipStep(initialStepState('complaint'), 'listen', '  客户直接发来书面材料  '));
    expect(s.currentStep).toBe('apologise');
    expect(s.skipped).toEqual([{ step: 'listen', reason: '客户直接发来书面材料' }]);
    expect(stepStatus(s, 'listen')).toBe('skipped');
    expect(stepStatus(s, 'apologise')).toBe('current');
    expect(stepStatus(s, 'ask')).toBe('pending');
  });

  it('requires a reason of at least five characters', () => {
    const s = initialStepState('complaint');
    expect(skipStep(s, 'listen', '   ')).toEqual({ ok: false, error: 'reason_required' });
    expect(skipStep(s, 'listen', '客户挂断')).toEqual({ ok: false, error: 'reason_too_short' });
    expect(skipStep(s, 'listen', '客户已挂断').ok).toBe(true);
    expect(skipStep(s, 'listen', 'n/a').ok).toBe(false);
  });

  it('skips only the current step', () => {
    expect(skipStep(initialStepState('complaint'), 'record', '资料已在上一张工单中')).toEqual({ ok: false, error: 'not_current_step' });
  });

  it('can skip each step, finishing the flow when close is skipped', () => {
    let s = initialStepState('grievance');
    for (const step of steps) s = ok(skipStep(s, step as Step, `跳过${step}的原因说明`));
    expect(s.skipped.map((x) => x.step)).toEqual([...steps]);
    expect(isFlowFinished(s)).toBe(true);
    expect(skipStep(s, 'close', '再次跳过结束步骤')).toEqual({ ok: false, error: 'flow_finished' });
  });

  it('mixes completed and skipped steps', () => {
    let s = ok(advance(doWork(initialStepState('complaint'))));
    s = ok(skipStep(s, 'apologise', '客户明确表示不需要道歉'));
    s = ok(advance(doWork(s)));
    expect(s.completed).toEqual(['listen', 'ask']);
    expect(s.currentStep).toBe('record');
  });
});
