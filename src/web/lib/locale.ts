import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLanguage, type Locale } from '../api.ts';
import { i18n, storeLocale } from '../i18n/i18n.ts';

/** Switches every language-dependent part at once: i18next, API messages, dayjs, <html lang>, and this browser's memory. */
export function applyLocale(locale: Locale): void {
  setApiLanguage(locale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
  storeLocale(locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
