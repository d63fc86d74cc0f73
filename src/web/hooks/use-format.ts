import { localDate } from '../../shared/customers/dates.ts';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../i18n/i18n.ts';
import { formatDateTime } from '../lib/format-date-time.ts';
import { useMe } from './use-me.ts';

/** A date-time formatter bound to the user's time zone and the UI language. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const timeZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = toLocale(i18n.language);
  return (iso) => formatDateTime(iso, timeZone, locale);
}

/** Today's date (`YYYY-MM-DD`) in the user's time zone, as the server counts due dates and warranty days. */
export function useToday(): string {
  const { data: me } = useMe();
  const timeZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    return localDate(new Date(), timeZone);
  } catch {
    return localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  }
}
