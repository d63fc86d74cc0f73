// Small helpers for bilingual rule data.
import type { CoachLocale, LocalizedText } from './types.ts';

/** Builds a LocalizedText from its Chinese and English forms. */
export function say(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

/** The text for locale, falling back to Chinese. */
export function pick(text: LocalizedText, locale: CoachLocale): string {
  return text[locale] ?? text['zh-CN'];
}
