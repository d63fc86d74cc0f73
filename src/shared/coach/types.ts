// Types shared by the language coach: findings, rules, customer and conversation analyses.

/** The two languages the coach explains itself in. */
export type CoachLocale = 'zh-CN' | 'en';

/** A text in every locale the coach speaks. */
export type LocalizedText = Record<CoachLocale, string>;

/** Stable ids of the service-language categories (issue 5); stored with every sent reply. */
export const COACH_CATEGORIES = [
  'refusal',
  'but',
  'no_reason',
  'you_blame',
  'negative_framing',
  'passing_buck',
  'doubting',
  'denying_emotion',
  'rude',
  'overpromise',
] as const;

/** One service-language category. */
export type CoachCategory = (typeof COACH_CATEGORIES)[number];

/** Findings about the input itself (not Chinese) carry this category instead of a language one. */
export type FindingCategory = CoachCategory | 'input';

/** How strongly the editor should flag a finding. */
export type Severity = 'error' | 'warning' | 'hint';

/** The seven sins of service (七大过失) a conversation can show. */
export type ServiceSin =
  | 'indifference'
  | 'passing_buck'
  | 'coldness'
  | 'arrogance'
  | 'robotic'
  | 'hiding_behind_rules'
  | 'department_shuffle';

/**
 * Where "apply suggestion" puts a suggested text: over the whole sentence, over the matched words, or
 * inserted before/after the match or its sentence (e.g. thanks before an apology, an offer after a refusal).
 */
export type EditPlacement = 'replace_sentence' | 'replace_match' | 'before_match' | 'after_match' | 'sentence_start' | 'sentence_end';

/** A ready-to-apply change to the reply; its text may hold a "……" placeholder for the agent to fill in. */
export type SuggestedEdit = { placement: EditPlacement; text: string };

/** One problem in an agent reply; start/end are UTF-16 offsets into the original text. */
export type Finding = {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion: string;
  sin?: ServiceSin;
  /** The change "apply suggestion" makes; without it the editor rewrites the sentence from the quoted suggestion. */
  edit?: SuggestedEdit;
};

/** Where an anchor looks, relative to the sentence (or the match) the rule fired in. */
export type AnchorWindow =
  | 'clause' // the clause (comma-delimited) of the match
  | 'sentence' // the sentence of the match
  | 'sentence_and_next' // that sentence and the one after it
  | 'around' // the sentence before, the sentence, the sentence after
  | 'around_other_clauses' // the sentence before, the sentence and the sentence after, minus the clause of the match
  | 'before_in_sentence' // from the sentence start up to the match
  | 'after_in_sentence' // from the match to the sentence end
  | 'nearby_clauses' // the sentence and the next one, minus the clause of the match
  | 'previous_clauses' // the two clauses before the match (same or previous sentence)
  | 'before_in_message' // everything before the match
  | 'message';

/** A context condition: a pattern that must (or must not) occur in a window around the match. */
export type Anchor = {
  require: 'present' | 'absent';
  pattern: string;
  window: AnchorWindow;
};

/**
 * How a rule finds candidate spans; patterns are strings so rules stay JSON data. Keywords are
 * checked per sentence (all/none in the same sentence); a regex hit is dropped when `exclude`
 * matches the clause around it.
 */
export type Matcher =
  | { kind: 'keyword'; any: string[]; all?: string[]; none?: string[] }
  | { kind: 'regex'; pattern: string; exclude?: string };

/** One service-language rule: data, with examples that double as its tests. */
export type CoachRule = {
  id: string;
  category: CoachCategory;
  severity: Severity;
  match: Matcher;
  anchors?: Anchor[];
  sin?: ServiceSin;
  message: LocalizedText;
  suggestion: LocalizedText;
  /** Optional ready-made change for the editor (insert or replace), in every locale. */
  edit?: { placement: EditPlacement; text: LocalizedText };
  examples: { positive: string[]; negative: string[] };
};

/** Options for analyzeReply. */
export type ReplyContext = {
  locale?: CoachLocale;
  /** Company-specific banned or preferred phrase rules, checked after the built-in ones. */
  extraRules?: readonly CoachRule[];
};

/** The six kinds of question the method teaches (针对性, 选择性, 了解性, 澄清性, 征询性, 开放式). */
export type QuestionKind = 'targeted' | 'choice' | 'informational' | 'clarifying' | 'consultative' | 'open';

/** Emotional state read from a customer message. */
export type CustomerEmotion = 'calm' | 'anxious' | 'angry';

/** Difficult-customer types (棘手客户), each with a playbook. */
export type CustomerType = 'emotional' | 'stubborn' | 'talkative' | 'arrogant' | 'boss_demanding' | 'picky';

/** Why the coach read the customer as it did. */
export type CueKind =
  | 'insult'
  | 'anger'
  | 'exclamation'
  | 'threat'
  | 'urgency'
  | 'manager_demand'
  | 'repetition'
  | 'rambling'
  | 'nitpick'
  | 'rejection'
  | 'self_importance';

/** A highlighted span in the customer message (UTF-16 offsets into the original text). */
export type CustomerCue = { start: number; end: number; kind: CueKind; reason: string };

/** The reading of one customer message. */
export type CustomerAnalysis = {
  emotion: CustomerEmotion;
  intensity: number;
  customerType: CustomerType | null;
  cues: CustomerCue[];
  toneHint: LocalizedText;
};
