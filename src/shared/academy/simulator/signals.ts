// Reads one trainee message with the language coach: its findings and what the trainee did (the turn's signals).
import { analyzeConversation } from '../../coach/analyze-conversation.ts';
import { analyzeReply } from '../../coach/analyze-reply.ts';
import { THANKS } from '../../coach/conversation-cues.ts';
import { toSimplified } from '../../coach/normalise.ts';
import type { CoachRule, FindingCategory, Severity } from '../../coach/types.ts';
import type { Localized } from '../assessments.ts';
import type { Persona, Scenario, TurnSignals } from './types.ts';

/** One coach finding on a trainee message, in both languages so either UI language can show it. */
export type SimFinding = {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  start: number;
  end: number;
  message: Localized;
  suggestion: Localized;
};

/** Categories that brush the customer off (everything but denying the emotion, which has its own reaction). */
const BRUSH_OFF: ReadonlySet<FindingCategory> = new Set(['refusal', 'passing_buck', 'doubting', 'you_blame', 'rude', 'no_reason']);
const POLITE = /您|请|谢谢|感谢|好的|抱歉/u;
const thanks = new RegExp(THANKS, 'u');

/** The coach's findings on a trainee message (the company's own phrase rules included), zipped from the Chinese and English runs. */
export function bilingualFindings(text: string, companyRules: readonly CoachRule[] = []): SimFinding[] {
  const zh = analyzeReply(text, { locale: 'zh-CN', extraRules: companyRules });
  const en = analyzeReply(text, { locale: 'en', extraRules: companyRules });
  return zh.map((f, i) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: { 'zh-CN': f.message, en: en[i]?.message ?? f.message },
    suggestion: { 'zh-CN': f.suggestion, en: en[i]?.suggestion ?? f.suggestion },
  }));
}

const test = (pattern: string | undefined, text: string) => pattern !== undefined && new RegExp(pattern, 'u').test(text);

const PROPOSAL = /您看|可以吗|好吗|行吗|怎么样|如何|还是/u;
/** The message without its plain questions: "请问发票少了哪个字？" names the invoice but offers nothing. */
function withoutPlainQuestions(text: string): string {
  return text
    .split(/(?<=[。！!？?])/u)
    .filter((sentence) => !/[？?]\s*$/u.test(sentence) || PROPOSAL.test(sentence))
    .join('');
}

/**
 * What the trainee did in `text`, answering the customer's `customerLine`, judged by the built-in rules and the
 * company's own; pure and deterministic.
 */
export function readTurn(
  persona: Persona,
  scenario: Scenario,
  customerLine: string,
  text: string,
  companyRules: readonly CoachRule[] = [],
): { signals: TurnSignals; findings: SimFinding[] } {
  const findings = bilingualFindings(text, companyRules);
  const simplified = toSimplified(text);
  // The coach's six-step evidence for this one message, read as the answer to the customer's last line.
  const { steps, voices } = analyzeConversation([
    { author: 'customer', text: customerLine },
    { author: 'agent', text },
  ]);
  const judged = findings.filter((f) => f.category !== 'input');
  // "请问…帮您处理" is a question, not an offer: the coach's resolve evidence counts only outside questions.
  const acceptable = test(scenario.acceptPattern, withoutPlainQuestions(simplified));
  const offered = acceptable || (steps.resolve.evidenced && !steps.ask.evidenced);
  const signals: TurnSignals = {
    greeted: voices.greeting,
    acknowledged: steps.listen.evidenced,
    apologised: steps.apologise.evidenced,
    thanked: thanks.test(simplified),
    asked: steps.ask.evidenced,
    paraphrased: steps.record.evidenced,
    offered,
    offeredAcceptable: acceptable,
    timeCommitment: steps.resolve.timeCommitment,
    closing: steps.close.evidenced,
    pleased: test(persona.pleaser, simplified),
    irritated: test(persona.irritant, simplified),
    deniedEmotion: judged.some((f) => f.category === 'denying_emotion'),
    brushedOff: judged.some((f) => f.severity === 'error' && BRUSH_OFF.has(f.category)),
    // Denying the emotion has its own weight, however many of the coach's rules spot it.
    errors: judged.filter((f) => f.severity === 'error' && f.category !== 'denying_emotion').length,
    warnings: judged.filter((f) => f.severity === 'warning' && f.category !== 'denying_emotion').length,
    cold: false,
  };
  signals.cold = !signals.greeted && !signals.acknowledged && !signals.apologised && !signals.thanked && !POLITE.test(simplified);
  return { signals, findings };
}
