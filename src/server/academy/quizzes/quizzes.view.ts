// Turns quiz rows into what the API answers: quizzes, trainers' questions, learners' questions and feedback.
import type { Localized } from '../../../shared/academy/assessments.ts';
import { bandFor, keptGrade, type ScoreBand } from '../../../shared/academy/quizzes/attempt-grade.ts';
import { displayOrder } from '../../../shared/academy/quizzes/draw.ts';
import type { QuestionGrade } from '../../../shared/academy/quizzes/grade-question.ts';
import type { Answer, Question, QuestionSpec } from '../../../shared/academy/quizzes/question.ts';
import type { AttemptSummary, LearnerQuestion, QuestionFeedback, Quiz, QuizQuestion } from '../../../shared/schemas/academy-quizzes.ts';
import type { AttemptRow, QuestionRow, QuizRow } from './quizzes.queries.ts';

const json = <T>(text: string) => JSON.parse(text) as T;

/** A question row as the grading rules see it. */
export function toQuestion(row: QuestionRow): Question & { position: number } {
  return { id: Number(row.id), position: row.position, prompt: json<Localized>(row.prompt), explanation: json<Localized>(row.explanation), spec: json<QuestionSpec>(row.spec) };
}

/** A question as its trainers see it. */
export function trainerQuestion(row: QuestionRow): QuizQuestion {
  const q = toQuestion(row);
  return { id: q.id, position: q.position, prompt: q.prompt, explanation: q.explanation, spec: q.spec } as QuizQuestion;
}

/** The bands of a quiz. */
export const bandsOf = (quiz: QuizRow) => json<ScoreBand[]>(quiz.bands);

/** A learner's standing from their attempts at one quiz (oldest first). */
export function standingOf(quiz: QuizRow, attempts: AttemptRow[]): Quiz['mine'] {
  const closed = attempts.filter((a) => a.status !== 'open');
  const kept = keptGrade(closed.map((a) => a.score ?? 0), quiz.grade_method);
  const open = attempts.find((a) => a.status === 'open');
  return {
    attempts: attempts.length,
    kept,
    passed: kept === null ? null : kept >= quiz.pass_mark,
    openAttemptId: open ? Number(open.id) : null,
  };
}

/** A quiz with its settings and the learner's standing. */
export function toQuiz(row: QuizRow, questionCount: number, mine: Quiz['mine']): Quiz {
  return {
    id: Number(row.id),
    status: row.status,
    title: json<Localized>(row.title),
    description: json<Localized>(row.description),
    chapter: row.chapter as Quiz['chapter'],
    attemptLimit: row.attempt_limit,
    gradeMethod: row.grade_method,
    timeLimitMinutes: row.time_limit_minutes,
    passMark: row.pass_mark,
    feedbackMode: row.feedback_mode,
    bands: bandsOf(row),
    drawCount: row.draw_count,
    questionCount,
    updatedAt: row.updated_at,
    mine,
  };
}

/** An attempt as listed. */
export function attemptSummary(row: AttemptRow): AttemptSummary {
  return {
    id: Number(row.id),
    startedAt: row.started_at,
    deadline: row.deadline,
    submittedAt: row.submitted_at,
    status: row.status,
    score: row.score,
    passed: row.passed === null ? null : row.passed === 1,
  };
}

// Each question gets its own shuffle, derived from the attempt's seed, so a reload shows the same order.
const shuffleSeed = (seed: number, questionId: number) => (seed ^ Math.imul(questionId, 2654435761)) >>> 0;

/** A question as a learner sees it, without its solution. */
export function learnerQuestion(q: Question, seed: number): LearnerQuestion {
  const base = { id: q.id, kind: q.spec.kind, prompt: q.prompt, options: null, items: null, lefts: null, rights: null };
  const s = q.spec;
  if (s.kind === 'single' || s.kind === 'multiple') return { ...base, options: s.options };
  if (s.kind === 'ordering') return { ...base, items: displayOrder(s.items.length, shuffleSeed(seed, q.id)).map((index) => ({ index, text: s.items[index] })) };
  if (s.kind === 'matching') {
    const rights = displayOrder(s.pairs.length, shuffleSeed(seed, q.id)).map((index) => ({ index, text: s.pairs[index].right }));
    return { ...base, lefts: s.pairs.map((p) => p.left), rights };
  }
  return base;
}

/** The right answer to show with feedback; for a short answer, the sample reply. */
export function solutionOf(spec: QuestionSpec): QuestionFeedback['solution'] {
  switch (spec.kind) {
    case 'true_false':
      return spec.answer;
    case 'single':
      return spec.correct;
    case 'multiple':
      return [...spec.correct].sort((a, b) => a - b);
    case 'ordering':
      return spec.items.map((_, i) => i);
    case 'matching':
      return spec.pairs.map((_, i) => i);
    case 'short_answer':
      return spec.sample;
  }
}

/** Feedback on one graded question. */
export function feedbackOf(q: Question, answer: Answer | undefined, grade: QuestionGrade): QuestionFeedback {
  return {
    questionId: q.id,
    answer: answer ?? null,
    credit: grade.credit,
    correct: grade.correct,
    explanation: q.explanation,
    solution: solutionOf(q.spec),
    shortAnswer: grade.shortAnswer ?? null,
  };
}

/** The feedback band of a score. */
export const bandText = (quiz: QuizRow, score: number) => bandFor(score, bandsOf(quiz))?.feedback ?? null;
