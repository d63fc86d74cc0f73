// i18next set up with the two complete resource files; Chinese (简体) is the default language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/schemas/common.ts';
import { resources } from './resources.ts';

/** Where the language chosen before signing in is remembered. */
export const localeStorageKey = 'lingting.locale';

/** Narrows any string to a supported locale (zh-CN unless it is English). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The language remembered in this browser, or zh-CN. */
export function storedLocale(): Locale {
  try {
    return toLocale(window.localStorage.getItem(localeStorageKey));
  } catch {
    return 'zh-CN';
  }
}

/** Remembers the language in this browser. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // storage unavailable (private mode): the choice lasts for this page only
  }
}

/** The app's i18next instance. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } },
  lng: storedLocale(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
