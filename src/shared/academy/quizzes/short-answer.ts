// Short answers are graded by the language coach plus the question's key elements.
import { analyzeReply } from '../../coach/analyze-reply.ts';
import { toSimplified } from '../../coach/normalise.ts';
import type { KeyElement } from './question.ts';

/** A coach finding that makes a short answer fail, reduced to what the learner needs to see. */
export type ShortAnswerFinding = { ruleId: string; severity: 'error' | 'warning'; excerpt: string; message: string; suggestion: string };

/** The verdict on a short answer: passed, the key elements missing, and the coach's errors and warnings. */
export type ShortAnswerVerdict = { passed: boolean; missing: KeyElement[]; findings: ShortAnswerFinding[] };

// Compare in Simplified Chinese and lower case, so 態度 matches 态度 and "OK" matches "ok".
const fold = (text: string) => toSimplified(text).toLowerCase();

/** Key elements none of whose alternatives appear in the answer. */
export function missingElements(text: string, elements: readonly KeyElement[]): KeyElement[] {
  const folded = fold(text);
  return elements.filter((alternatives) => !alternatives.some((word) => word.trim() !== '' && folded.includes(fold(word.trim()))));
}

/**
 * Passes when the coach finds no error or warning (hints are fine) and every key element is present. An empty
 * answer never passes, even for a question without key elements.
 */
export function gradeShortAnswer(text: string, elements: readonly KeyElement[], locale: 'zh-CN' | 'en' = 'zh-CN'): ShortAnswerVerdict {
  const findings = analyzeReply(text, { locale })
    .filter((f): f is typeof f & { severity: 'error' | 'warning' } => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, excerpt: text.slice(f.start, f.end), message: f.message, suggestion: f.suggestion }));
  const missing = missingElements(text, elements);
  return { passed: text.trim() !== '' && findings.length === 0 && missing.length === 0, missing, findings };
}
