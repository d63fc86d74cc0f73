// The colours the simulator's screens give the customer's mood.
import { moodBand } from '../../../../shared/academy/simulator/mood.ts';
import type { MoodBand } from '../../../../shared/academy/simulator/types.ts';

/** Colour of each mood band: green when calm, orange when tense, red when furious. */
export const bandColors: Record<MoodBand, string> = { calm: '#389e0d', tense: '#d46b08', furious: '#cf1322' };

/** The colour of a mood value. */
export function moodColor(mood: number): string {
  return bandColors[moodBand(mood)];
}
