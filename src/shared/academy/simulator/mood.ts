// How a persona's mood moves with each trainee message: weights per signal, overridden per persona.
import { MAX_MOOD, type MoodBand, type MoodWeights, type Persona, type TurnSignals } from './types.ts';

/** Default mood change per signal (negative calms the customer down). */
export const defaultWeights: MoodWeights = {
  greeted: -2,
  acknowledged: -12,
  apologised: -8,
  thanked: -3,
  asked: -4,
  paraphrased: -8,
  offeredAcceptable: -15,
  offeredOther: 4,
  timeCommitment: -8,
  pleased: -12,
  irritated: 20,
  deniedEmotion: 25,
  error: 12,
  warning: 6,
  cold: 8,
  idle: 5,
};

/** Whether the message did anything that helps. */
export function helped(s: TurnSignals): boolean {
  return s.acknowledged || s.apologised || s.thanked || s.asked || s.paraphrased || s.offered || s.timeCommitment || s.pleased || s.closing;
}

/** The mood change one message causes for this persona. */
export function moodDelta(persona: Persona, s: TurnSignals): number {
  const w = { ...defaultWeights, ...persona.weights };
  let delta = 0;
  if (s.greeted) delta += w.greeted;
  if (s.acknowledged) delta += w.acknowledged;
  if (s.apologised) delta += w.apologised;
  if (s.thanked) delta += w.thanked;
  if (s.asked) delta += w.asked;
  if (s.paraphrased) delta += w.paraphrased;
  if (s.offered) delta += s.offeredAcceptable ? w.offeredAcceptable : w.offeredOther;
  if (s.timeCommitment) delta += w.timeCommitment;
  if (s.pleased) delta += w.pleased;
  if (s.irritated) delta += w.irritated;
  if (s.deniedEmotion) delta += w.deniedEmotion;
  delta += w.error * s.errors + w.warning * s.warnings;
  if (s.cold) delta += w.cold;
  if (!helped(s) && !s.greeted) delta += w.idle;
  return delta;
}

/** Keeps a mood within 0..MAX_MOOD. */
export function clampMood(mood: number): number {
  return Math.max(0, Math.min(MAX_MOOD, Math.round(mood)));
}

/** The band scripted lines are chosen by: calm below 35, tense below 70, furious from 70. */
export function moodBand(mood: number): MoodBand {
  return mood < 35 ? 'calm' : mood < 70 ? 'tense' : 'furious';
}
