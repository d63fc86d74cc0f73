// Scores the coach against a labelled evaluation set (pure; used by the tests and the benchmark).
import type { CoachCategory, CustomerEmotion, CustomerType, Finding } from './types.ts';
import { COACH_CATEGORIES } from './types.ts';

/** A labelled agent reply: the categories a careful reviewer expects flagged (warning or error). */
export type LabelledReply = { text: string; labels: CoachCategory[]; domain?: string };

/** A labelled customer message. */
export type LabelledCustomerMessage = {
  text: string;
  history?: string[];
  emotion: CustomerEmotion;
  customerType: CustomerType | null;
  domain?: string;
};

/** Precision and recall of one category over the reply set. */
export type CategoryScore = {
  category: CoachCategory;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
};

/** The whole evaluation result. */
export type ReplyEvaluation = {
  replies: number;
  cleanReplies: number;
  perCategory: CategoryScore[];
  /** Share of replies labelled clean that got any warning or error. */
  cleanFalsePositiveRate: number;
};

/** Accuracy of the customer reading. */
export type CustomerEvaluation = { messages: number; emotionAccuracy: number; typeAccuracy: number };

// Hints are advice, not accusations: a reply counts as flagged for a category only by a warning or error.
function flaggedCategories(findings: Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity !== 'hint').map((f) => f.category));
}

// An empty category (no positives, nothing predicted) is perfect rather than undefined.
const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

/** Per-category precision/recall and the clean false-positive rate of analyze over the set. */
export function evaluateReplies(set: LabelledReply[], analyze: (text: string) => Finding[]): ReplyEvaluation {
  const counts = new Map(COACH_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let cleanFlagged = 0;
  for (const item of set) {
    const flagged = flaggedCategories(analyze(item.text));
    if (item.labels.length === 0) {
      clean++;
      if (flagged.size > 0) cleanFlagged++;
    }
    for (const category of COACH_CATEGORIES) {
      const c = counts.get(category)!;
      const expected = item.labels.includes(category);
      const got = flagged.has(category);
      if (expected && got) c.tp++;
      else if (got) c.fp++;
      else if (expected) c.fn++;
    }
  }
  const perCategory = COACH_CATEGORIES.map((category) => {
    const { tp, fp, fn } = counts.get(category)!;
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    };
  });
  return { replies: set.length, cleanReplies: clean, perCategory, cleanFalsePositiveRate: clean ? cleanFlagged / clean : 0 };
}

/** Emotion and difficult-customer-type accuracy of read over the set. */
export function evaluateCustomers(
  set: LabelledCustomerMessage[],
  read: (text: string, history?: string[]) => { emotion: CustomerEmotion; customerType: CustomerType | null },
): CustomerEvaluation {
  let emotion = 0;
  let type = 0;
  for (const item of set) {
    const got = read(item.text, item.history);
    if (got.emotion === item.emotion) emotion++;
    if (got.customerType === item.customerType) type++;
  }
  const n = set.length || 1;
  return { messages: set.length, emotionAccuracy: emotion / n, typeAccuracy: type / n };
}
