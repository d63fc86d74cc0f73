import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analyze-reply.ts';
import { analyzeCustomer } from './analyze-customer.ts';
import { evaluateCustomers, evaluateReplies, type LabelledCustomerMessage, type LabelledReply } from './evaluate.ts';
import { COACH_CATEGORIES } from './types.ts';
import replies from './eval/replies.json' with { type: 'json' };
import customers from './eval/customers.json' with { type: 'json' };
import holdout from './eval/replies-holdout.json' with { type: 'json' };
import holdout2 from './eval/replies-holdout-2.json' with { type: 'json' };
import dev2 from './eval/replies-dev-2.json' with { type: 'json' };
import holdout3 from './eval/replies-holdout-3.json' with { type: 'json' };
import holdout4 from './eval/replies-holdout-4.json' with { type: 'json' };
import holdout5 from './eval/replies-holdout-5.json' with { type: 'json' };
import blind6 from './eval/replies-blind-6.json' with { type: 'json' };
import blind7 from './eval/replies-blind-7.json' with { type: 'json' };
import blind8 from './eval/replies-blind-8.json' with { type: 'json' };
import blind9 from './eval/replies-blind-9.json' with { type: 'json' };
import blind10 from './eval/replies-blind-10.json' with { type: 'json' };
import blind11 from './eval/replies-blind-11.json' with { type: 'json' };
import blind12 from './eval/replies-blind-12.json' with { type: 'json' };
import blind13 from './eval/replies-blind-13.json' with { type: 'json' };
import customersHoldout from './eval/customers-holdout.json' with { type: 'json' };
import customersHoldout2 from './eval/customers-holdout-2.json' with { type: 'json' };
import customersHoldout3 from './eval/customers-holdout-3.json' with { type: 'json' };
import customersBlind4 from './eval/customers-blind-4.json' with { type: 'json' };

const replySet = replies as LabelledReply[];
// Every reply set in the order it was written. All but the last have had their one blind run and are development
// data now (see BENCHMARKS.md); the last, blind 13, is still blind: only its shape is checked here, its scores are
// reported by the benchmark.
const writtenSets: [string, LabelledReply[]][] = (
  [
    ['original', replies],
    ['held-out 1', holdout],
    ['held-out 2', holdout2],
    ['dev 2', dev2],
    ['held-out 3', holdout3],
    ['held-out 4', holdout4],
    ['held-out 5', holdout5],
    ['blind 6', blind6],
    ['blind 7', blind7],
    ['blind 8', blind8],
    ['blind 9', blind9],
    ['blind 10', blind10],
    ['blind 11', blind11],
    ['blind 12', blind12],
    ['blind 13', blind13],
  ] as [string, unknown][]
).map(([name, set]) => [name, set as LabelledReply[]]);
const developmentSets = writtenSets.slice(0, -1);
const developmentSet = developmentSets.flatMap(([, set]) => set);
// Customer held-out sets 1–3 are development data now (each after its one blind run); customers-blind-4 stays blind.
const customerSet = [customers, customersHoldout, customersHoldout2, customersHoldout3].flat() as LabelledCustomerMessage[];

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

  it('meets the precision, recall and clean-reply targets on every development set together', () => {
    const e = evaluateReplies(developmentSet, (text) => analyzeReply(text));
    for (const c of e.perCategory) {
      expect.soft(c.precision, `${c.category} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(c.recall, `${c.category} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(e.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('reads customers reasonably', () => {
    const e = evaluateCustomers(customerSet, (text, history) => analyzeCustomer(text, history));
    expect(e.emotionAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(e.typeAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});

// Each development set on its own keeps clean replies clean; customers-blind-4 measures the customer reading
// blind (reported by the benchmark, never asserted on per item), so only its shape is checked.
describe('held-out sets', () => {
  it.each(developmentSets.slice(1))('%s keeps clean replies free of warnings and errors (≤ 5%%)', (_name, set) => {
    expect(evaluateReplies(set, (text) => analyzeReply(text)).cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it.each([
    ['held-out 4', holdout4 as LabelledReply[], 150, 50],
    ...writtenSets.slice(6).map(([name, set]): [string, LabelledReply[], number, number] => [name === 'blind 13' ? 'blind 13 (blind: shape only)' : name, set, 300, 100]),
  ])('%s has at least %i replies, %i clean and every category at least ten times', (_name, set, size, clean) => {
    expect(set.length).toBeGreaterThanOrEqual(size);
    expect(set.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(clean);
    for (const c of COACH_CATEGORIES) expect(set.filter((r) => r.labels.includes(c)).length).toBeGreaterThanOrEqual(10);
  });

  // From held-out 5 on, each set was written after the rules had been tuned on every earlier one.
  const laterSets = writtenSets.slice(6).map(([name, set], i): [string, LabelledReply[], number] => [name, set, 6 + i]);
  it.each(laterSets)('no %s reply repeats an earlier set', (_name, set, position) => {
    const earlier = new Set(writtenSets.slice(0, position).flatMap(([, e]) => e.map((r) => r.text)));
    expect(set.filter((r) => earlier.has(r.text))).toEqual([]);
  });

  it('no blind customer message appears in a development set', () => {
    const seen = new Set(customerSet.map((m) => m.text));
    expect((customersBlind4 as LabelledCustomerMessage[]).filter((m) => seen.has(m.text))).toEqual([]);
  });

  it('the blind customer set covers every emotion and type', () => {
    const set = customersBlind4 as LabelledCustomerMessage[];
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const e of ['calm', 'anxious', 'angry']) expect(set.some((m) => m.emotion === e)).toBe(true);
    for (const t of ['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky', null]) {
      expect(set.some((m) => m.customerType === t)).toBe(true);
    }
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
