import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/**
 * The academy's courses (a draft of lessons edited in place, each publication frozen as a numbered version),
 * each learner's finished lessons, case studies with each learner's answers, and the pinned self-talk.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('courses')
    .addColumn('id', id, autoId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('created_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('draft_updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('courses_status').on('courses').columns(['status', 'id']).execute();

  await db.schema
    .createTable('course_lessons')
    .addColumn('id', id, autoId(db))
    .addColumn('course_id', id, (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('course_lessons_course').on('course_lessons').columns(['course_id', 'position']).execute();

  await db.schema
    .createTable('course_versions')
    .addColumn('id', id, autoId(db))
    .addColumn('course_id', id, (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('lessons', 'text', (c) => c.notNull())
    .addColumn('lesson_ids', 'text', (c) => c.notNull())
    .addColumn('lesson_count', 'integer', (c) => c.notNull())
    .addColumn('published_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('course_versions_course_version', ['course_id', 'version'])
    .execute();

  await db.schema
    .createTable('lesson_progress')
    .addColumn('id', id, autoId(db))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('course_id', id, (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('lesson_id', id, (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lesson_progress_user_lesson', ['user_id', 'course_id', 'lesson_id'])
    .execute();

  await db.schema
    .createTable('case_studies')
    .addColumn('id', id, autoId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('created_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_answers')
    .addColumn('id', id, autoId(db))
    .addColumn('case_id', id, (c) => c.notNull().references('case_studies.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_answers_user_case', ['user_id', 'case_id'])
    .execute();

  await db.schema
    .createTable('self_care_pins')
    .addColumn('user_id', id, (c) => c.primaryKey().notNull().references('users.id').onDelete('cascade'))
    .addColumn('mood_key', 'text', (c) => c.notNull())
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .execute();
}
