// Checks a company's own banned/preferred phrase rule before an admin saves it.
import type { CoachRuleBody } from '../schemas/coach.ts';
import type { CoachRule } from './types.ts';
import { toSimplified } from './normalise.ts';
import { checkPattern, matchRule, prepareText } from './rule-engine.ts';

/** Why an example (or the rule itself) failed validation. */
export type RuleExampleFailure = {
  example: string;
  expected: 'match' | 'no_match' | 'valid_rule';
  reason: string;
};

function patternsOf(rule: CoachRule): string[] {
  const own = rule.match.kind === 'regex' ? [rule.match.pattern, rule.match.exclude ?? ''] : [];
  return [...own, ...(rule.anchors ?? []).map((a) => a.pattern)].filter((p) => p !== '');
}

/** True when rule fires somewhere in text (after Traditional → Simplified normalisation). */
export function ruleMatches(rule: CoachRule, text: string): boolean {
  return matchRule(rule, prepareText(toSimplified(text))).length > 0;
}

/**
 * Failing examples of a rule: positives it misses, negatives it flags, or a structural problem
 * (bad regex, no examples, empty keyword list). An empty result means the rule may be saved.
 */
export function validateCustomRule(rule: CoachRule): RuleExampleFailure[] {
  const failures: RuleExampleFailure[] = [];
  for (const pattern of patternsOf(rule)) {
    try {
      checkPattern(pattern);
    } catch (err) {
      failures.push({ example: pattern, expected: 'valid_rule', reason: `invalid regex: ${(err as Error).message}` });
    }
  }
  if (rule.match.kind === 'keyword' && rule.match.any.every((k) => k.trim() === '')) {
    failures.push({ example: '', expected: 'valid_rule', reason: 'keyword rule has no keywords' });
  }
  if (rule.examples.positive.length === 0) {
    failures.push({ example: '', expected: 'valid_rule', reason: 'a rule needs at least one positive example' });
  }
  if (failures.length > 0) return failures;
  for (const example of rule.examples.positive) {
    if (!ruleMatches(rule, example)) failures.push({ example, expected: 'match', reason: 'positive example not flagged' });
  }
  for (const example of rule.examples.negative) {
    if (ruleMatches(rule, example)) failures.push({ example, expected: 'no_match', reason: 'negative example flagged' });
  }
  return failures;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The engine rule for a company rule. banned: every occurrence of the phrase is a finding;
 * preferred: a reply that lacks the phrase is one finding over the whole text.
 */
export function toCoachRule(id: number | 'draft', body: CoachRuleBody): CoachRule {
  const phrase = escapeRegex(toSimplified(body.phrase));
  return {
    id: `company.${id}`,
    category: body.category,
    severity: body.severity,
    match: body.kind === 'banned' ? { kind: 'regex', pattern: phrase } : { kind: 'regex', pattern: '^[\\s\\S]+$' },
    ...(body.kind === 'preferred' ? { anchors: [{ require: 'absent' as const, pattern: phrase, window: 'message' as const }] } : {}),
    message: { 'zh-CN': body.messageZh, en: body.messageEn },
    suggestion: { 'zh-CN': body.suggestionZh, en: body.suggestionEn },
    examples: { positive: body.positiveExamples, negative: body.negativeExamples },
  };
}
