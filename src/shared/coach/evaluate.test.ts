import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analyze-reply.ts';
import { analyzeCustomer } from './analyze-customer.ts';
import { evaluateCustomers, evaluateReplies, type LabelledCustomerMessage, type LabelledReply } from './evaluate.ts';
import { COACH_CATEGORIES } from './types.ts';
import replies from './eval/replies.json' with { type: 'json' };
import customers from './eval/customers.json' with { type: 'json' };
import holdout from './eval/replies-holdout.json' with { type: 'json' };
import holdout2 from './eval/replies-holdout-2.json' with { type: 'json' };

const replySet = replies as LabelledReply[];
const customerSet = customers as LabelledCustomerMessage[];

describe('evaluation set', () => {
  it('is large and covers every category and type', () => {
    expect(replySet.length).toBeGreaterThanOrEqual(200);
    expect(replySet.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(60);
    for (const c of COACH_CATEGORIES) expect(replySet.filter((r) => r.labels.includes(c)).length).toBeGreaterThanOrEqual(12);
    expect(customerSet.length).toBeGreaterThanOrEqual(150);
    for (const t of ['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky', null]) {
      expect(customerSet.some((m) => m.customerType === t)).toBe(true);
    }
  });

  it('meets the precision, recall and clean-reply targets', () => {
    const e = evaluateReplies(replySet, (text) => analyzeReply(text));
    for (const c of e.perCategory) {
      expect.soft(c.precision, `${c.category} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(c.recall, `${c.category} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(e.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('reads customers reasonably', () => {
    const e = evaluateCustomers(customerSet, (text, history) => analyzeCustomer(text, history));
    expect(e.emotionAccuracy).toBeGreaterThan(0.8);
    expect(e.typeAccuracy).toBeGreaterThan(0.8);
  });
});

// Held-out sets measure generalisation (reported by the benchmark); only the clean-reply guard is a test.
describe('held-out sets', () => {
  it.each([
    ['held-out 1', holdout as LabelledReply[]],
    ['held-out 2', holdout2 as LabelledReply[]],
  ])('%s keeps clean replies free of warnings and errors (≤ 5%%)', (_name, set) => {
    expect(evaluateReplies(set, (text) => analyzeReply(text)).cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('held-out 2 covers every category at least six times and has 30 clean replies', () => {
    const set = holdout2 as LabelledReply[];
    expect(set.length).toBeGreaterThanOrEqual(80);
    expect(set.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const c of COACH_CATEGORIES) expect(set.filter((r) => r.labels.includes(c)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('evaluateReplies', () => {
  it('counts only warnings and errors', () => {
    const e = evaluateReplies([{ text: 'x', labels: ['rude'] }, { text: 'y', labels: [] }], (t) =>
      t === 'y' ? [{ ruleId: 'r', category: 'rude', severity: 'hint', start: 0, end: 1, message: '', suggestion: '' }] : [],
    );
    const rude = e.perCategory.find((c) => c.category === 'rude')!;
    expect(rude).toMatchObject({ truePositives: 0, falseNegatives: 1, falsePositives: 0, recall: 0 });
    expect(e.cleanFalsePositiveRate).toBe(0);
  });
});
