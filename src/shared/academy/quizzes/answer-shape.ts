// Checks that an answer has the shape its question kind expects, before it is graded.
import type { Answer, QuestionSpec } from './question.ts';

/** Longest short answer accepted (the coach reads it whole). */
export const MAX_SHORT_ANSWER_LENGTH = 2000;

/** Thrown when an answer does not fit its question; the API names the question in a 400. */
export class AnswerShapeError extends Error {
  constructor(readonly expected: QuestionSpec['kind']) {
    super(`answer does not fit a ${expected} question`);
    this.name = 'AnswerShapeError';
  }
}

const isIndex = (value: unknown, size: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;
const indices = (value: unknown, size: number): value is number[] => Array.isArray(value) && value.every((v) => isIndex(v, size));

/** Whether `value` is a well-formed answer to `spec`; ordering must be a permutation, multiple must not repeat. */
export function fitsQuestion(spec: QuestionSpec, value: unknown): value is Answer {
  switch (spec.kind) {
    case 'true_false':
      return typeof value === 'boolean';
    case 'single':
      return isIndex(value, spec.options.length);
    case 'multiple':
      return indices(value, spec.options.length) && new Set(value).size === value.length;
    case 'ordering':
      return indices(value, spec.items.length) && value.length === spec.items.length && new Set(value).size === value.length;
    case 'matching':
      return indices(value, spec.pairs.length) && value.length === spec.pairs.length;
    case 'short_answer':
      return typeof value === 'string' && value.length <= MAX_SHORT_ANSWER_LENGTH;
  }
}

/** Returns `value` as an answer to `spec`, or throws AnswerShapeError. */
export function asAnswer(spec: QuestionSpec, value: unknown): Answer {
  if (!fitsQuestion(spec, value)) throw new AnswerShapeError(spec.kind);
  return value;
}
