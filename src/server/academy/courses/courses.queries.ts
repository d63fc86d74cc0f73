// The only SQL of courses: drafts, lessons, published versions and each learner's finished lessons.
import type { Kysely, Selectable } from 'kysely';
import type { Localized } from '../../../shared/academy/assessments.ts';
import type { LessonContent } from '../../../shared/academy/courses/model.ts';
import type { Tables } from '../../db/tables.ts';
import type { CoursesTable } from './courses.tables.ts';

type Db = Kysely<Tables>;
/** A lesson with its stable id. */
export type StoredLesson = LessonContent & { id: number };

const json = (value: unknown) => JSON.stringify(value);

/** Every course with its latest published version's lesson ids (null when never published). */
export async function selectCourses(db: Db, publishedOnly: boolean) {
  let query = db
    .selectFrom('courses')
    .leftJoin('course_versions', (join) => join.onRef('course_versions.course_id', '=', 'courses.id').onRef('course_versions.version', '=', 'courses.version'))
    .select(['courses.id', 'courses.title', 'courses.summary', 'courses.status', 'courses.version', 'courses.draft_updated_at', 'courses.published_at', 'course_versions.lesson_ids']);
  if (publishedOnly) query = query.where('courses.status', '=', 'published');
  const rows = await query.orderBy('courses.id').execute();
  return rows.map((r) => ({ ...toCourse(r), lessonIds: r.lesson_ids ? (JSON.parse(r.lesson_ids) as number[]) : null }));
}

/** One course row, if it exists. */
export async function selectCourse(db: Db, id: number) {
  const row = await db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCourse(row);
}

type CourseColumns = Pick<Selectable<CoursesTable>, 'id' | 'title' | 'summary' | 'status' | 'version' | 'draft_updated_at' | 'published_at'>;

function toCourse(row: CourseColumns) {
  return {
    id: Number(row.id),
    title: JSON.parse(row.title) as Localized,
    summary: JSON.parse(row.summary) as Localized,
    status: row.status,
    version: row.version === null ? null : Number(row.version),
    draftUpdatedAt: row.draft_updated_at,
    publishedAt: row.published_at,
  };
}

/** Draft lesson counts per course, in one query. */
export async function countDraftLessons(db: Db): Promise<Map<number, number>> {
  const rows = await db.selectFrom('course_lessons').select(['course_id', db.fn.countAll<number>().as('n')]).groupBy('course_id').execute();
  return new Map(rows.map((r) => [Number(r.course_id), Number(r.n)]));
}

/** Creates a draft course and returns its id. */
export async function insertCourse(db: Db, values: { title: Localized; summary: Localized; createdBy: number | null; now: string }): Promise<number> {
  const row = await db
    .insertInto('courses')
    .values({ title: json(values.title), summary: json(values.summary), status: 'draft', version: null, created_by: values.createdBy, created_at: values.now, draft_updated_at: values.now, published_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Changes the draft's title and summary. */
export async function updateCourseText(db: Db, id: number, values: { title: Localized; summary: Localized; now: string }): Promise<void> {
  await db.updateTable('courses').set({ title: json(values.title), summary: json(values.summary), draft_updated_at: values.now }).where('id', '=', id).execute();
}

/** Notes that the draft changed (so editors see unpublished changes). */
export async function touchDraft(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('courses').set({ draft_updated_at: now }).where('id', '=', id).execute();
}

/** The draft's lessons in order. */
export async function selectDraftLessons(db: Db, courseId: number): Promise<(StoredLesson & { position: number })[]> {
  const rows = await db.selectFrom('course_lessons').select(['id', 'position', 'content']).where('course_id', '=', courseId).orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ ...(JSON.parse(r.content) as LessonContent), id: Number(r.id), position: r.position }));
}

/** Appends a lesson to the draft and returns its id. */
export async function insertLesson(db: Db, courseId: number, content: LessonContent, now: string): Promise<number> {
  const last = await db.selectFrom('course_lessons').select(db.fn.max('position').as('p')).where('course_id', '=', courseId).executeTakeFirst();
  const position = Number(last?.p ?? 0) + 1;
  const row = await db.insertInto('course_lessons').values({ course_id: courseId, position, content: json(content), updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces a draft lesson's content; false when the lesson is not in that course. */
export async function updateLesson(db: Db, courseId: number, lessonId: number, content: LessonContent, now: string): Promise<boolean> {
  const result = await db.updateTable('course_lessons').set({ content: json(content), updated_at: now }).where('id', '=', lessonId).where('course_id', '=', courseId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets a lesson's position. */
export async function setLessonPosition(db: Db, lessonId: number, position: number): Promise<void> {
  await db.updateTable('course_lessons').set({ position }).where('id', '=', lessonId).execute();
}

/** Removes a lesson from the draft; false when it is not in that course. */
export async function deleteLesson(db: Db, courseId: number, lessonId: number): Promise<boolean> {
  const result = await db.deleteFrom('course_lessons').where('id', '=', lessonId).where('course_id', '=', courseId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The published version numbers of a course. */
export async function selectVersions(db: Db, courseId: number) {
  const rows = await db
    .selectFrom('course_versions')
    .leftJoin('users', 'users.id', 'course_versions.published_by')
    .select(['course_versions.version', 'course_versions.published_at', 'course_versions.lesson_count', 'users.name'])
    .where('course_versions.course_id', '=', courseId)
    .orderBy('course_versions.version', 'desc')
    .execute();
  return rows.map((r) => ({ version: Number(r.version), publishedAt: r.published_at, publishedBy: r.name ?? null, lessonCount: Number(r.lesson_count) }));
}

/** One published version with its lessons. */
export async function selectVersion(db: Db, courseId: number, version: number) {
  const row = await db.selectFrom('course_versions').selectAll().where('course_id', '=', courseId).where('version', '=', version).executeTakeFirst();
  if (!row) return undefined;
  return {
    version: Number(row.version),
    title: JSON.parse(row.title) as Localized,
    summary: JSON.parse(row.summary) as Localized,
    lessons: JSON.parse(row.lessons) as StoredLesson[],
    lessonIds: JSON.parse(row.lesson_ids) as number[],
    publishedAt: row.published_at,
  };
}

/** Freezes the draft as a new version and makes it the one learners see. */
export async function insertVersion(
  db: Db,
  values: { courseId: number; version: number; title: Localized; summary: Localized; lessons: StoredLesson[]; publishedBy: number | null; now: string },
): Promise<void> {
  await db
    .insertInto('course_versions')
    .values({
      course_id: values.courseId,
      version: values.version,
      title: json(values.title),
      summary: json(values.summary),
      lessons: json(values.lessons),
      lesson_ids: json(values.lessons.map((l) => l.id)),
      lesson_count: values.lessons.length,
      published_by: values.publishedBy,
      published_at: values.now,
    })
    .execute();
  await db.updateTable('courses').set({ status: 'published', version: values.version, published_at: values.now }).where('id', '=', values.courseId).execute();
}

/** The lesson ids a learner has done, per course (all courses, or one). */
export async function selectDoneLessons(db: Db, userId: number, courseId?: number): Promise<Map<number, number[]>> {
  let query = db.selectFrom('lesson_progress').select(['course_id', 'lesson_id']).where('user_id', '=', userId);
  if (courseId !== undefined) query = query.where('course_id', '=', courseId);
  const done = new Map<number, number[]>();
  for (const r of await query.execute()) {
    const list = done.get(Number(r.course_id)) ?? [];
    list.push(Number(r.lesson_id));
    done.set(Number(r.course_id), list);
  }
  return done;
}

/** Marks a lesson done for a learner (idempotent). */
export async function insertDone(db: Db, values: { userId: number; courseId: number; lessonId: number; now: string }): Promise<void> {
  await db
    .insertInto('lesson_progress')
    .values({ user_id: values.userId, course_id: values.courseId, lesson_id: values.lessonId, done_at: values.now })
    .onConflict((oc) => oc.columns(['user_id', 'course_id', 'lesson_id']).doNothing())
    .execute();
}
