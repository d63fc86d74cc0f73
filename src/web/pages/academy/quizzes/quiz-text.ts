import type { Localized } from '../../../../shared/academy/assessments.ts';
import type { Quiz } from '../../../../shared/schemas/academy-quizzes.ts';

/** The text of a bilingual value in the UI language, falling back to Chinese. */
export function pick(text: Localized | null | undefined, language: string): string {
  if (!text) return '';
  return (language.startsWith('en') ? text.en : text['zh-CN']) || text['zh-CN'];
}

/** Whether the learner may start another attempt. */
export function attemptsLeft(quiz: Quiz): number | null {
  return quiz.attemptLimit === null ? null : Math.max(0, quiz.attemptLimit - quiz.mine.attempts);
}
