import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/** The academy: quizzes with their settings, question banks, attempts and each graded answer (for per-question results). */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('quizzes')
    .addColumn('id', id, autoId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('chapter', 'text')
    .addColumn('attempt_limit', 'integer')
    .addColumn('grade_method', 'text', (c) => c.notNull())
    .addColumn('time_limit_minutes', 'integer')
    .addColumn('pass_mark', 'integer', (c) => c.notNull())
    .addColumn('feedback_mode', 'text', (c) => c.notNull())
    .addColumn('bands', 'text', (c) => c.notNull())
    .addColumn('draw_count', 'integer')
    .addColumn('created_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quizzes_status_chapter').on('quizzes').columns(['status', 'chapter', 'id']).execute();

  await db.schema
    .createTable('quiz_questions')
    .addColumn('id', id, autoId(db))
    .addColumn('quiz_id', id, (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quiz_questions_quiz').on('quiz_questions').columns(['quiz_id', 'position', 'id']).execute();

  await db.schema
    .createTable('quiz_attempts')
    .addColumn('id', id, autoId(db))
    .addColumn('quiz_id', id, (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('question_ids', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('checked', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('score', 'integer')
    .addColumn('passed', 'integer')
    .execute();
  await db.schema.createIndex('quiz_attempts_user_quiz').on('quiz_attempts').columns(['user_id', 'quiz_id', 'id']).execute();
  // Two "start" clicks at once must not both slip under the attempt limit: the second one's number collides.
  await db.schema.createIndex('quiz_attempts_number').on('quiz_attempts').columns(['user_id', 'quiz_id', 'number']).unique().execute();
  await db.schema.createIndex('quiz_attempts_quiz_status').on('quiz_attempts').columns(['quiz_id', 'status', 'user_id']).execute();

  // One row per graded answer of a closed attempt, so "which items most people miss" is one indexed GROUP BY.
  await db.schema
    .createTable('quiz_answers')
    .addColumn('id', id, autoId(db))
    .addColumn('attempt_id', id, (c) => c.notNull().references('quiz_attempts.id').onDelete('cascade'))
    .addColumn('quiz_id', id, (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('question_id', id, (c) => c.notNull().references('quiz_questions.id').onDelete('cascade'))
    .addColumn('credit', 'integer', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quiz_answers_quiz_question').on('quiz_answers').columns(['quiz_id', 'question_id', 'correct', 'credit']).execute();
  await db.schema.createIndex('quiz_answers_attempt').on('quiz_answers').columns(['attempt_id']).execute();
}
