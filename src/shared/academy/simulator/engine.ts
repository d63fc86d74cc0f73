// The simulator's scripted state machine: one trainee message in, the persona's mood and next line out.
// Pure and deterministic: the same persona, scenario, state and message always give the same reply.
import type { CoachRule } from '../../coach/types.ts';
import type { Localized } from '../assessments.ts';
import { defaultLines, missingLines } from './lines.ts';
import { clampMood, helped, moodBand, moodDelta } from './mood.ts';
import { readTurn, type SimFinding } from './signals.ts';
import { MAX_MOOD, MAX_TURNS, type Persona, type Reaction, type Requirement, type Scenario, type SimulationState, type TurnSignals } from './types.ts';

/** What one trainee message led to. */
export type TurnResult = {
  state: SimulationState;
  reaction: Reaction;
  reply: Localized;
  signals: TurnSignals;
  findings: SimFinding[];
};

/** The state a new simulation starts in, with the customer's opening line. */
export function openSimulation(persona: Persona, scenario: Scenario): { state: SimulationState; opening: Localized } {
  const state: SimulationState = { mood: persona.startMood, stage: 'opening', turn: 0, detailIndex: 0, seen: [], offeredAcceptable: false, outcome: null };
  return { state, opening: scenario.opening };
}

/** The state after the trainee ends the simulation themselves. */
export function endByTrainee(state: SimulationState): SimulationState {
  return { ...state, stage: 'finished', outcome: state.outcome ?? 'ended' };
}

function requirementsSeen(s: TurnSignals): Requirement[] {
  return (['acknowledged', 'paraphrased', 'timeCommitment', 'pleased'] as const).filter((r) => s[r]);
}

function line(persona: Persona, reaction: Exclude<Reaction, 'accept' | 'missing'>, mood: number, turn: number): Localized {
  const band = moodBand(mood);
  const lines = persona.lines[reaction]?.[band] ?? defaultLines[reaction][band];
  return lines[turn % lines.length];
}

/** Two lines spoken one after the other. */
function join(a: Localized, b: Localized): Localized {
  return { 'zh-CN': a['zh-CN'] + b['zh-CN'], en: `${a.en} ${b.en}` };
}

type Context = { persona: Persona; state: SimulationState; signals: TurnSignals; mood: number; missing: Requirement[]; offeredAcceptable: boolean };

/** The reaction to a message, in a fixed order of priority (the first that applies wins). */
function chooseReaction({ persona, state, signals: s, mood, missing, offeredAcceptable }: Context): Reaction {
  if (state.stage === 'closing') return 'farewell';
  if (mood >= MAX_MOOD) return 'walk_away';
  const spoiled = s.deniedEmotion || s.irritated || s.brushedOff;
  if (offeredAcceptable && !spoiled && missing.length === 0 && mood <= persona.acceptBelow) return 'accept';
  if (s.deniedEmotion) return 'denied';
  if (s.irritated) return 'irritated';
  if (s.brushedOff) return 'brushed';
  if (s.offeredAcceptable) return missing.length > 0 ? 'missing' : 'not_yet';
  if (s.offered) return 'offer_other';
  if (s.asked) return 'asked';
  if (s.paraphrased) return 'paraphrased';
  if (offeredAcceptable && helped(s)) return missing.length > 0 ? 'missing' : 'not_yet';
  if (s.pleased) return 'pleased';
  if (s.acknowledged || s.apologised) return 'acknowledged';
  return s.cold ? 'cold' : 'idle';
}

function replyFor(reaction: Reaction, ctx: Context, scenario: Scenario, turn: number): { reply: Localized; detailIndex: number } {
  const { persona, mood, missing, state } = ctx;
  let detailIndex = state.detailIndex;
  if (reaction === 'accept') return { reply: scenario.acceptLine, detailIndex };
  if (reaction === 'missing') {
    const first = missing[0];
    const ask = first === 'pleased' && persona.pleaserAsk ? persona.pleaserAsk : missingLines[first];
    return { reply: ask, detailIndex };
  }
  const base = line(persona, reaction, mood, turn);
  if (reaction === 'asked') {
    const detail = scenario.details[detailIndex];
    if (detail) detailIndex += 1;
    return { reply: join(base, detail ?? scenario.wants), detailIndex };
  }
  if (reaction === 'offer_other' || reaction === 'paraphrased') return { reply: join(base, scenario.wants), detailIndex };
  return { reply: base, detailIndex };
}

function nextStage(reaction: Reaction, state: SimulationState, s: TurnSignals): SimulationState['stage'] {
  if (reaction === 'accept') return 'closing';
  if (['farewell', 'walk_away', 'turn_limit'].includes(reaction)) return 'finished';
  if (s.offered || state.stage === 'negotiating') return 'negotiating';
  if (s.asked || s.paraphrased || s.acknowledged || s.apologised) return 'details';
  return state.stage;
}

function outcomeOf(reaction: Reaction, state: SimulationState): SimulationState['outcome'] {
  if (reaction === 'accept') return 'accepted';
  if (reaction === 'walk_away') return 'walked_away';
  if (reaction === 'turn_limit') return 'turn_limit';
  return state.outcome;
}

/**
 * Plays one trainee message against the persona. `customerLine` is the customer's last line (Chinese), which the
 * coach reads the message as answering; the company's own phrase rules count as the built-in ones do. Throws when
 * the simulation has already finished.
 */
export function takeTurn(
  persona: Persona,
  scenario: Scenario,
  state: SimulationState,
  customerLine: string,
  text: string,
  companyRules: readonly CoachRule[] = [],
): TurnResult {
  if (state.stage === 'finished') throw new Error('simulation already finished');
  const { signals, findings } = readTurn(persona, scenario, customerLine, text, companyRules);
  const mood = clampMood(state.mood + moodDelta(persona, signals));
  const seen = [...new Set([...state.seen, ...requirementsSeen(signals)])];
  const offeredAcceptable = state.offeredAcceptable || signals.offeredAcceptable;
  const missing = persona.requires.filter((r) => !seen.includes(r));
  const turn = state.turn + 1;
  const ctx: Context = { persona, state, signals, mood, missing, offeredAcceptable };
  let reaction = chooseReaction(ctx);
  // Out of turns: the customer leaves unless they have just agreed or are saying goodbye.
  if (turn >= MAX_TURNS && !['accept', 'farewell', 'walk_away'].includes(reaction)) reaction = 'turn_limit';
  const { reply, detailIndex } = replyFor(reaction, ctx, scenario, turn);
  let stage = nextStage(reaction, state, signals);
  if (turn >= MAX_TURNS) stage = 'finished';
  const next: SimulationState = { mood, stage, turn, detailIndex, seen, offeredAcceptable, outcome: outcomeOf(reaction, state) };
  return { state: next, reaction, reply, signals, findings };
}
