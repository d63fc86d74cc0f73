import type { QuestionBody, QuizBody } from '../../../../shared/schemas/academy-quizzes.ts';

/** A demo quiz: its settings and its question bank in order. */
export type SeedQuiz = { body: QuizBody; questions: QuestionBody[] };

/** A text in Chinese and English. */
export const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A true/false question. */
export function judge(answer: boolean, prompt: ReturnType<typeof t>, explanation: ReturnType<typeof t>): QuestionBody {
  return { prompt, explanation, spec: { kind: 'true_false', answer } };
}

/** Feedback bands most demo quizzes share. */
export const standardBands = [
  { min: 0, feedback: t('还需要再巩固：回到本章课程复习要点，再试一次。', 'Needs more work: review the chapter’s key points and try again.') },
  { min: 60, feedback: t('基本掌握了，把答错的题目解析再读一遍。', 'You have the basics; read the explanations of the ones you missed.') },
  { min: 85, feedback: t('掌握得很扎实，可以把这些做法用到每天的服务中了。', 'Solid work — put these practices into every day’s service.') },
];
