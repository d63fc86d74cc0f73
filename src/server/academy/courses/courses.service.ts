// Courses: trainers edit a draft and publish it as numbered versions; learners read the latest and mark lessons done.
import { courseProgress, finishesCourse, nextVersion, type LessonContent } from '../../../shared/academy/courses/model.ts';
import type { CourseBody, CourseDraft, CourseListItem, CourseProgress, CourseRead, CourseVersion, LessonBody } from '../../../shared/schemas/academy-courses.ts';
import { insertAudit } from '../../audit/audit.queries.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../plugins/errors.ts';
import { recordLearning } from '../progress/learning-records.ts';
import * as q from './courses.queries.ts';
import { assertCourseEditor, canEditCourses } from './courses.policy.ts';
import { sanitizeLessonHtml } from './sanitize.ts';

type Course = NonNullable<Awaited<ReturnType<typeof q.selectCourse>>>;
const now = () => new Date().toISOString();

function hasDraftChanges(course: { version: number | null; draftUpdatedAt: string; publishedAt: string | null }): boolean {
  return course.version === null || course.publishedAt === null || course.draftUpdatedAt > course.publishedAt;
}

/** The course, or 404 — also for learners asking for a course that was never published. */
async function courseOr404(db: Db, actor: Actor, id: number): Promise<Course> {
  const course = await q.selectCourse(db, id);
  if (!course || (course.status !== 'published' && !canEditCourses(actor))) throw new AppError(404, 'course_not_found', { id });
  return course;
}

/** Courses the actor may see: published ones for learners, with their progress; drafts too for editors. */
export async function listCourses(db: Db, actor: Actor): Promise<CourseListItem[]> {
  const editor = canEditCourses(actor);
  const [courses, done, draftCounts] = await Promise.all([q.selectCourses(db, !editor), q.selectDoneLessons(db, actor.id), editor ? q.countDraftLessons(db) : new Map<number, number>()]);
  return courses.map((c) => {
    const progress = c.lessonIds ? courseProgress(c.lessonIds, done.get(c.id) ?? []) : null;
    return {
      id: c.id,
      title: c.title,
      summary: c.summary,
      status: c.status,
      version: c.version,
      lessonCount: c.lessonIds?.length ?? draftCounts.get(c.id) ?? 0,
      hasDraftChanges: editor && hasDraftChanges(c),
      publishedAt: c.publishedAt,
      progress: progress && { done: progress.done, total: progress.total },
    };
  });
}

/** A published version for reading (the latest unless `version` names an older one), with the actor's progress. */
export async function readCourse(db: Db, actor: Actor, id: number, version?: number): Promise<CourseRead> {
  const course = await courseOr404(db, actor, id);
  if (course.version === null) throw new AppError(404, 'course_not_found', { id });
  const wanted = version ?? course.version;
  const [published, done] = await Promise.all([q.selectVersion(db, id, wanted), q.selectDoneLessons(db, actor.id, id)]);
  if (!published) throw new AppError(404, 'course_version_not_found', { id, version: wanted });
  const doneIds = done.get(id) ?? [];
  return {
    id,
    version: published.version,
    latestVersion: course.version,
    title: published.title,
    summary: published.summary,
    publishedAt: published.publishedAt,
    lessons: published.lessons,
    progress: { ...courseProgress(published.lessonIds, doneIds), doneLessonIds: doneIds.filter((l) => published.lessonIds.includes(l)) },
  };
}

/** The published versions of a course, newest first. */
export async function listVersions(db: Db, actor: Actor, id: number): Promise<CourseVersion[]> {
  await courseOr404(db, actor, id);
  return q.selectVersions(db, id);
}

/** The draft a trainer edits. */
export async function getDraft(db: Db, actor: Actor, id: number): Promise<CourseDraft> {
  assertCourseEditor(actor);
  const course = await courseOr404(db, actor, id);
  const lessons = await q.selectDraftLessons(db, id);
  return {
    id,
    title: course.title,
    summary: course.summary,
    status: course.status,
    version: course.version,
    hasDraftChanges: hasDraftChanges(course),
    lessons: lessons.map(({ position: _position, ...lesson }) => lesson),
  };
}

/** Creates a course as a draft without lessons. */
export async function createCourse(db: Db, actor: Actor, body: CourseBody): Promise<CourseDraft> {
  assertCourseEditor(actor);
  const id = await q.insertCourse(db, { title: body.title, summary: body.summary, createdBy: actor.id, now: now() });
  return getDraft(db, actor, id);
}

/** Changes the draft's title and summary. */
export async function updateCourse(db: Db, actor: Actor, id: number, body: CourseBody): Promise<CourseDraft> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  await q.updateCourseText(db, id, { title: body.title, summary: body.summary, now: now() });
  return getDraft(db, actor, id);
}

/** A lesson as stored: the rich text sanitised, blank key points dropped. */
export function cleanLesson(body: LessonBody): LessonContent {
  return {
    chapter: body.chapter,
    title: body.title,
    body: { 'zh-CN': sanitizeLessonHtml(body.body['zh-CN']), en: sanitizeLessonHtml(body.body.en) },
    keyPoints: body.keyPoints,
    exercises: body.exercises,
  };
}

/** Appends a lesson to the draft. */
export async function addLesson(db: Db, actor: Actor, id: number, body: LessonBody): Promise<CourseDraft> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const at = now();
    await q.insertLesson(trx, id, cleanLesson(body), at);
    await q.touchDraft(trx, id, at);
  });
  return getDraft(db, actor, id);
}

/** Replaces a lesson of the draft. */
export async function changeLesson(db: Db, actor: Actor, id: number, lessonId: number, body: LessonBody): Promise<CourseDraft> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const at = now();
    if (!(await q.updateLesson(trx, id, lessonId, cleanLesson(body), at))) throw new AppError(404, 'lesson_not_found', { id, lessonId });
    await q.touchDraft(trx, id, at);
  });
  return getDraft(db, actor, id);
}

/** Removes a lesson from the draft (published versions keep it). */
export async function removeLesson(db: Db, actor: Actor, id: number, lessonId: number): Promise<CourseDraft> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  await db.transaction().execute(async (trx) => {
    if (!(await q.deleteLesson(trx, id, lessonId))) throw new AppError(404, 'lesson_not_found', { id, lessonId });
    await q.touchDraft(trx, id, now());
  });
  return getDraft(db, actor, id);
}

/** Swaps a lesson with its neighbour above or below; at either end nothing moves. */
export async function moveLesson(db: Db, actor: Actor, id: number, lessonId: number, direction: 'up' | 'down'): Promise<CourseDraft> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const lessons = await q.selectDraftLessons(trx, id);
    const index = lessons.findIndex((l) => l.id === lessonId);
    if (index < 0) throw new AppError(404, 'lesson_not_found', { id, lessonId });
    const other = lessons[direction === 'up' ? index - 1 : index + 1];
    if (!other) return;
    // Renumber densely first so equal positions from old data cannot make the swap a no-op.
    const order = lessons.map((l) => l.id);
    [order[index], order[lessons.indexOf(other)]] = [other.id, lessonId];
    for (const [i, lesson] of order.entries()) await q.setLessonPosition(trx, lesson, i + 1);
    await q.touchDraft(trx, id, now());
  });
  return getDraft(db, actor, id);
}

/** Freezes the draft as the next numbered version, which learners then read (audited). */
export async function publishCourse(db: Db, actor: Actor, id: number): Promise<CourseVersion> {
  assertCourseEditor(actor);
  await courseOr404(db, actor, id);
  return db.transaction().execute(async (trx) => {
    const course = (await q.selectCourse(trx, id))!;
    const lessons = (await q.selectDraftLessons(trx, id)).map(({ position: _position, ...lesson }) => lesson);
    if (lessons.length === 0) throw new AppError(400, 'course_no_lessons', { id });
    const version = nextVersion((await q.selectVersions(trx, id)).map((v) => v.version));
    const at = now();
    await q.insertVersion(trx, { courseId: id, version, title: course.title, summary: course.summary, lessons, publishedBy: actor.id, now: at });
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'course.published',
      entityType: 'course',
      entityId: id,
      before: { version: course.version },
      after: { version, lessonCount: lessons.length, title: course.title },
      ip: actor.ip,
    });
    return { version, publishedAt: at, publishedBy: actor.name, lessonCount: lessons.length };
  });
}

/** Marks a lesson of the latest version done; finishing the last one records the course as learned. */
export async function markLessonDone(db: Db, actor: Actor, id: number, lessonId: number): Promise<CourseProgress> {
  const course = await courseOr404(db, actor, id);
  if (course.version === null) throw new AppError(404, 'course_not_found', { id });
  return db.transaction().execute(async (trx) => {
    const published = await q.selectVersion(trx, id, course.version!);
    if (!published?.lessonIds.includes(lessonId)) throw new AppError(404, 'lesson_not_found', { id, lessonId });
    const before = (await q.selectDoneLessons(trx, actor.id, id)).get(id) ?? [];
    await q.insertDone(trx, { userId: actor.id, courseId: id, lessonId, now: now() });
    if (finishesCourse(published.lessonIds, before, lessonId)) {
      await recordLearning(trx, { userId: actor.id, kind: 'course', ref: String(id), score: null, passed: true });
    }
    const doneIds = [...new Set([...before, lessonId])].filter((l) => published.lessonIds.includes(l));
    return { ...courseProgress(published.lessonIds, doneIds), doneLessonIds: doneIds };
  });
}
