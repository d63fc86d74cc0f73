// Grades one answer to one question, with partial credit where the kind allows it.
import { asAnswer } from './answer-shape.ts';
import type { Question, QuestionSpec } from './question.ts';
import { gradeShortAnswer, type ShortAnswerVerdict } from './short-answer.ts';

/** The grade of one answer: credit from 0 to 1, fully right or not, and the coach's verdict for short answers. */
export type QuestionGrade = { credit: number; correct: boolean; shortAnswer?: ShortAnswerVerdict };

const share = (hits: number, total: number) => (total === 0 ? 0 : hits / total);

/**
 * Multiple choice earns proportional credit with a penalty: (right options picked − wrong options picked) ÷ right
 * options, never below 0. Picking everything therefore earns nothing, and one slip costs as much as one miss.
 */
export function multipleCredit(correct: readonly number[], picked: readonly number[]): number {
  const right = new Set(correct);
  const hits = picked.filter((p) => right.has(p)).length;
  const wrong = picked.length - hits;
  return Math.max(0, share(hits - wrong, right.size));
}

/** Ordering earns the share of items put in their right place (the spec lists them in the right order). */
export function orderingCredit(order: readonly number[]): number {
  return share(order.filter((item, position) => item === position).length, order.length);
}

/** Matching earns the share of left items paired with their own right item. */
export function matchingCredit(chosen: readonly number[]): number {
  return share(chosen.filter((right, left) => right === left).length, chosen.length);
}

function creditOf(spec: QuestionSpec, answer: unknown): Omit<QuestionGrade, 'correct'> {
  switch (spec.kind) {
    case 'true_false':
    case 'single':
      return { credit: answer === (spec.kind === 'single' ? spec.correct : spec.answer) ? 1 : 0 };
    case 'multiple':
      return { credit: multipleCredit(spec.correct, answer as number[]) };
    case 'ordering':
      return { credit: orderingCredit(answer as number[]) };
    case 'matching':
      return { credit: matchingCredit(answer as number[]) };
    case 'short_answer': {
      const verdict = gradeShortAnswer(answer as string, spec.keyElements);
      return { credit: verdict.passed ? 1 : 0, shortAnswer: verdict };
    }
  }
}

/**
 * Grades `answer` to `question`; an unanswered question (undefined) earns 0. Throws AnswerShapeError when the
 * answer does not fit the kind.
 */
export function gradeQuestion(question: Pick<Question, 'spec'>, answer: unknown): QuestionGrade {
  if (answer === undefined || answer === null) return { credit: 0, correct: false };
  const grade = creditOf(question.spec, asAnswer(question.spec, answer));
  return { ...grade, correct: grade.credit === 1 };
}
