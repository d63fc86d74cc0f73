// The only SQL of quizzes: quizzes and their banks, attempts, graded answers and per-question results.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import type { QuizAnswersTable, QuizAttemptsTable, QuizQuestionsTable, QuizzesTable } from './quizzes.tables.ts';

type Q = Kysely<Tables>;
/** A quiz row. */
export type QuizRow = Selectable<QuizzesTable>;
/** A question row. */
export type QuestionRow = Selectable<QuizQuestionsTable>;
/** An attempt row. */
export type AttemptRow = Selectable<QuizAttemptsTable>;

/** Quizzes with their question counts, in id order; drafts only when asked for. */
export async function selectQuizzes(db: Q, options: { withDrafts: boolean }) {
  const counts = db.selectFrom('quiz_questions').select(['quiz_id']).select((eb) => eb.fn.countAll<number>().as('question_count')).groupBy('quiz_id').as('counts');
  let query = db.selectFrom('quizzes').leftJoin(counts, 'counts.quiz_id', 'quizzes.id').selectAll('quizzes').select('counts.question_count');
  if (!options.withDrafts) query = query.where('quizzes.status', '=', 'published');
  return query.orderBy('quizzes.id').execute();
}

/** One quiz, or undefined. */
export function selectQuiz(db: Q, id: number): Promise<QuizRow | undefined> {
  return db.selectFrom('quizzes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a quiz and returns its id. */
export async function insertQuiz(db: Q, row: Insertable<QuizzesTable>): Promise<number> {
  const { id } = await db.insertInto('quizzes').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Changes a quiz. */
export async function updateQuiz(db: Q, id: number, changes: Updateable<QuizzesTable>): Promise<void> {
  await db.updateTable('quizzes').set(changes).where('id', '=', id).execute();
}

/** The question bank of a quiz in position order. */
export function selectQuestions(db: Q, quizId: number): Promise<QuestionRow[]> {
  return db.selectFrom('quiz_questions').selectAll().where('quiz_id', '=', quizId).orderBy('position').orderBy('id').execute();
}

/** Inserts a question at the end of its quiz's bank and returns its id. */
export async function insertQuestion(db: Q, row: Omit<Insertable<QuizQuestionsTable>, 'position'>): Promise<number> {
  const last = await db.selectFrom('quiz_questions').select((eb) => eb.fn.max('position').as('position')).where('quiz_id', '=', row.quiz_id).executeTakeFirst();
  const position = Number(last?.position ?? 0) + 1;
  const { id } = await db.insertInto('quiz_questions').values({ ...row, position }).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Changes a question of a quiz; returns whether it existed. */
export async function updateQuestion(db: Q, quizId: number, id: number, changes: Updateable<QuizQuestionsTable>): Promise<boolean> {
  const result = await db.updateTable('quiz_questions').set(changes).where('quiz_id', '=', quizId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes a question of a quiz (its graded answers go with it); returns whether it existed. */
export async function deleteQuestion(db: Q, quizId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('quiz_questions').where('quiz_id', '=', quizId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A learner's attempts at the given quizzes, oldest first. */
export function selectAttemptsOf(db: Q, userId: number, quizIds: number[]): Promise<AttemptRow[]> {
  if (quizIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('quiz_attempts').selectAll().where('user_id', '=', userId).where('quiz_id', 'in', quizIds).orderBy('id').execute();
}

/** One attempt, or undefined. */
export function selectAttempt(db: Q, id: number): Promise<AttemptRow | undefined> {
  return db.selectFrom('quiz_attempts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Starts an attempt and returns its id. */
export async function insertAttempt(db: Q, row: Insertable<QuizAttemptsTable>): Promise<number> {
  const { id } = await db.insertInto('quiz_attempts').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Changes an attempt. */
export async function updateAttempt(db: Q, id: number, changes: Updateable<QuizAttemptsTable>): Promise<void> {
  await db.updateTable('quiz_attempts').set(changes).where('id', '=', id).execute();
}

/** Closes an attempt that is still open; returns false when another request closed it first. */
export async function closeAttempt(db: Q, id: number, changes: Updateable<QuizAttemptsTable>): Promise<boolean> {
  const result = await db.updateTable('quiz_attempts').set(changes).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Stores the graded answers of a closed attempt. */
export async function insertAnswers(db: Q, rows: Insertable<QuizAnswersTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('quiz_answers').values(rows).execute();
}

/** Closed attempts of a quiz: how many, by how many learners, the average score and how many passed. */
export function selectAttemptTotals(db: Q, quizId: number) {
  return db
    .selectFrom('quiz_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().as('attempts'),
      eb.fn.count<number>('user_id').distinct().as('learners'),
      eb.fn.avg<number | null>('score').as('average_score'),
      eb.fn.sum<number | null>('passed').as('passed'),
    ])
    .where('quiz_id', '=', quizId)
    .where('status', '!=', 'open')
    .executeTakeFirstOrThrow();
}

/** Per question of a quiz: answers graded, how many were fully right and the average credit (a percentage). */
export function selectQuestionTotals(db: Q, quizId: number) {
  return db
    .selectFrom('quiz_answers')
    .select((eb) => ['question_id', eb.fn.countAll<number>().as('answered'), eb.fn.sum<number>('correct').as('correct'), eb.fn.avg<number>('credit').as('average_credit')])
    .where('quiz_id', '=', quizId)
    .groupBy('question_id')
    .execute();
}
