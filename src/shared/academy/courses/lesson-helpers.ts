// Small builders that keep the course data readable: bilingual text, exercises and lessons.
import type { Localized } from '../assessments.ts';
import type { ChapterKey, Exercise, LessonContent } from './model.ts';

/** Bilingual text. */
export function t(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

/** A question to think over, with a reference answer. */
export function reflect(prompt: Localized, answer: Localized): Exercise {
  return { kind: 'reflect', prompt, answer };
}

/** A wording to find fault with, with the better wording. */
export function spot(prompt: Localized, answer: Localized): Exercise {
  return { kind: 'spot', prompt, answer };
}

/** A lesson of a chapter; the body is HTML in each language, key points one per entry. */
export function lesson(chapter: ChapterKey, title: Localized, body: Localized, keyPoints: { zh: string[]; en: string[] }, exercises: Exercise[]): LessonContent {
  return { chapter, title, body, keyPoints: { 'zh-CN': keyPoints.zh, en: keyPoints.en }, exercises };
}
