// Checks an agent reply against the service-language rules and returns located findings.
import type { CoachLocale, CoachRule, Finding, ReplyContext, Severity } from './types.ts';
import { coachRules } from './rules.ts';
import { toSimplified } from './normalise.ts';
import { matchRule, prepareText, type PreparedText } from './rule-engine.ts';
import { pick, say } from './localized.ts';

/** Longest text the coach accepts; the API answers 400 above it. */
export const MAX_COACH_TEXT_LENGTH = 10_000;

/** Thrown for input the coach refuses to analyse (today only: text over MAX_COACH_TEXT_LENGTH). */
export class CoachInputError extends Error {
  readonly code: 'text_too_long';
  readonly limit: number;
  constructor(code: 'text_too_long', limit: number) {
    super(`Text is longer than ${limit} characters`);
    this.name = 'CoachInputError';
    this.code = code;
    this.limit = limit;
  }
}

const HAN = /\p{Script=Han}/u;
const OTHER_LETTER = /(?!\p{Script=Han})\p{L}/u;

const NOT_CHINESE = {
  message: say('服务用语规则库只检查中文，这段文字没有中文，未做检查。', 'The service-language rules cover Chinese only; this text was not checked.'),
  suggestion: say('如需检查，请用中文回复。', 'Write the reply in Chinese to have it checked.'),
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Throws CoachInputError when text is too long; shared by every coach entry point. */
export function assertCoachText(text: string): void {
  if (text.length > MAX_COACH_TEXT_LENGTH) throw new CoachInputError('text_too_long', MAX_COACH_TEXT_LENGTH);
}

/** Runs rules over prepared text; exported for validateCustomRule and the conversation analysis. */
export function runRules(rules: readonly CoachRule[], prepared: PreparedText, locale: CoachLocale): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const span of matchRule(rule, prepared)) {
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        start: span.start,
        end: span.end,
        message: pick(rule.message, locale),
        suggestion: pick(rule.suggestion, locale),
        ...(rule.sin ? { sin: rule.sin } : {}),
        ...(rule.edit ? { edit: { placement: rule.edit.placement, text: pick(rule.edit.text, locale) } } : {}),
      });
    }
  }
  return findings.sort(byPosition);
}

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

/**
 * One finding per problem: where a phrase rule and a general rule of the same category cover the same
 * words, the agent sees the most severe one (the earlier rule on a tie, phrase rules come first).
 */
function dropOverlaps(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  const mostSevereFirst = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const f of mostSevereFirst) {
    if (!kept.some((k) => k.category === f.category && f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort(byPosition);
}

/**
 * Findings for an agent reply, offsets in UTF-16 code units of the original text (what editors use).
 * Empty text gives []; text with no Chinese but other letters gives one 'input' hint; text over
 * MAX_COACH_TEXT_LENGTH throws CoachInputError (the API maps it to 400).
 */
export function analyzeReply(text: string, context: ReplyContext = {}): Finding[] {
  assertCoachText(text);
  const locale = context.locale ?? 'zh-CN';
  if (text.trim() === '') return [];
  if (!HAN.test(text)) {
    if (!OTHER_LETTER.test(text)) return [];
    return [
      {
        ruleId: 'input.not_chinese',
        category: 'input',
        severity: 'hint',
        start: 0,
        end: text.length,
        message: pick(NOT_CHINESE.message, locale),
        suggestion: pick(NOT_CHINESE.suggestion, locale),
      },
    ];
  }
  const prepared = prepareText(toSimplified(text));
  const rules = context.extraRules?.length ? [...coachRules, ...context.extraRules] : coachRules;
  return dropOverlaps(runRules(rules, prepared, locale));
}
