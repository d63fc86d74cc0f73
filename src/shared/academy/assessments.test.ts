import { describe, expect, it } from 'vitest';
import { AssessmentAnswerError, assessments, scoreAssessment, type AnswerProblem, type AssessmentKey } from './assessments.ts';

/** Twenty answers summing to `total`, spread as evenly as the scale allows, items 3/11/12 kept equal. */
function answersFor(key: AssessmentKey, total: number): number[] {
  const { min, max, items } = assessments[key];
  const answers = Array<number>(items.length).fill(min);
  let left = total - min * items.length;
  for (let i = 0; i < items.length && left > 0; i++) {
    if ([2, 10, 11].includes(i)) continue;
    const step = Math.min(max - min, left);
    answers[i] += step;
    left -= step;
  }
  // Only when the other seventeen are full: raise items 3, 11 and 12 together so they stay equal.
  for (const i of [2, 10, 11]) answers[i] += left / 3;
  expect(answers.reduce((a, b) => a + b, 0)).toBe(total);
  return answers;
}

function problemOf(key: AssessmentKey, answers: number[]): AnswerProblem {
  try {
    scoreAssessment(key, answers);
  } catch (error) {
    if (error instanceof AssessmentAnswerError) return error.problem;
    throw error;
  }
  throw new Error('no error');
}

describe('service awareness scoring', () => {
  it.each([
    [20, 'basic'],
    [60, 'basic'],
    [61, 'good'],
    [80, 'good'],
    [81, 'very-high'],
    [100, 'very-high'],
  ])('total %i is %s', (total, band) => {
    const result = scoreAssessment('service-awareness', answersFor('service-awareness', total));
    expect(result).toEqual({ total, band, flags: [] });
  });

  it('flags items 3, 11 and 12 answered differently as inconsistent', () => {
    const answers = Array<number>(20).fill(3);
    answers[10] = 4;
    expect(scoreAssessment('service-awareness', answers)).toEqual({ total: 61, band: 'good', flags: ['inconsistent'] });
    answers[10] = 3;
    answers[11] = 2;
    expect(scoreAssessment('service-awareness', answers).flags).toEqual(['inconsistent']);
  });

  it('does not flag equal answers, nor a spread within the tolerance', () => {
    const answers = Array<number>(20).fill(4);
    expect(scoreAssessment('service-awareness', answers).flags).toEqual([]);
    answers[2] = 3;
    answers[11] = 5;
    expect(scoreAssessment('service-awareness', answers, { tolerance: 2 }).flags).toEqual([]);
    expect(scoreAssessment('service-awareness', answers, { tolerance: 1 }).flags).toEqual(['inconsistent']);
  });

  it('names the item of a wrong length or an out-of-range answer (1-based)', () => {
    expect(problemOf('service-awareness', Array(19).fill(3))).toEqual({ reason: 'missing', item: 20, expected: 20 });
    expect(problemOf('service-awareness', Array(21).fill(3))).toEqual({ reason: 'extra', item: 21, expected: 20 });
    const zero = Array<number>(20).fill(3);
    zero[6] = 0;
    expect(problemOf('service-awareness', zero)).toEqual({ reason: 'out_of_range', item: 7, value: 0, min: 1, max: 5 });
    const six = Array<number>(20).fill(3);
    six[19] = 6;
    expect(problemOf('service-awareness', six)).toMatchObject({ reason: 'out_of_range', item: 20 });
    const half = Array<number>(20).fill(3);
    half[0] = 2.5;
    expect(problemOf('service-awareness', half)).toMatchObject({ reason: 'out_of_range', item: 1 });
  });
});

describe('service orientation scoring', () => {
  it.each([
    [0, 'may-not-suit'],
    [49, 'may-not-suit'],
    [50, 'train-interpersonal'],
    [80, 'train-interpersonal'],
    [81, 'excellent'],
    [100, 'excellent'],
  ])('total %i is %s', (total, band) => {
    expect(scoreAssessment('service-orientation', answersFor('service-orientation', total))).toEqual({ total, band, flags: [] });
  });

  it('never flags consistency (its items are all different)', () => {
    const answers = Array<number>(20).fill(0);
    answers[2] = 5;
    expect(scoreAssessment('service-orientation', answers).flags).toEqual([]);
  });

  it('accepts 0 and 5, refuses -1 and 6, naming the item', () => {
    const answers = Array<number>(20).fill(0);
    answers[4] = -1;
    expect(problemOf('service-orientation', answers)).toEqual({ reason: 'out_of_range', item: 5, value: -1, min: 0, max: 5 });
    answers[4] = 6;
    expect(problemOf('service-orientation', answers)).toMatchObject({ reason: 'out_of_range', item: 5 });
    expect(problemOf('service-orientation', [])).toEqual({ reason: 'missing', item: 1, expected: 20 });
  });
});

describe('the instruments', () => {
  it('have 20 items each and bands that cover every possible total exactly once', () => {
    for (const assessment of Object.values(assessments)) {
      expect(assessment.items).toHaveLength(20);
      const low = assessment.min * 20;
      const high = assessment.max * 20;
      for (let total = low; total <= high; total++) {
        expect(assessment.bands.filter((b) => total >= b.min && total <= b.max), `${assessment.key} ${total}`).toHaveLength(1);
      }
    }
  });
});
