// Types of the role-play simulator: personas, their scenarios, the per-turn reading and the conversation state.
import type { CustomerType } from '../../coach/types.ts';
import type { Localized } from '../assessments.ts';

/** The keys of the seven personas: the six difficult types and the mild customer who can turn. */
export const personaKeys = ['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky', 'mild'] as const;
/** One persona key. */
export type PersonaKey = (typeof personaKeys)[number];

/** The mood a customer starts from and moves through: 0 calm … 100 furious (they walk away at 100). */
export const MAX_MOOD = 100;
/** How many trainee messages a simulation allows before the customer runs out of time. */
export const MAX_TURNS = 12;
/** Longest trainee message the simulator accepts. */
export const MAX_MESSAGE_LENGTH = 2000;

/** Mood bands the scripted lines are written for. */
export type MoodBand = 'calm' | 'tense' | 'furious';

/** What the trainee did in one message, as the language coach reads it (plus the persona's own triggers). */
export type TurnSignals = {
  greeted: boolean;
  acknowledged: boolean;
  apologised: boolean;
  thanked: boolean;
  asked: boolean;
  paraphrased: boolean;
  offered: boolean;
  offeredAcceptable: boolean;
  timeCommitment: boolean;
  closing: boolean;
  /** The persona's pleaser matched (authority for the boss-demanding, praise for the picky …). */
  pleased: boolean;
  /** The persona's irritant matched ("找领导也一样", "说重点" …). */
  irritated: boolean;
  deniedEmotion: boolean;
  /** Errors of other categories: bare refusals, passing the buck, doubting, blaming … */
  brushedOff: boolean;
  /** Coach errors and warnings other than denying the emotion. */
  errors: number;
  warnings: number;
  /** No greeting, acknowledgement, apology, thanks or polite address at all. */
  cold: boolean;
};

/** Signals that a persona may require before accepting. */
export type Requirement = 'acknowledged' | 'paraphrased' | 'timeCommitment' | 'pleased';

/** Mood change per signal; a persona overrides some of them. */
export type MoodWeights = {
  greeted: number;
  acknowledged: number;
  apologised: number;
  thanked: number;
  asked: number;
  paraphrased: number;
  offeredAcceptable: number;
  offeredOther: number;
  timeCommitment: number;
  pleased: number;
  irritated: number;
  deniedEmotion: number;
  error: number;
  warning: number;
  cold: number;
  /** Nothing helpful in the message at all. */
  idle: number;
};

/** What the persona answers with; chosen from the trainee's signals in a fixed order of priority. */
export type Reaction =
  | 'walk_away'
  | 'accept'
  | 'farewell'
  | 'turn_limit'
  | 'denied'
  | 'irritated'
  | 'brushed'
  | 'missing'
  | 'not_yet'
  | 'offer_other'
  | 'asked'
  | 'paraphrased'
  | 'pleased'
  | 'acknowledged'
  | 'cold'
  | 'idle';

/** Scripted lines for one reaction, per mood band (each band rotates through its lines by turn). */
export type BandLines = Record<MoodBand, Localized[]>;

/** One practice scenario in a phone shop or at a telecom operator. */
export type Scenario = {
  key: string;
  title: Localized;
  product: Localized;
  problem: Localized;
  wants: Localized;
  /** What the customer will settle for, shown in the brief and the debrief. */
  accepts: Localized;
  /** Regex (over the trainee's Chinese) of an offer the customer accepts. */
  acceptPattern: string;
  opening: Localized;
  /** Answers the customer gives, one per question, in order. */
  details: Localized[];
  /** What the customer says when the offer is one they can accept. */
  acceptLine: Localized;
};

/** A persona: a difficult type (or the mild customer), how their mood moves, and their scenarios. */
export type Persona = {
  key: PersonaKey;
  name: Localized;
  /** The coach's difficult type, whose playbook the debrief shows; null for the mild customer. */
  type: CustomerType | null;
  brief: Localized;
  startMood: number;
  /** The customer accepts an acceptable offer only at or below this mood. */
  acceptBelow: number;
  requires: Requirement[];
  weights: Partial<MoodWeights>;
  pleaser?: string;
  irritant?: string;
  /** What the customer says when an acceptable offer still lacks the pleaser (authority, respect, a small extra). */
  pleaserAsk?: Localized;
  lines: Partial<Record<Reaction, Partial<BandLines>>>;
  scenarios: Scenario[];
};

/** Where the conversation stands between messages. */
export type SimulationStage = 'opening' | 'details' | 'negotiating' | 'closing' | 'finished';

/** How a simulation ended. */
export type SimulationOutcome = 'accepted' | 'walked_away' | 'turn_limit' | 'ended';

/** The state carried from one trainee message to the next (stored as JSON). */
export type SimulationState = {
  mood: number;
  stage: SimulationStage;
  turn: number;
  detailIndex: number;
  seen: Requirement[];
  offeredAcceptable: boolean;
  outcome: SimulationOutcome | null;
};
