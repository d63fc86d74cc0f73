// The debrief after a simulation: the coach's score with its breakdown, the six steps, every finding with its
// better wording, the mood curve and the persona's playbook.
import { analyzeConversation, type ConversationMessage } from '../../coach/analyze-conversation.ts';
import type { QuestionKind } from '../../coach/types.ts';
import { moodHints, playbooks } from '../../tickets/playbooks.ts';
import { steps as sixSteps, type Step } from '../../tickets/model.ts';
import type { Localized } from '../assessments.ts';
import type { SimFinding } from './signals.ts';
import type { Persona, SimulationOutcome } from './types.ts';

/** One trainee message and what followed, as the debrief needs it. */
export type DebriefTurn = { text: string; reply: Localized; mood: number; findings: SimFinding[] };

/** The playbook shown in the debrief (the mild customer's has no avoid list or sample phrases). */
export type DebriefPlaybook = {
  name: Localized;
  signs: Localized;
  approach: Localized[];
  avoid: Localized[];
  samplePhrases: Localized[];
  toneHint: Localized | null;
};

/** Points per part: the coach's steps, voices, language and sins, plus the outcome with the customer. */
export type SimulationBreakdown = { steps: number; voices: number; language: number; sins: number; outcome: number };

/** Everything the trainee sees after the simulation. */
export type Debrief = {
  outcome: SimulationOutcome;
  score: number;
  passed: boolean;
  breakdown: SimulationBreakdown;
  steps: { step: Step; achieved: boolean }[];
  thankedFirst: boolean;
  timeCommitment: boolean;
  questionKinds: QuestionKind[];
  findings: (SimFinding & { turn: number; excerpt: string })[];
  moodCurve: number[];
  playbook: DebriefPlaybook;
};

/** The score from which a simulation counts as passed. */
export const PASS_SCORE = 60;

/** The persona's playbook: the tickets' playbook of its difficult type, or the hints for the mild customer. */
export function playbookFor(persona: Persona): DebriefPlaybook {
  if (persona.type) {
    const p = playbooks[persona.type];
    return { name: p.name, signs: p.signs, approach: p.approach, avoid: p.avoid, samplePhrases: p.samplePhrases, toneHint: p.toneHint };
  }
  const m = moodHints.mild;
  return { name: m.name, signs: m.signs, approach: m.approach, avoid: [], samplePhrases: [], toneHint: null };
}

function outcomePoints(outcome: SimulationOutcome, persona: Persona, finalMood: number): number {
  if (outcome === 'accepted') return 0;
  if (outcome === 'walked_away') return -25;
  // Ended early: no penalty when the customer was already calm enough to agree.
  if (outcome === 'ended' && finalMood <= persona.acceptBelow) return 0;
  return -10;
}

/** Builds the debrief from the opening line and the turns (customer lines are judged in Chinese). */
export function buildDebrief(persona: Persona, opening: Localized, turns: DebriefTurn[], outcome: SimulationOutcome): Debrief {
  const messages: ConversationMessage[] = [{ author: 'customer', text: opening['zh-CN'] }];
  turns.forEach((t, i) => {
    messages.push({ author: 'agent', text: t.text });
    // The customer's last word needs no answer, so it does not count against the "answer" voice.
    if (i < turns.length - 1) messages.push({ author: 'customer', text: t.reply['zh-CN'] });
  });
  const analysis = analyzeConversation(turns.length > 0 ? messages : []);
  const finalMood = turns.at(-1)?.mood ?? persona.startMood;
  const breakdown: SimulationBreakdown = { ...analysis.breakdown, outcome: outcomePoints(outcome, persona, finalMood) };
  const score = turns.length === 0 ? 0 : Math.max(0, Math.min(100, breakdown.steps + breakdown.voices + breakdown.language + breakdown.sins + breakdown.outcome));
  return {
    outcome,
    score,
    passed: score >= PASS_SCORE,
    breakdown: turns.length === 0 ? { steps: 0, voices: 0, language: 0, sins: 0, outcome: breakdown.outcome } : breakdown,
    steps: sixSteps.map((step) => ({ step, achieved: analysis.steps[step].evidenced })),
    thankedFirst: analysis.steps.apologise.thankedFirst,
    timeCommitment: analysis.steps.resolve.timeCommitment,
    questionKinds: analysis.steps.ask.kinds,
    findings: turns.flatMap((t, turn) => t.findings.map((f) => ({ ...f, turn: turn + 1, excerpt: t.text.slice(f.start, f.end) }))),
    moodCurve: [persona.startMood, ...turns.map((t) => t.mood)],
    playbook: playbookFor(persona),
  };
}
