import { useTranslation } from 'react-i18next';
import { toLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format-date-time.ts';

/** A date-time formatter for visitors who are not signed in: the browser's time zone and the UI language. */
export function usePublicDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (iso) => formatDateTime(iso, timeZone, locale);
}
