/** Tables of quizzes, questions and attempts, for Kysely (merged into `Tables`). */
export type QuizTables = Record<never, never>;
