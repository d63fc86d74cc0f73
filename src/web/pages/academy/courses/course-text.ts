// Small helpers the course, case and self-care screens share.
import { useTranslation } from 'react-i18next';
import { localized } from '../../../../shared/academy/courses/model.ts';
import type { Localized } from '../../../../shared/academy/assessments.ts';
import { useCurrentUser } from '../../../hooks/use-me.ts';
import { toLocale } from '../../../i18n/i18n.ts';

/** A function giving a bilingual value in the UI language, falling back to Chinese. */
export function useLocalized(): (text: Localized | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (text) => localized(text, locale);
}

/** Whether the signed-in person writes courses and cases (trainers and admins). */
export function useIsCourseEditor(): boolean {
  const role = useCurrentUser().role;
  return role === 'trainer' || role === 'admin';
}

/** The error text of a failed mutation, or nothing. */
export function errorText(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}
