// Authoring quizzes and reading them: list, page, create, change, publish, and per-question results.
import type { QuestionBody, QuizBody, QuizDetail, QuizQuestion, QuizResults, Quiz } from '../../../shared/schemas/academy-quizzes.ts';
import type { Kysely } from 'kysely';
import { insertAudit } from '../../audit/audit.queries.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import type { Tables } from '../../db/tables.ts';
import { AppError } from '../../plugins/errors.ts';
import { canManageQuizzes } from './quizzes.policy.ts';
import * as q from './quizzes.queries.ts';
import { attemptSummary, standingOf, toQuestion, toQuiz, trainerQuestion } from './quizzes.view.ts';

function assertManager(actor: Actor): void {
  if (!canManageQuizzes(actor)) throw new AppError(403, 'forbidden');
}

/** The quiz, when the actor may see it: drafts are hidden (404) from learners. */
export async function visibleQuiz(db: Kysely<Tables>, actor: Actor, id: number): Promise<q.QuizRow> {
  const quiz = await q.selectQuiz(db, id);
  if (!quiz || (quiz.status !== 'published' && !canManageQuizzes(actor))) throw new AppError(404, 'quiz_not_found', { id });
  return quiz;
}

/** Quizzes the actor may see with their standing in each; trainers and admins also see drafts. */
export async function listQuizzes(db: Db, actor: Actor): Promise<Quiz[]> {
  const rows = await q.selectQuizzes(db, { withDrafts: canManageQuizzes(actor) });
  const attempts = await q.selectAttemptsOf(db, actor.id, rows.map((r) => Number(r.id)));
  return rows.map((row) => toQuiz(row, Number(row.question_count ?? 0), standingOf(row, attempts.filter((a) => Number(a.quiz_id) === Number(row.id)))));
}

/** One quiz with the actor's attempts, newest first. */
export async function getQuiz(db: Db, actor: Actor, id: number): Promise<QuizDetail> {
  const quiz = await visibleQuiz(db, actor, id);
  const [questions, attempts] = await Promise.all([q.selectQuestions(db, id), q.selectAttemptsOf(db, actor.id, [id])]);
  return { quiz: toQuiz(quiz, questions.length, standingOf(quiz, attempts)), attempts: attempts.map(attemptSummary).reverse() };
}

/** The quiz's columns from the body a trainer (or the demo seed) sends. */
export function quizColumns(body: QuizBody) {
  return {
    title: JSON.stringify(body.title),
    description: JSON.stringify(body.description),
    chapter: body.chapter,
    attempt_limit: body.attemptLimit,
    grade_method: body.gradeMethod,
    time_limit_minutes: body.timeLimitMinutes,
    pass_mark: body.passMark,
    feedback_mode: body.feedbackMode,
    bands: JSON.stringify(body.bands),
    draw_count: body.drawCount,
  };
}

/** Creates a draft quiz (audited). */
export async function createQuiz(db: Db, actor: Actor, body: QuizBody): Promise<QuizDetail> {
  assertManager(actor);
  const now = new Date().toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const id = await q.insertQuiz(trx, { ...quizColumns(body), status: 'draft', created_by: actor.id, created_at: now, updated_at: now });
    await insertAudit(trx, { actorId: actor.id, action: 'quiz.created', entityType: 'quiz', entityId: id, after: body, ip: actor.ip });
    return id;
  });
  return getQuiz(db, actor, id);
}

/** Changes a quiz's texts and settings (audited with before and after). */
export async function updateQuiz(db: Db, actor: Actor, id: number, body: QuizBody): Promise<QuizDetail> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    const before = await visibleQuiz(trx, actor, id);
    await q.updateQuiz(trx, id, { ...quizColumns(body), updated_at: new Date().toISOString() });
    await insertAudit(trx, { actorId: actor.id, action: 'quiz.updated', entityType: 'quiz', entityId: id, before: toQuiz(before, 0, standingOf(before, [])), after: body, ip: actor.ip });
  });
  return getQuiz(db, actor, id);
}

/** Publishes or withdraws a quiz; a quiz without questions cannot be published (audited). */
export async function setQuizStatus(db: Db, actor: Actor, id: number, status: 'draft' | 'published'): Promise<QuizDetail> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    const quiz = await visibleQuiz(trx, actor, id);
    if (status === 'published' && (await q.selectQuestions(trx, id)).length === 0) throw new AppError(409, 'quiz_empty', { id });
    await q.updateQuiz(trx, id, { status, updated_at: new Date().toISOString() });
    await insertAudit(trx, { actorId: actor.id, action: `quiz.${status}`, entityType: 'quiz', entityId: id, before: { status: quiz.status }, after: { status }, ip: actor.ip });
  });
  return getQuiz(db, actor, id);
}

/** The question bank of a quiz with its solutions (trainers and admins). */
export async function listQuestions(db: Db, actor: Actor, quizId: number): Promise<QuizQuestion[]> {
  assertManager(actor);
  await visibleQuiz(db, actor, quizId);
  return (await q.selectQuestions(db, quizId)).map(trainerQuestion);
}

function questionColumns(body: QuestionBody) {
  const now = new Date().toISOString();
  return { kind: body.spec.kind, prompt: JSON.stringify(body.prompt), explanation: JSON.stringify(body.explanation), spec: JSON.stringify(body.spec), updated_at: now };
}

/** Adds a question at the end of the bank (audited). */
export async function addQuestion(db: Db, actor: Actor, quizId: number, body: QuestionBody): Promise<QuizQuestion[]> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    await visibleQuiz(trx, actor, quizId);
    const columns = questionColumns(body);
    const id = await q.insertQuestion(trx, { ...columns, quiz_id: quizId, created_at: columns.updated_at });
    await insertAudit(trx, { actorId: actor.id, action: 'quiz_question.created', entityType: 'quiz', entityId: quizId, after: { id, ...body }, ip: actor.ip });
  });
  return listQuestions(db, actor, quizId);
}

/** Changes a question (audited). */
export async function changeQuestion(db: Db, actor: Actor, quizId: number, questionId: number, body: QuestionBody): Promise<QuizQuestion[]> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    const before = (await q.selectQuestions(trx, quizId)).find((row) => Number(row.id) === questionId);
    if (!before || !(await q.updateQuestion(trx, quizId, questionId, questionColumns(body)))) throw new AppError(404, 'quiz_question_not_found', { id: questionId });
    await insertAudit(trx, { actorId: actor.id, action: 'quiz_question.updated', entityType: 'quiz', entityId: quizId, before: toQuestion(before), after: { id: questionId, ...body }, ip: actor.ip });
  });
  return listQuestions(db, actor, quizId);
}

/** Removes a question and its graded answers (audited). */
export async function removeQuestion(db: Db, actor: Actor, quizId: number, questionId: number): Promise<QuizQuestion[]> {
  assertManager(actor);
  await db.transaction().execute(async (trx) => {
    if (!(await q.deleteQuestion(trx, quizId, questionId))) throw new AppError(404, 'quiz_question_not_found', { id: questionId });
    await insertAudit(trx, { actorId: actor.id, action: 'quiz_question.deleted', entityType: 'quiz', entityId: quizId, before: { id: questionId }, ip: actor.ip });
  });
  return listQuestions(db, actor, quizId);
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));
const rounded = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value)));

/** Per-question results of closed attempts: % fully right and average credit per question, in bank order. */
export async function quizResults(db: Db, actor: Actor, quizId: number): Promise<QuizResults> {
  assertManager(actor);
  await visibleQuiz(db, actor, quizId);
  const [totals, perQuestion, questions] = await Promise.all([q.selectAttemptTotals(db, quizId), q.selectQuestionTotals(db, quizId), q.selectQuestions(db, quizId)]);
  const byId = new Map(perQuestion.map((row) => [Number(row.question_id), row]));
  const attempts = Number(totals.attempts);
  return {
    attempts,
    learners: Number(totals.learners),
    averageScore: rounded(totals.average_score),
    passRate: percent(Number(totals.passed ?? 0), attempts),
    questions: questions.map((row) => {
      const stats = byId.get(Number(row.id));
      const answered = Number(stats?.answered ?? 0);
      return { id: Number(row.id), position: row.position, kind: row.kind, prompt: JSON.parse(row.prompt), answered, correctRate: percent(Number(stats?.correct ?? 0), answered), averageCredit: rounded(stats?.average_credit) };
    }),
  };
}
