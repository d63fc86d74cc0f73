// Bilingual text for everything the tickets module shows to people.
import type { Locale } from '../schemas/common.ts';

/** A user-facing text in Simplified Chinese (the default) and English. */
export type Localized = { 'zh-CN': string; en: string };

/** Builds a Localized text from its Chinese and English forms. */
export function loc(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

/** The text for a locale, falling back to Chinese. */
export function textFor(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
