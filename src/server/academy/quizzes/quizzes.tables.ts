import type { Generated } from 'kysely';

// Bilingual texts, bands, question specs, id lists and answers are JSON text; booleans are 0/1.

/** A quiz and its settings; `status` is 'draft' (hidden from learners) or 'published'. */
export type QuizzesTable = {
  id: Generated<number>;
  title: string;
  description: string;
  status: 'draft' | 'published';
  chapter: string | null;
  attempt_limit: number | null;
  grade_method: 'highest' | 'last' | 'average';
  time_limit_minutes: number | null;
  pass_mark: number;
  feedback_mode: 'immediate' | 'deferred';
  bands: string;
  draw_count: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

/** A question of a quiz's bank; `spec` holds what makes it right. */
export type QuizQuestionsTable = {
  id: Generated<number>;
  quiz_id: number;
  position: number;
  kind: string;
  prompt: string;
  explanation: string;
  spec: string;
  created_at: string;
  updated_at: string;
};

/** One learner's attempt: the questions drawn, answers so far, questions already checked, and the outcome. */
export type QuizAttemptsTable = {
  id: Generated<number>;
  quiz_id: number;
  user_id: number;
  /** 1 for a learner's first attempt at the quiz, 2 for the second …; unique per learner and quiz. */
  number: number;
  seed: number;
  question_ids: string;
  answers: string;
  checked: string;
  status: 'open' | 'submitted' | 'expired';
  started_at: string;
  deadline: string | null;
  submitted_at: string | null;
  score: number | null;
  passed: number | null;
};

/** One graded answer of a closed attempt; `credit` is a whole percentage. */
export type QuizAnswersTable = {
  id: Generated<number>;
  attempt_id: number;
  quiz_id: number;
  question_id: number;
  credit: number;
  correct: number;
};

/** Tables of quizzes, questions and attempts, for Kysely (merged into `Tables`). */
export type QuizTables = {
  quizzes: QuizzesTable;
  quiz_questions: QuizQuestionsTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_answers: QuizAnswersTable;
};
