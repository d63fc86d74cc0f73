// Scores a whole conversation: six-step coverage, the three voices, the seven sins and a 0–100 score.
import type { CoachLocale, Finding, QuestionKind, ServiceSin } from './types.ts';
import { analyzeReply, assertCoachText } from './analyze-reply.ts';
import { analyzeCustomer } from './analyze-customer.ts';
import { toSimplified } from './normalise.ts';
import * as cue from './conversation-cues.ts';

/** One message of a conversation. */
export type ConversationMessage = { author: 'agent' | 'customer'; text: string };

/** Whether a step is evidenced, and in which agent messages (indexes into the input). */
export type StepEvidence = { evidenced: boolean; messages: number[] };

/** The six steps 处理抱怨六步骤 with their extra detail. */
export type SixSteps = {
  listen: StepEvidence;
  apologise: StepEvidence & { thankedFirst: boolean };
  ask: StepEvidence & { kinds: QuestionKind[] };
  record: StepEvidence;
  resolve: StepEvidence & { timeCommitment: boolean };
  close: StepEvidence;
};

/** A sin and where it shows (message index; ruleId when a reply rule found it). */
export type SinFound = { sin: ServiceSin; message: number; ruleId?: string };

/**
 * Points per part. Weights: steps 50 (listen 8, apologise 8 or 4 without thanks first, ask 6 + 1 per
 * further question kind up to 10, record 8, resolve 6 + 4 with a time commitment, close 6); voices 15
 * (5 each); language 35 minus 7 per error and 3 per warning, not below 0; sins −4 per distinct sin, at
 * most −20. The total is clamped to 0..100.
 */
export type ScoreBreakdown = { steps: number; voices: number; language: number; sins: number };

/** Result of analyzeConversation. */
export type ConversationAnalysis = {
  steps: SixSteps;
  voices: { greeting: boolean; answer: boolean; farewell: boolean };
  sins: SinFound[];
  findings: (Finding & { messageIndex: number })[];
  score: number;
  breakdown: ScoreBreakdown;
};

const re = (pattern: string): RegExp => new RegExp(pattern, 'u');
const R = {
  listen: re(cue.LISTEN),
  thanks: re(cue.THANKS),
  apology: re(cue.APOLOGY),
  record: re(cue.RECORD),
  resolve: re(cue.RESOLVE),
  time: re(cue.TIME_COMMITMENT),
  close: re(cue.CLOSE),
  greeting: re(cue.GREETING),
  farewell: re(cue.FAREWELL),
  question: re(cue.QUESTION),
};
const QUESTION_KIND_RES = cue.QUESTION_KINDS.map(([kind, p]) => [kind, re(p)] as const);

function questionKinds(text: string): QuestionKind[] {
  const kinds: QuestionKind[] = [];
  for (const sentence of text.split(/(?<=[？?。！!])/)) {
    // "Anything else?" closes the conversation; it is not a question about the problem.
    if (!R.question.test(sentence.trim()) || R.close.test(sentence)) continue;
    const hit = QUESTION_KIND_RES.find(([, r]) => r.test(sentence));
    kinds.push(hit ? hit[0] : 'targeted');
  }
  return kinds;
}

const evidence = (): StepEvidence => ({ evidenced: false, messages: [] });
function mark(step: StepEvidence, index: number): void {
  step.evidenced = true;
  if (!step.messages.includes(index)) step.messages.push(index);
}

function findSteps(agent: number[], texts: string[]): SixSteps {
  const steps: SixSteps = {
    listen: evidence(),
    apologise: { ...evidence(), thankedFirst: false },
    ask: { ...evidence(), kinds: [] },
    record: evidence(),
    resolve: { ...evidence(), timeCommitment: false },
    close: evidence(),
  };
  let thanked = false;
  for (const i of agent) {
    const t = texts[i];
    if (R.listen.test(t)) mark(steps.listen, i);
    const apology = R.apology.exec(t);
    if (apology) {
      mark(steps.apologise, i);
      // Thanks earlier in the conversation or earlier in this message count as "thank first".
      if (thanked || R.thanks.test(t.slice(0, apology.index))) steps.apologise.thankedFirst = true;
    }
    if (R.thanks.test(t)) thanked = true;
    const kinds = questionKinds(t);
    if (kinds.length > 0) {
      mark(steps.ask, i);
      for (const k of kinds) if (!steps.ask.kinds.includes(k)) steps.ask.kinds.push(k);
    }
    if (R.record.test(t)) mark(steps.record, i);
    if (R.resolve.test(t)) mark(steps.resolve, i);
    if (R.time.test(t)) steps.resolve.timeCommitment = true;
    // Closing belongs at the end: only the last two agent messages count.
    if (agent.indexOf(i) >= agent.length - 2 && R.close.test(t)) mark(steps.close, i);
  }
  return steps;
}

function stepPoints(s: SixSteps): number {
  let p = 0;
  if (s.listen.evidenced) p += 8;
  if (s.apologise.evidenced) p += s.apologise.thankedFirst ? 8 : 4;
  if (s.ask.evidenced) p += Math.min(10, 6 + (s.ask.kinds.length - 1));
  if (s.record.evidenced) p += 8;
  if (s.resolve.evidenced) p += 6 + (s.resolve.timeCommitment ? 4 : 0);
  if (s.close.evidenced) p += 6;
  return p;
}

/** Six steps, three voices, seven sins and a 0–100 score for a conversation (agent messages are judged). */
export function analyzeConversation(messages: ConversationMessage[], locale: CoachLocale = 'zh-CN'): ConversationAnalysis {
  for (const m of messages) assertCoachText(m.text);
  const texts = messages.map((m) => toSimplified(m.text));
  const agent = messages.flatMap((m, i) => (m.author === 'agent' ? [i] : []));
  const steps = findSteps(agent, texts);

  const findings = agent.flatMap((i) =>
    analyzeReply(messages[i].text, { locale })
      .filter((f) => f.severity !== 'hint' && f.category !== 'input')
      .map((f) => ({ ...f, messageIndex: i })),
  );

  const firstAgent = agent[0];
  const lastAgent = agent[agent.length - 1];
  const voices = {
    greeting: firstAgent !== undefined && R.greeting.test(texts[firstAgent]),
    // Every customer message gets an agent reply after it.
    answer: agent.length > 0 && messages.every((m, i) => m.author === 'agent' || agent.some((a) => a > i)),
    farewell: lastAgent !== undefined && R.farewell.test(texts[lastAgent]),
  };

  const sins: SinFound[] = findings.flatMap((f) => (f.sin ? [{ sin: f.sin, message: f.messageIndex, ruleId: f.ruleId }] : []));
  const upset = messages.findIndex((m) => m.author === 'customer' && analyzeCustomer(m.text).emotion !== 'calm');
  if (upset >= 0 && !steps.listen.evidenced && !steps.apologise.evidenced) sins.push({ sin: 'indifference', message: upset });
  const seen = new Map<string, number>();
  for (const i of agent) {
    const key = texts[i].replace(/\s+/g, '');
    if (seen.has(key) && key.length > 0) sins.push({ sin: 'robotic', message: i });
    seen.set(key, i);
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const breakdown: ScoreBreakdown = {
    steps: stepPoints(steps),
    voices: (voices.greeting ? 5 : 0) + (voices.answer ? 5 : 0) + (voices.farewell ? 5 : 0),
    language: Math.max(0, 35 - 7 * errors - 3 * warnings),
    sins: -Math.min(20, 4 * new Set(sins.map((s) => s.sin)).size),
  };
  const total = breakdown.steps + breakdown.voices + breakdown.language + breakdown.sins;
  return { steps, voices, sins, findings, score: Math.max(0, Math.min(100, total)), breakdown };
}
