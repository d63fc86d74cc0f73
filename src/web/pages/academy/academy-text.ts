import type { Localized } from '../../../shared/academy/assessments.ts';
import type { AssessmentView } from '../../../shared/schemas/academy.ts';
import type { Locale } from '../../../shared/schemas/common.ts';

/** The text of a bilingual value in the UI language. */
export function pick(text: Localized | null | undefined, locale: Locale): string {
  return text ? (text[locale] ?? text['zh-CN']) : '';
}

/** Colours of the bands, lowest band first. */
const bandColors = ['#d46b08', '#1677ff', '#389e0d'];

/** The colour of a band: orange for the lowest, blue in the middle, green for the highest. */
export function bandColor(assessment: AssessmentView, band: string): string {
  const index = assessment.bands.findIndex((b) => b.key === band);
  return bandColors[Math.max(0, index)] ?? bandColors[0];
}

/** The band record of a key. */
export function bandOf(assessment: AssessmentView, band: string) {
  return assessment.bands.find((b) => b.key === band);
}
