import { caseStudies } from '../../../shared/academy/courses/case-studies.ts';
import { methodCourse } from '../../../shared/academy/courses/method-course.ts';
import type { Db } from '../../db/create-db.ts';
import * as cases from './cases.queries.ts';
import * as q from './courses.queries.ts';
import { sanitizeLessonHtml } from './sanitize.ts';

/** Seeds the demo academy with the method course in six chapters and the four case studies. */
export async function seedCourses(db: Db): Promise<void> {
  const existing = await db.selectFrom('courses').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const courseId = await q.insertCourse(trx, { title: methodCourse.title, summary: methodCourse.summary, createdBy: null, now });
    const lessons = [];
    for (const content of methodCourse.lessons) {
      // Through the same sanitiser as trainers' edits, so seeded and edited lessons render alike.
      const clean = { ...content, body: { 'zh-CN': sanitizeLessonHtml(content.body['zh-CN']), en: sanitizeLessonHtml(content.body.en) } };
      lessons.push({ ...clean, id: await q.insertLesson(trx, courseId, clean, now) });
    }
    await q.insertVersion(trx, { courseId, version: 1, title: methodCourse.title, summary: methodCourse.summary, lessons, publishedBy: null, now });
    for (const study of caseStudies) await cases.insertCase(trx, study, null, now);
  });
}
