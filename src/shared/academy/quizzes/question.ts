// The six kinds of quiz question, as trainers write them and as learners answer them.
import type { Localized } from '../assessments.ts';

/** The kinds of question a quiz bank holds. */
export const questionKinds = ['true_false', 'single', 'multiple', 'ordering', 'matching', 'short_answer'] as const;
/** One question kind. */
export type QuestionKind = (typeof questionKinds)[number];

/** A keyword with its alternatives: the element is present when any alternative appears in the answer. */
export type KeyElement = string[];

/** What makes each kind of question right; ordering items and matching pairs are written in their correct order. */
export type QuestionSpec =
  | { kind: 'true_false'; answer: boolean }
  | { kind: 'single'; options: Localized[]; correct: number }
  | { kind: 'multiple'; options: Localized[]; correct: number[] }
  | { kind: 'ordering'; items: Localized[] }
  | { kind: 'matching'; pairs: { left: Localized; right: Localized }[] }
  | { kind: 'short_answer'; keyElements: KeyElement[]; sample: Localized };

/** A question of a bank: its text, the explanation shown with feedback, and what makes it right. */
export type Question = { id: number; prompt: Localized; explanation: Localized; spec: QuestionSpec };

/**
 * A learner's answer, by kind: true/false a boolean; single an option index; multiple the chosen option indices;
 * ordering the item indices in the chosen order; matching, for each left item, the index of the right item chosen;
 * short answer the text.
 */
export type Answer = boolean | number | number[] | string;
