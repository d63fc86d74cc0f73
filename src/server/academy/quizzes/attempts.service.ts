// Taking a quiz: start or resume an attempt, check a question (immediate feedback), submit, review.
import type { Kysely } from 'kysely';
import { AnswerShapeError } from '../../../shared/academy/quizzes/answer-shape.ts';
import { isPassed, keptGrade, scorePercent } from '../../../shared/academy/quizzes/attempt-grade.ts';
import { deadlineOf, isTimeUp } from '../../../shared/academy/quizzes/deadline.ts';
import { drawQuestions } from '../../../shared/academy/quizzes/draw.ts';
import { gradeQuestion, type QuestionGrade } from '../../../shared/academy/quizzes/grade-question.ts';
import type { Answer, Question } from '../../../shared/academy/quizzes/question.ts';
import type { AnswerValue, Attempt, AttemptResult, QuestionFeedback } from '../../../shared/schemas/academy-quizzes.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import type { Tables } from '../../db/tables.ts';
import { AppError } from '../../plugins/errors.ts';
import { recordLearning } from '../progress/learning-records.ts';
import * as q from './quizzes.queries.ts';
import { visibleQuiz } from './quizzes.service.ts';
import { attemptSummary, bandText, feedbackOf, learnerQuestion, toQuestion } from './quizzes.view.ts';
import { isUniqueViolation } from '../../db/dialect-sql.ts';

type Trx = Kysely<Tables>;
type Answers = Record<string, Answer>;
/** An attempt with the quiz it belongs to and its drawn questions in order. */
type Loaded = { attempt: q.AttemptRow; quiz: q.QuizRow; questions: Question[] };

const json = <T>(text: string) => JSON.parse(text) as T;

async function load(db: Trx, attempt: q.AttemptRow): Promise<Loaded> {
  const quiz = (await q.selectQuiz(db, Number(attempt.quiz_id)))!;
  const bank = new Map((await q.selectQuestions(db, Number(attempt.quiz_id))).map((row) => [Number(row.id), toQuestion(row)]));
  // A question deleted by a trainer after the attempt started simply drops out of it.
  const questions = json<number[]>(attempt.question_ids).flatMap((id) => bank.get(id) ?? []);
  return { attempt, quiz, questions };
}

async function ownAttempt(db: Trx, actor: Actor, id: number): Promise<Loaded> {
  const attempt = await q.selectAttempt(db, id);
  if (!attempt || Number(attempt.user_id) !== actor.id) throw new AppError(404, 'quiz_attempt_not_found', { id });
  return load(db, attempt);
}

/** Grades an answer, turning a shape error into a 400 that names the question by its number in the attempt. */
function grade(loaded: Loaded, question: Question, answer: unknown): QuestionGrade {
  try {
    return gradeQuestion(question, answer);
  } catch (error) {
    if (!(error instanceof AnswerShapeError)) throw error;
    const number = loaded.questions.indexOf(question) + 1;
    throw new AppError(400, `quiz_answer_shape_${error.expected}`, { number }, { questionId: question.id, number, kind: error.expected });
  }
}

/** Closes an attempt: grades every question, stores the graded answers and records the learning. */
async function close(trx: Trx, loaded: Loaded, answers: Answers, status: 'submitted' | 'expired'): Promise<void> {
  const { attempt, quiz, questions } = loaded;
  const grades = questions.map((question) => grade(loaded, question, answers[question.id]));
  const score = scorePercent(grades.map((g) => g.credit));
  const passed = isPassed(score, quiz.pass_mark);
  const changes = { status, answers: JSON.stringify(answers), submitted_at: new Date().toISOString(), score, passed: passed ? 1 : 0 };
  if (!(await q.closeAttempt(trx, Number(attempt.id), changes))) throw new AppError(409, 'quiz_attempt_closed', { id: Number(attempt.id) });
  await q.insertAnswers(
    trx,
    questions.map((question, i) => ({ attempt_id: Number(attempt.id), quiz_id: Number(quiz.id), question_id: question.id, credit: Math.round(grades[i].credit * 100), correct: grades[i].correct ? 1 : 0 })),
  );
  await recordLearning(trx, { userId: Number(attempt.user_id), kind: 'quiz', ref: String(quiz.id), score, passed });
}

/**
 * An attempt past its deadline and grace is closed as expired, graded on the answers saved before the deadline
 * (those checked one by one in immediate mode); whatever arrives late is ignored. Returns whether it expired.
 */
async function expireIfLate(db: Db, loaded: Loaded, now: Date): Promise<boolean> {
  if (loaded.attempt.status !== 'open' || !isTimeUp(loaded.attempt.deadline, now)) return false;
  await db.transaction().execute((trx) => close(trx, loaded, json<Answers>(loaded.attempt.answers), 'expired'));
  return true;
}

async function openOrRefuse(db: Db, actor: Actor, id: number): Promise<Loaded> {
  const loaded = await ownAttempt(db, actor, id);
  if (await expireIfLate(db, loaded, new Date())) throw new AppError(409, 'quiz_time_up', { deadline: loaded.attempt.deadline });
  if (loaded.attempt.status !== 'open') throw new AppError(409, 'quiz_attempt_closed', { id });
  return loaded;
}

async function resultOf(db: Trx, loaded: Loaded): Promise<AttemptResult> {
  const { attempt, quiz, questions } = loaded;
  const answers = json<Answers>(attempt.answers);
  const closed = (await q.selectAttemptsOf(db, Number(attempt.user_id), [Number(quiz.id)])).filter((a) => a.status !== 'open');
  const score = attempt.score ?? 0;
  return {
    score,
    passed: attempt.passed === 1,
    kept: keptGrade(closed.map((a) => a.score ?? 0), quiz.grade_method),
    band: bandText(quiz, score),
    review: questions.map((question) => feedbackOf(question, answers[question.id], gradeQuestion(question, answers[question.id]))),
  };
}

function checkedFeedback(loaded: Loaded): QuestionFeedback[] {
  const answers = json<Answers>(loaded.attempt.answers);
  const checked = new Set(json<number[]>(loaded.attempt.checked));
  return loaded.questions.filter((question) => checked.has(question.id)).map((question) => feedbackOf(question, answers[question.id], gradeQuestion(question, answers[question.id])));
}

async function view(db: Trx, loaded: Loaded): Promise<Attempt> {
  const { attempt, quiz, questions } = loaded;
  return {
    ...attemptSummary(attempt),
    quizId: Number(quiz.id),
    title: json(quiz.title),
    feedbackMode: quiz.feedback_mode,
    serverNow: new Date().toISOString(),
    questions: questions.map((question) => learnerQuestion(question, attempt.seed)),
    checked: quiz.feedback_mode === 'immediate' ? checkedFeedback(loaded) : [],
    result: attempt.status === 'open' ? null : await resultOf(db, loaded),
  };
}

/** Resumes the learner's open attempt or starts a new one within the attempt limit; late open attempts expire first. */
export async function startAttempt(db: Db, actor: Actor, quizId: number): Promise<Attempt> {
  const quiz = await visibleQuiz(db, actor, quizId);
  if (quiz.status !== 'published') throw new AppError(409, 'quiz_not_published', { id: quizId });
  const now = new Date();
  for (const attempt of await q.selectAttemptsOf(db, actor.id, [quizId])) {
    if (attempt.status !== 'open') continue;
    const loaded = await load(db, attempt);
    if (!(await expireIfLate(db, loaded, now))) return view(db, loaded);
  }
  try {
    return await getAttempt(db, actor, await insertNextAttempt(db, actor, quiz, now));
  } catch (error) {
    // Another start by the same learner won the race for this attempt number: resume the attempt it opened.
    if (isUniqueViolation(error)) return startAttempt(db, actor, quizId);
    throw error;
  }
}

async function insertNextAttempt(db: Db, actor: Actor, quiz: Awaited<ReturnType<typeof visibleQuiz>>, now: Date): Promise<number> {
  const quizId = Number(quiz.id);
  return db.transaction().execute(async (trx) => {
    const attempts = await q.selectAttemptsOf(trx, actor.id, [quizId]);
    // A start that ran just before this one already opened the attempt: resume it rather than count it.
    const opened = attempts.find((attempt) => attempt.status === 'open');
    if (opened) return Number(opened.id);
    const used = attempts.length;
    if (quiz.attempt_limit !== null && used >= quiz.attempt_limit) throw new AppError(409, 'quiz_attempt_limit', { limit: quiz.attempt_limit });
    const bank = await q.selectQuestions(trx, quizId);
    const seed = Math.floor(Math.random() * 2 ** 31);
    const startedAt = now.toISOString();
    return q.insertAttempt(trx, {
      quiz_id: quizId,
      user_id: actor.id,
      number: used + 1,
      seed,
      question_ids: JSON.stringify(drawQuestions(bank.map((row) => Number(row.id)), quiz.draw_count, seed)),
      answers: '{}',
      checked: '[]',
      status: 'open',
      started_at: startedAt,
      deadline: deadlineOf(startedAt, quiz.time_limit_minutes),
      submitted_at: null,
      score: null,
      passed: null,
    });
  });
}

/** One of the learner's attempts; a late open one is closed as expired before it is shown. */
export async function getAttempt(db: Db, actor: Actor, id: number): Promise<Attempt> {
  const loaded = await ownAttempt(db, actor, id);
  if (await expireIfLate(db, loaded, new Date())) return view(db, await ownAttempt(db, actor, id));
  return view(db, loaded);
}

/** Immediate mode: grades one question, locks its answer and returns its explanation. */
export async function checkQuestion(db: Db, actor: Actor, id: number, questionId: number, answer: AnswerValue): Promise<QuestionFeedback> {
  const loaded = await openOrRefuse(db, actor, id);
  if (loaded.quiz.feedback_mode !== 'immediate') throw new AppError(409, 'quiz_feedback_deferred');
  const question = loaded.questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new AppError(400, 'quiz_question_not_in_attempt', { id: questionId });
  const checked = json<number[]>(loaded.attempt.checked);
  const number = loaded.questions.indexOf(question) + 1;
  if (checked.includes(questionId)) throw new AppError(409, 'quiz_question_checked', { number });
  const graded = grade(loaded, question, answer);
  const answers = { ...json<Answers>(loaded.attempt.answers), [questionId]: answer };
  await q.updateAttempt(db, id, { answers: JSON.stringify(answers), checked: JSON.stringify([...checked, questionId]) });
  return feedbackOf(question, answer, graded);
}

/** Submits an attempt; answers already checked stay as they were checked. Late submissions are refused. */
export async function submitAttempt(db: Db, actor: Actor, id: number, submitted: Record<string, AnswerValue>): Promise<Attempt> {
  const loaded = await openOrRefuse(db, actor, id);
  const inAttempt = new Set(loaded.questions.map((question) => String(question.id)));
  const stray = Object.keys(submitted).find((key) => !inAttempt.has(key));
  if (stray) throw new AppError(400, 'quiz_question_not_in_attempt', { id: stray });
  const answers = { ...submitted, ...json<Answers>(loaded.attempt.answers) };
  await db.transaction().execute((trx) => close(trx, loaded, answers, 'submitted'));
  return getAttempt(db, actor, id);
}
