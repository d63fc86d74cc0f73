import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../../shared/academy/quizzes/grade-question.ts';
import { questionKinds } from '../../../shared/academy/quizzes/question.ts';
import { quizBodySchema, questionBodySchema } from '../../../shared/schemas/academy-quizzes.ts';
import { demoQuizzes } from './quizzes.seed.ts';

describe('demo quizzes', () => {
  it('are valid against the API contract, so trainers can edit them unchanged', () => {
    for (const quiz of demoQuizzes) {
      expect(quizBodySchema.safeParse(quiz.body).error).toBeUndefined();
      for (const question of quiz.questions) expect(questionBodySchema.safeParse(question).error).toBeUndefined();
    }
  });

  it('hold the eight myths, each false and each explained with the figure or finding that refutes it', () => {
    const myths = demoQuizzes[0];
    const figures = [['55%'], ['90%', '60%'], ['15 倍', '翻一番'], ['最近一次'], ['不到一半', '16'], ['两倍'], ['过程'], ['人与人']];
    expect(myths.questions).toHaveLength(8);
    myths.questions.forEach((q, i) => {
      expect(q.spec).toEqual({ kind: 'true_false', answer: false });
      for (const figure of figures[i]) expect(q.explanation['zh-CN']).toContain(figure);
      expect(q.explanation.en.startsWith('False.')).toBe(true);
    });
  });

  it('cover the six chapters, one quiz each, and every question kind', () => {
    expect(demoQuizzes.slice(1).map((q) => q.body.chapter)).toEqual(['knowing', 'receiving', 'satisfying', 'keeping', 'difficult', 'complaints']);
    const kinds = new Set(demoQuizzes.flatMap((q) => q.questions.map((question) => question.spec.kind)));
    expect([...kinds].sort()).toEqual([...questionKinds].sort());
  });

  it('include the six steps to order and the difficult types to match', () => {
    const complaints = demoQuizzes.find((q) => q.body.chapter === 'complaints')!;
    const steps = complaints.questions.find((q) => q.spec.kind === 'ordering')!.spec;
    expect(steps.kind === 'ordering' && steps.items.map((i) => i['zh-CN'])).toEqual(['用心聆听', '诚挚道歉', '仔细询问', '记录问题', '解决问题', '礼貌结束']);
    const difficult = demoQuizzes.find((q) => q.body.chapter === 'difficult')!;
    const types = difficult.questions.find((q) => q.spec.kind === 'matching')!.spec;
    expect(types.kind === 'matching' && types.pairs).toHaveLength(6);
  });

  it('have sample replies that pass their own coach-graded short answers', () => {
    const shortAnswers = demoQuizzes.flatMap((q) => q.questions).filter((q) => q.spec.kind === 'short_answer');
    expect(shortAnswers.length).toBeGreaterThanOrEqual(3);
    for (const question of shortAnswers) {
      if (question.spec.kind !== 'short_answer') continue;
      expect(gradeQuestion(question, question.spec.sample['zh-CN']), question.spec.sample['zh-CN']).toMatchObject({ correct: true });
    }
  });
});
