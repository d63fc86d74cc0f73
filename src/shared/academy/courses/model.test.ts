import { describe, expect, it } from 'vitest';
import { caseStudies } from './case-studies.ts';
import { methodCourse } from './method-course.ts';
import { chapterKeys, courseProgress, finishesCourse, localized, nextVersion } from './model.ts';
import { moodOf, moods, suggestedMoodKey } from './self-care.ts';

describe('course rules', () => {
  it('numbers versions after the highest published one', () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([1, 3, 2])).toBe(4);
  });

  it('counts only the lessons of the version and calls an empty course unfinished', () => {
    expect(courseProgress([1, 2, 3], [2, 9])).toEqual({ done: 1, total: 3, complete: false });
    expect(courseProgress([1, 2], [1, 2])).toEqual({ done: 2, total: 2, complete: true });
    expect(courseProgress([], [])).toEqual({ done: 0, total: 0, complete: false });
  });

  it('finishes a course only with the last missing lesson, once', () => {
    expect(finishesCourse([1, 2, 3], [1, 2], 3)).toBe(true);
    expect(finishesCourse([1, 2, 3], [1], 3)).toBe(false);
    expect(finishesCourse([1, 2, 3], [1, 2, 3], 3)).toBe(false);
    expect(finishesCourse([1, 2, 3], [1, 2], 7)).toBe(false);
  });

  it('falls back to Chinese when the English text is blank', () => {
    expect(localized({ 'zh-CN': '你好', en: ' ' }, 'en')).toBe('你好');
    expect(localized({ 'zh-CN': '你好', en: 'Hello' }, 'en')).toBe('Hello');
  });
});

describe('academy content', () => {
  it('covers the six chapters in order, each in both languages with key points', () => {
    expect(methodCourse.lessons.map((l) => l.chapter)).toEqual([...chapterKeys]);
    for (const lesson of methodCourse.lessons) {
      expect(lesson.body['zh-CN'].length).toBeGreaterThan(500);
      expect(lesson.body.en.length).toBeGreaterThan(500);
      expect(lesson.keyPoints['zh-CN'].length).toBe(lesson.keyPoints.en.length);
      expect(lesson.exercises.length).toBeGreaterThan(0);
    }
  });

  it('has four cases with questions and an analysis in both languages', () => {
    expect(caseStudies).toHaveLength(4);
    for (const c of caseStudies) {
      expect(c.questions.length).toBeGreaterThan(0);
      expect(c.analysis.en).not.toBe('');
    }
  });

  it('has about two dozen moods with unique keys and the suggested one among them', () => {
    expect(moods.length).toBeGreaterThanOrEqual(20);
    expect(new Set(moods.map((m) => m.key)).size).toBe(moods.length);
    expect(moodOf(suggestedMoodKey)).toBeDefined();
  });
});
