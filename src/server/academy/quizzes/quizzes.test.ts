import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionBody, QuizBody } from '../../../shared/schemas/academy-quizzes.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../../test/test-app.ts';
import { testDialects } from '../../test/test-db.ts';

const base = '/api/v1/academy/quizzes';
const l = (zh: string) => ({ 'zh-CN': zh, en: `${zh} (en)` });
type View = { id: number; kind: string; items: { index: number }[] | null; rights: { index: number }[] | null };

/** A quiz body with the given settings changed. */
function quizBody(changes: Partial<QuizBody> = {}): QuizBody {
  return {
    title: l('测试测验'),
    description: l('说明'),
    chapter: null,
    attemptLimit: null,
    gradeMethod: 'highest',
    timeLimitMinutes: null,
    passMark: 60,
    feedbackMode: 'deferred',
    bands: [
      { min: 0, feedback: l('再复习') },
      { min: 80, feedback: l('很好') },
    ],
    drawCount: null,
    ...changes,
  };
}

/** One question of every kind, in this order. */
const sixKinds: QuestionBody[] = [
  { prompt: l('判断'), explanation: l('判断解析'), spec: { kind: 'true_false', answer: false } },
  { prompt: l('单选'), explanation: l('单选解析'), spec: { kind: 'single', options: [l('甲'), l('乙')], correct: 1 } },
  { prompt: l('多选'), explanation: l('多选解析'), spec: { kind: 'multiple', options: [l('甲'), l('乙'), l('丙')], correct: [0, 2] } },
  { prompt: l('排序'), explanation: l('排序解析'), spec: { kind: 'ordering', items: [l('一'), l('二'), l('三')] } },
  { prompt: l('连线'), explanation: l('连线解析'), spec: { kind: 'matching', pairs: [{ left: l('甲'), right: l('A') }, { left: l('乙'), right: l('B') }] } },
  { prompt: l('改写'), explanation: l('改写解析'), spec: { kind: 'short_answer', keyElements: [['感谢', '谢谢']], sample: l('感谢您的耐心等待，我马上为您处理。') } },
];

/** The right answer to each of `sixKinds` (ordering and matching answers use the items' own indices). */
const rightAnswers = [false, 1, [0, 2], [0, 1, 2], [0, 1], '感谢您的耐心等待，我马上为您处理。'];

describe.each(testDialects())('academy quizzes API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let agent2: SessionClient;
  let trainer: SessionClient;
  let admin: SessionClient;
  let supervisor: SessionClient;
  let inspector: SessionClient;

  /** Creates a quiz as the trainer with the six kinds of question, publishes it, returns its id. */
  async function publishedQuiz(changes: Partial<QuizBody> = {}): Promise<number> {
    const created = await trainer.request('POST', base, quizBody(changes));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().quiz.id as number;
    for (const question of sixKinds) expect((await trainer.request('POST', `${base}/${id}/questions`, question)).statusCode).toBe(201);
    expect((await trainer.request('PUT', `${base}/${id}/status`, { status: 'published' })).statusCode).toBe(200);
    return id;
  }

  /** Answers keyed by question id, right for every question of `sixKinds` except the given positions. */
  function answersFor(questions: View[], wrong: number[] = []) {
    return Object.fromEntries(questions.map((q, i) => [String(q.id), wrong.includes(i) ? (i === 0 ? true : i === 1 ? 0 : i === 5 ? '不行' : rightAnswers[i]) : rightAnswers[i]]));
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, agent2, trainer, admin, supervisor, inspector] = await Promise.all(
      ['agent1', 'agent2', 'trainer', 'admin', 'supervisor', 'inspector'].map((name) => loginAs(t.app, `${name}@lingting.demo`)),
    );
  });
  afterAll(() => t.close());

  it('lists the seeded quizzes to every staff role and refuses anonymous callers', async () => {
    const list = (await agent.request('GET', base)).json();
    expect(list).toHaveLength(7);
    expect(list[0]).toMatchObject({ questionCount: 8, feedbackMode: 'deferred', status: 'published', mine: { attempts: 0, kept: null } });
    expect(list.slice(1).map((q: { chapter: string }) => q.chapter)).toEqual(['knowing', 'receiving', 'satisfying', 'keeping', 'difficult', 'complaints']);
    expect((await inspector.request('GET', base)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
  });

  it('lets only trainers and admins author quizzes and read questions and results', async () => {
    for (const client of [agent, supervisor, inspector]) {
      expect((await client.request('POST', base, quizBody())).statusCode).toBe(403);
      expect((await client.request('GET', `${base}/1/questions`)).statusCode).toBe(403);
      expect((await client.request('GET', `${base}/1/results`)).statusCode).toBe(403);
      expect((await client.request('PUT', `${base}/1/status`, { status: 'draft' })).statusCode).toBe(403);
    }
    expect((await admin.request('POST', base, quizBody())).statusCode).toBe(201);
    expect((await trainer.request('GET', `${base}/1/questions`)).json()).toHaveLength(8);
  });

  it('hides drafts from learners and refuses to publish an empty quiz', async () => {
    const id = (await trainer.request('POST', base, quizBody({ title: l('草稿测验') }))).json().quiz.id;
    expect((await agent.request('GET', base)).json().some((q: { id: number }) => q.id === id)).toBe(false);
    expect((await trainer.request('GET', base)).json().some((q: { id: number }) => q.id === id)).toBe(true);
    const hidden = await agent.request('GET', `${base}/${id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('quiz_not_found');
    expect((await agent.request('POST', `${base}/${id}/attempts`)).statusCode).toBe(404);
    const empty = await trainer.request('PUT', `${base}/${id}/status`, { status: 'published' }, { 'accept-language': 'en' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.message).toContain('no questions');
    expect((await agent.request('GET', `${base}/999999`)).statusCode).toBe(404);
  });

  it('validates questions: a correct option must exist', async () => {
    const bad = await trainer.request('POST', `${base}/1/questions`, { prompt: l('题'), explanation: l('解'), spec: { kind: 'single', options: [l('甲'), l('乙')], correct: 5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('正确答案必须是已列出的选项');
  });

  it('deferred mode: no explanations before submission, all of them after; the myths quiz scores 100 with eight "false"', async () => {
    const started = (await agent.request('POST', `${base}/1/attempts`)).json();
    expect(started).toMatchObject({ status: 'open', feedbackMode: 'deferred', checked: [], result: null, deadline: null });
    expect(started.questions).toHaveLength(8);
    expect(JSON.stringify(started.questions)).not.toContain('explanation');
    const check = await agent.request('POST', `${base}/attempts/${started.id}/check`, { questionId: started.questions[0].id, answer: false });
    expect(check.statusCode).toBe(409);
    expect(check.json().error.code).toBe('quiz_feedback_deferred');
    // Starting again resumes the open attempt.
    expect((await agent.request('POST', `${base}/1/attempts`)).json().id).toBe(started.id);

    const answers = Object.fromEntries(started.questions.map((q: View) => [String(q.id), false]));
    const submitted = (await agent.request('POST', `${base}/attempts/${started.id}/submit`, { answers })).json();
    expect(submitted.status).toBe('submitted');
    expect(submitted.result).toMatchObject({ score: 100, passed: true, kept: 100 });
    expect(submitted.result.band['zh-CN']).toContain('八条全部识破');
    expect(submitted.result.review).toHaveLength(8);
    expect(submitted.result.review[0].explanation['zh-CN']).toContain('55%');
    const records = await t.db.selectFrom('learning_records').select(['kind', 'ref', 'score', 'passed']).where('kind', '=', 'quiz').execute();
    expect(records).toEqual([{ kind: 'quiz', ref: '1', score: 100, passed: 1 }]);
    expect((await agent.request('POST', `${base}/attempts/${started.id}/submit`, { answers })).json().error.code).toBe('quiz_attempt_closed');
    expect((await agent2.request('GET', `${base}/attempts/${started.id}`)).statusCode).toBe(404);
  });

  it('grades all six kinds, names the question when an answer has the wrong shape, and keeps the highest grade', async () => {
    const id = await publishedQuiz();
    const attempt = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    const kinds = attempt.questions.map((q: View) => q.kind);
    expect(kinds).toEqual(['true_false', 'single', 'multiple', 'ordering', 'matching', 'short_answer']);
    expect(attempt.questions[3].items.map((i: { index: number }) => i.index)).not.toEqual([0, 1, 2]);

    const shape = await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: { [attempt.questions[3].id]: [0, 0, 1] } });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error).toMatchObject({ code: 'quiz_answer_shape_ordering', details: { number: 4 } });
    expect(shape.json().error.message).toContain('第 4 题是排序题');
    const stray = await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: { 999999: true } });
    expect(stray.json().error.code).toBe('quiz_question_not_in_attempt');

    // Three of six wrong (true/false, single, short answer): 50 %, below the 60 % pass mark.
    const first = (await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: answersFor(attempt.questions, [0, 1, 5]) })).json();
    expect(first.result).toMatchObject({ score: 50, passed: false, kept: 50 });
    expect(first.result.review[5].shortAnswer.passed).toBe(false);
    const second = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    const full = (await agent.request('POST', `${base}/attempts/${second.id}/submit`, { answers: answersFor(second.questions) })).json();
    expect(full.result).toMatchObject({ score: 100, passed: true, kept: 100 });
    const third = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    const last = (await agent.request('POST', `${base}/attempts/${third.id}/submit`, { answers: {} })).json();
    expect(last.result).toMatchObject({ score: 0, kept: 100 });
    const detail = (await agent.request('GET', `${base}/${id}`)).json();
    expect(detail.quiz.mine).toMatchObject({ attempts: 3, kept: 100, passed: true, openAttemptId: null });
    expect(detail.attempts.map((a: { score: number }) => a.score)).toEqual([0, 100, 50]);
  });

  it('immediate mode: checks one question with its explanation, once, and keeps the checked answer at submission', async () => {
    const id = await publishedQuiz({ feedbackMode: 'immediate', gradeMethod: 'last' });
    const attempt = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    const first = attempt.questions[0].id;
    const checked = await agent.request('POST', `${base}/attempts/${attempt.id}/check`, { questionId: first, answer: true });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({ questionId: first, correct: false, credit: 0, solution: false, explanation: { 'zh-CN': '判断解析' } });
    const again = await agent.request('POST', `${base}/attempts/${attempt.id}/check`, { questionId: first, answer: false });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('quiz_question_checked');
    const multiple = (await agent.request('POST', `${base}/attempts/${attempt.id}/check`, { questionId: attempt.questions[2].id, answer: [0] })).json();
    expect(multiple).toMatchObject({ credit: 0.5, correct: false, solution: [0, 2] });
    const resumed = (await agent.request('GET', `${base}/attempts/${attempt.id}`)).json();
    expect(resumed.checked.map((c: { questionId: number }) => c.questionId)).toEqual([first, attempt.questions[2].id]);

    // The body tries to change the checked answers; the checked ones count: (0 + 1 + 0.5 + 1 + 1 + 1) / 6.
    const result = (await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: answersFor(attempt.questions) })).json();
    expect(result.result.score).toBe(75);
  });

  it('enforces the attempt limit with a clear message', async () => {
    const id = await publishedQuiz({ attemptLimit: 1 });
    const attempt = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: {} });
    const refused = await agent.request('POST', `${base}/${id}/attempts`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'quiz_attempt_limit', message: '本测验每人最多作答 1 次，你的次数已经用完。' });
    // The limit is per person.
    expect((await agent2.request('POST', `${base}/${id}/attempts`)).statusCode).toBe(200);
  });

  it('gives simultaneous starts by one learner one attempt, never one over the limit', async () => {
    const id = await publishedQuiz({ attemptLimit: 1 });
    const starts = await Promise.all(Array.from({ length: 5 }, () => supervisor.request('POST', `${base}/${id}/attempts`)));
    expect(starts.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(starts.map((r) => r.json().id)).size).toBe(1);
    const rows = await t.db.selectFrom('quiz_attempts').select('number').where('quiz_id', '=', id).execute();
    expect(rows).toEqual([{ number: 1 }]);
  });

  it('refuses a submission after the deadline and its grace, closing the attempt as expired', async () => {
    const id = await publishedQuiz({ timeLimitMinutes: 5, feedbackMode: 'immediate' });
    const attempt = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    expect(Date.parse(attempt.deadline) - Date.parse(attempt.startedAt)).toBe(5 * 60_000);
    await agent.request('POST', `${base}/attempts/${attempt.id}/check`, { questionId: attempt.questions[0].id, answer: false });
    // Move the deadline 31 seconds into the past: beyond the 30-second grace.
    await t.db.updateTable('quiz_attempts').set({ deadline: new Date(Date.now() - 31_000).toISOString() }).where('id', '=', attempt.id).execute();
    const late = await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: answersFor(attempt.questions) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('quiz_time_up');
    const closed = (await agent.request('GET', `${base}/attempts/${attempt.id}`)).json();
    // Only the answer checked before the deadline counts: 1 of 6.
    expect(closed).toMatchObject({ status: 'expired', score: 17, result: { score: 17 } });
  });

  it('accepts a submission within the grace period', async () => {
    const id = await publishedQuiz({ timeLimitMinutes: 5 });
    const attempt = (await agent.request('POST', `${base}/${id}/attempts`)).json();
    await t.db.updateTable('quiz_attempts').set({ deadline: new Date(Date.now() - 10_000).toISOString() }).where('id', '=', attempt.id).execute();
    const onTime = await agent.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: answersFor(attempt.questions) });
    expect(onTime.statusCode).toBe(200);
    expect(onTime.json().result.score).toBe(100);
  });

  it('shows trainers the per-question results: % fully right, average credit, attempts and average score', async () => {
    const id = await publishedQuiz();
    for (const [client, wrong] of [[agent, [5]], [agent2, [0, 5]]] as const) {
      const attempt = (await client.request('POST', `${base}/${id}/attempts`)).json();
      await client.request('POST', `${base}/attempts/${attempt.id}/submit`, { answers: answersFor(attempt.questions, [...wrong]) });
    }
    const results = (await trainer.request('GET', `${base}/${id}/results`)).json();
    expect(results).toMatchObject({ attempts: 2, learners: 2, averageScore: 75, passRate: 100 });
    expect(results.questions.map((q: { correctRate: number }) => q.correctRate)).toEqual([50, 100, 100, 100, 100, 0]);
    expect(results.questions[0]).toMatchObject({ answered: 2, averageCredit: 50, kind: 'true_false' });
  });

  it('lets trainers edit and delete questions, audited', async () => {
    const id = (await trainer.request('POST', base, quizBody())).json().quiz.id;
    const [question] = (await trainer.request('POST', `${base}/${id}/questions`, sixKinds[0])).json();
    const changed = (await trainer.request('PUT', `${base}/${id}/questions/${question.id}`, { ...sixKinds[0], prompt: l('改过的判断') })).json();
    expect(changed[0].prompt['zh-CN']).toBe('改过的判断');
    expect((await trainer.request('DELETE', `${base}/${id}/questions/${question.id}`)).json()).toEqual([]);
    expect((await trainer.request('DELETE', `${base}/${id}/questions/${question.id}`)).statusCode).toBe(404);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'quiz').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['quiz.created', 'quiz_question.created', 'quiz_question.updated', 'quiz_question.deleted']);
  });
});
