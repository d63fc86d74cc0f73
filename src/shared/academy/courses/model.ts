// The shapes of courses, lessons and case studies, and the pure rules of versions and progress.
import type { Localized } from '../assessments.ts';

/** The six chapters of the method, in teaching order (a cross-team contract: keep the keys). */
export const chapterKeys = ['knowing', 'receiving', 'satisfying', 'keeping', 'difficult', 'complaints'] as const;
/** One chapter of the method. */
export type ChapterKey = (typeof chapterKeys)[number];

/** Lines of text in each language (key points: one point a line). */
export type LocalizedList = { 'zh-CN': string[]; en: string[] };

/** An exercise after a lesson: a question to think over, or a wording to correct; `answer` is revealed on request. */
export type Exercise = { kind: 'reflect' | 'spot'; prompt: Localized; answer: Localized };

/** A lesson as written: rich text (sanitised HTML per language), key points and exercises. */
export type LessonContent = {
  chapter: ChapterKey | null;
  title: Localized;
  body: Localized;
  keyPoints: LocalizedList;
  exercises: Exercise[];
};

/** A course as written, its lessons in order. */
export type CourseContent = { title: Localized; summary: Localized; lessons: LessonContent[] };

/** A case study: a narrative, questions to discuss and the model analysis shown once the learner has answered. */
export type CaseContent = { title: Localized; narrative: Localized; questions: Localized[]; analysis: Localized };

/** The text in `locale`, falling back to Chinese when the translation is missing. */
export function localized(text: Localized | null | undefined, locale: 'zh-CN' | 'en'): string {
  if (!text) return '';
  return text[locale]?.trim() ? text[locale] : text['zh-CN'];
}

/** The next version number after the published ones (versions count from 1). */
export function nextVersion(published: readonly number[]): number {
  return published.reduce((max, v) => Math.max(max, v), 0) + 1;
}

/** How far a learner is through a version: the lessons done among those it contains, and whether all are done. */
export function courseProgress(lessonIds: readonly number[], doneIds: Iterable<number>): { done: number; total: number; complete: boolean } {
  const done = new Set(doneIds);
  const count = lessonIds.filter((id) => done.has(id)).length;
  return { done: count, total: lessonIds.length, complete: lessonIds.length > 0 && count === lessonIds.length };
}

/**
 * Whether marking `lessonId` done finishes the course now: it must belong to the version, and every other lesson
 * must already be done while this one was not (so finishing is recorded once, not on every re-read).
 */
export function finishesCourse(lessonIds: readonly number[], doneBefore: Iterable<number>, lessonId: number): boolean {
  const before = new Set(doneBefore);
  if (!lessonIds.includes(lessonId) || before.has(lessonId)) return false;
  return lessonIds.every((id) => id === lessonId || before.has(id));
}
