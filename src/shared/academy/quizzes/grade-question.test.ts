import { describe, expect, it } from 'vitest';
import { AnswerShapeError, fitsQuestion } from './answer-shape.ts';
import { gradeQuestion, multipleCredit } from './grade-question.ts';
import type { QuestionSpec } from './question.ts';

const l = (text: string) => ({ 'zh-CN': text, en: text });
const q = (spec: QuestionSpec) => ({ spec });

describe('true/false', () => {
  const myth = q({ kind: 'true_false', answer: false });
  it('earns full credit for the right verdict and none for the wrong one', () => {
    expect(gradeQuestion(myth, false)).toEqual({ credit: 1, correct: true });
    expect(gradeQuestion(myth, true)).toEqual({ credit: 0, correct: false });
  });
  it('refuses anything but a boolean', () => {
    expect(() => gradeQuestion(myth, 'false')).toThrow(AnswerShapeError);
    expect(() => gradeQuestion(myth, 0)).toThrow(AnswerShapeError);
  });
});

describe('single choice', () => {
  const single = q({ kind: 'single', options: [l('a'), l('b'), l('c')], correct: 2 });
  it('is all or nothing', () => {
    expect(gradeQuestion(single, 2).credit).toBe(1);
    expect(gradeQuestion(single, 0).credit).toBe(0);
  });
  it('refuses an index outside the options or a fraction', () => {
    expect(() => gradeQuestion(single, 3)).toThrow(AnswerShapeError);
    expect(() => gradeQuestion(single, 1.5)).toThrow(AnswerShapeError);
  });
});

describe('multiple choice: proportional credit with a penalty for wrong picks', () => {
  const multiple = q({ kind: 'multiple', options: [l('a'), l('b'), l('c'), l('d')], correct: [0, 2] });
  it.each([
    [[0, 2], 1],
    [[2, 0], 1],
    [[0], 0.5],
    [[0, 1], 0],
    [[0, 2, 3], 0.5],
    [[0, 1, 2, 3], 0],
    [[1, 3], 0],
    [[], 0],
  ])('picking %j earns %d', (picked, credit) => {
    expect(gradeQuestion(multiple, picked).credit).toBe(credit);
  });
  it('is correct only with every right option and no wrong one', () => {
    expect(gradeQuestion(multiple, [0, 2]).correct).toBe(true);
    expect(gradeQuestion(multiple, [0]).correct).toBe(false);
  });
  it('never goes below zero', () => expect(multipleCredit([0], [1, 2, 3])).toBe(0));
  it('refuses repeated or unknown options', () => {
    expect(() => gradeQuestion(multiple, [0, 0])).toThrow(AnswerShapeError);
    expect(() => gradeQuestion(multiple, [4])).toThrow(AnswerShapeError);
    expect(() => gradeQuestion(multiple, 0)).toThrow(AnswerShapeError);
  });
});

describe('ordering: the share of items in their right place', () => {
  const steps = q({ kind: 'ordering', items: ['听', '歉', '问', '记', '解', '结'].map(l) });
  it('earns full credit for the six steps in order', () => expect(gradeQuestion(steps, [0, 1, 2, 3, 4, 5])).toEqual({ credit: 1, correct: true }));
  it('earns 4/6 when two neighbours are swapped', () => expect(gradeQuestion(steps, [1, 0, 2, 3, 4, 5]).credit).toBeCloseTo(4 / 6));
  it('earns nothing when every item is out of place', () => expect(gradeQuestion(steps, [5, 0, 1, 2, 3, 4]).credit).toBe(0));
  it('refuses a list that is not a permutation', () => {
    expect(() => gradeQuestion(steps, [0, 1, 2, 3, 4])).toThrow(AnswerShapeError);
    expect(() => gradeQuestion(steps, [0, 0, 2, 3, 4, 5])).toThrow(AnswerShapeError);
  });
});

describe('matching: the share of pairs matched', () => {
  const types = q({ kind: 'matching', pairs: [0, 1, 2, 3].map((i) => ({ left: l(`type ${i}`), right: l(`playbook ${i}`) })) });
  it('earns full credit when every type gets its playbook', () => expect(gradeQuestion(types, [0, 1, 2, 3]).correct).toBe(true));
  it('earns half when two of four are matched', () => expect(gradeQuestion(types, [0, 1, 3, 2]).credit).toBe(0.5));
  it('accepts the same playbook chosen twice, which simply loses a pair', () => expect(gradeQuestion(types, [0, 0, 2, 3]).credit).toBe(0.75));
  it('refuses a missing pair', () => expect(fitsQuestion(types.spec, [0, 1, 2])).toBe(false));
});

describe('unanswered questions', () => {
  it('earn nothing without a shape error', () => expect(gradeQuestion(q({ kind: 'true_false', answer: true }), undefined)).toEqual({ credit: 0, correct: false }));
});
