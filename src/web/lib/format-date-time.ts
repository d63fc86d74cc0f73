import type { Locale } from '../../shared/schemas/common.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO timestamp as date and time in the user's time zone and language (e.g. 2026/11/22 14:05). */
export function formatDateTime(iso: string | null | undefined, timeZone: string, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      // an unknown time zone falls back to the browser's own
      formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
