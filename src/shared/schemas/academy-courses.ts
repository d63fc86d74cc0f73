// API contracts of courses, case studies and emotion self-care.
import { z } from 'zod';
import { chapterKeys } from '../academy/courses/model.ts';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });
/** Bilingual text whose Chinese must not be blank (English may be empty: the UI falls back to Chinese). */
function required(max: number) {
  return z.object({ 'zh-CN': z.string().trim().min(1).max(max), en: z.string().trim().max(max) });
}
const lines = z.array(z.string().trim().min(1).max(300)).max(20);

/** The longest lesson body per language: room for a few inline images as data: URLs. */
export const maxBodyChars = 700_000;
/** The largest inline image a lesson may carry (characters of its data: URL). */
export const maxImageChars = 400_000;

/** Schema of a chapter key. */
export const chapterKeySchema = z.enum(chapterKeys);

/** An exercise after a lesson. */
export const exerciseSchema = z.object({ kind: z.enum(['reflect', 'spot']), prompt: required(1000), answer: required(2000) });

/** Body of creating or changing a lesson of the draft. */
export const lessonBodySchema = z.object({
  chapter: chapterKeySchema.nullable(),
  title: required(120),
  body: z.object({ 'zh-CN': z.string().max(maxBodyChars), en: z.string().max(maxBodyChars) }),
  keyPoints: z.object({ 'zh-CN': lines, en: lines }),
  exercises: z.array(exerciseSchema).max(10),
});
/** Body of a lesson. */
export type LessonBody = z.infer<typeof lessonBodySchema>;

/** A lesson as the API returns it. */
export const lessonSchema = lessonBodySchema.extend({ id: z.number(), title: localized });
/** A lesson. */
export type Lesson = z.infer<typeof lessonSchema>;

/** Body of creating a course or changing its title and summary. */
export const courseBodySchema = z.object({ title: required(120), summary: z.object({ 'zh-CN': z.string().trim().max(1000), en: z.string().trim().max(1000) }) });
/** Body of a course. */
export type CourseBody = z.infer<typeof courseBodySchema>;

/** Path of a course. */
export const courseParamsSchema = z.object({ id: z.coerce.number().int().positive() });
/** Path of a lesson of a course. */
export const lessonParamsSchema = z.object({ id: z.coerce.number().int().positive(), lessonId: z.coerce.number().int().positive() });
/** Query of reading a course: a published version number, or the latest. */
export const readQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });
/** Body of moving a lesson one place up or down. */
export const moveBodySchema = z.object({ direction: z.enum(['up', 'down']) });

/** A learner's progress through the latest version. */
export const progressSchema = z.object({ done: z.number(), total: z.number(), complete: z.boolean(), doneLessonIds: z.array(z.number()) });
/** Progress through a course. */
export type CourseProgress = z.infer<typeof progressSchema>;

/** One row of the course list. */
export const courseListItemSchema = z.object({
  id: z.number(),
  title: localized,
  summary: localized,
  status: z.enum(['draft', 'published']),
  version: z.number().nullable(),
  lessonCount: z.number(),
  hasDraftChanges: z.boolean(),
  publishedAt: z.string().nullable(),
  progress: z.object({ done: z.number(), total: z.number() }).nullable(),
});
/** One row of the course list. */
export type CourseListItem = z.infer<typeof courseListItemSchema>;

/** A published version for reading, with the learner's progress (only on the latest version). */
export const courseReadSchema = z.object({
  id: z.number(),
  version: z.number(),
  latestVersion: z.number(),
  title: localized,
  summary: localized,
  publishedAt: z.string(),
  lessons: z.array(lessonSchema),
  progress: progressSchema,
});
/** A published version of a course. */
export type CourseRead = z.infer<typeof courseReadSchema>;

/** The draft a trainer edits. */
export const courseDraftSchema = z.object({
  id: z.number(),
  title: localized,
  summary: localized,
  status: z.enum(['draft', 'published']),
  version: z.number().nullable(),
  hasDraftChanges: z.boolean(),
  lessons: z.array(lessonSchema),
});
/** The draft of a course. */
export type CourseDraft = z.infer<typeof courseDraftSchema>;

/** One published version in the history. */
export const courseVersionSchema = z.object({ version: z.number(), publishedAt: z.string(), publishedBy: z.string().nullable(), lessonCount: z.number() });
/** One published version. */
export type CourseVersion = z.infer<typeof courseVersionSchema>;

/** Body of creating or changing a case study. */
export const caseBodySchema = z.object({
  title: required(120),
  narrative: required(8000),
  questions: z.array(required(500)).min(1).max(8),
  analysis: required(8000),
});
/** Body of a case study. */
export type CaseBody = z.infer<typeof caseBodySchema>;

/** One case in the list. */
export const caseListItemSchema = z.object({ id: z.number(), title: localized, questionCount: z.number(), answered: z.boolean() });
/** One case in the list. */
export type CaseListItem = z.infer<typeof caseListItemSchema>;

/** A case as a person sees it: the analysis is null until they have answered (editors always see it). */
export const caseViewSchema = z.object({
  id: z.number(),
  title: localized,
  narrative: localized,
  questions: z.array(localized),
  analysis: localized.nullable(),
  myAnswers: z.array(z.string()).nullable(),
  answeredAt: z.string().nullable(),
});
/** A case as a person sees it. */
export type CaseView = z.infer<typeof caseViewSchema>;

/** Body of answering a case: one answer per question, in order. */
export const caseAnswerBodySchema = z.object({ answers: z.array(z.string().trim().max(4000)).min(1).max(8) });

/** The self-talk a person pinned, if any. */
export const selfCarePinSchema = z.object({ moodKey: z.string().nullable(), pinnedAt: z.string().nullable() });
/** A pinned self-talk. */
export type SelfCarePin = z.infer<typeof selfCarePinSchema>;
/** Body of pinning a self-talk. */
export const pinBodySchema = z.object({ moodKey: z.string().min(1).max(60) });
