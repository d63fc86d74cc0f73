import type { LearningKind } from '../../../../shared/academy/progress/rules.ts';

/** The academy link that opens an assigned item where it is learnt. */
export function itemLink(kind: LearningKind, ref: string): string {
  const ref_ = encodeURIComponent(ref);
  if (kind === 'course') return `/academy?tab=courses&course=${ref_}`;
  if (kind === 'quiz') return `/academy?tab=quizzes&quiz=${ref_}`;
  if (kind === 'simulation') return `/academy?tab=simulator&persona=${ref_}`;
  return `/academy?assessment=${ref_}`;
}

/** A calendar day of an instant in a time zone, worded for the language (2026年11月23日 / 23 November 2026). */
export function formatDay(iso: string, timeZone: string, language: 'zh-CN' | 'en'): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  try {
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', options).format(new Date(iso));
  }
}

/** Ant Design tag colours of the item kinds. */
export const kindColors: Record<LearningKind, string> = { course: 'blue', quiz: 'purple', assessment: 'cyan', simulation: 'orange' };
