import type { Db } from '../../db/create-db.ts';
import { insertQuestion, insertQuiz } from './quizzes.queries.ts';
import { quizColumns } from './quizzes.service.ts';
import { complaintsQuiz, difficultQuiz, keepingQuiz } from './seed/chapters-last.ts';
import { knowingQuiz, receivingQuiz, satisfyingQuiz } from './seed/chapters-first.ts';
import { mythsQuiz } from './seed/myths-quiz.ts';
import type { SeedQuiz } from './seed/seed-types.ts';

/** The demo quizzes, in the order they are listed: the myths quiz, then one per chapter. */
export const demoQuizzes: readonly SeedQuiz[] = [mythsQuiz, knowingQuiz, receivingQuiz, satisfyingQuiz, keepingQuiz, difficultQuiz, complaintsQuiz];

/** Seeds the demo academy with the myths quiz and a quiz per chapter, all published (once, in one transaction). */
export async function seedQuizzes(db: Db): Promise<void> {
  if (await db.selectFrom('quizzes').select('id').limit(1).executeTakeFirst()) return;
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const { body, questions } of demoQuizzes) {
      const quizId = await insertQuiz(trx, { ...quizColumns(body), status: 'published', created_by: null, created_at: now, updated_at: now });
      for (const question of questions) {
        await insertQuestion(trx, { quiz_id: quizId, kind: question.spec.kind, prompt: JSON.stringify(question.prompt), explanation: JSON.stringify(question.explanation), spec: JSON.stringify(question.spec), created_at: now, updated_at: now });
      }
    }
  });
}
