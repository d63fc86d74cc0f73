// Scores of attempts, the grade kept across them, the pass mark and the feedback band.
import type { Localized } from '../assessments.ts';

/** How the grade kept for a learner is drawn from their submitted attempts. */
export const gradeMethods = ['highest', 'last', 'average'] as const;
/** One grade method. */
export type GradeMethod = (typeof gradeMethods)[number];

/** Feedback for scores from `min` (a percentage) up to the next band. */
export type ScoreBand = { min: number; feedback: Localized };

/** An attempt's score as a whole percentage of the credit available. */
export function scorePercent(credits: readonly number[]): number {
  if (credits.length === 0) return 0;
  return Math.round((credits.reduce((sum, c) => sum + c, 0) / credits.length) * 100);
}

/** The grade kept from scores listed oldest first: the highest, the last, or the rounded average; null when none. */
export function keptGrade(scores: readonly number[], method: GradeMethod): number | null {
  if (scores.length === 0) return null;
  if (method === 'highest') return Math.max(...scores);
  if (method === 'last') return scores[scores.length - 1];
  return Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
}

/** Whether a score reaches the pass mark (both percentages). */
export function isPassed(score: number, passMark: number): boolean {
  return score >= passMark;
}

/** The band a score falls in: the one with the highest `min` not above the score; undefined below every band. */
export function bandFor<B extends ScoreBand>(score: number, bands: readonly B[]): B | undefined {
  return [...bands].sort((a, b) => b.min - a.min).find((band) => score >= band.min);
}
