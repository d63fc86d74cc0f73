import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../../test/test-app.ts';
import { testDialects } from '../../test/test-db.ts';

const cases = '/api/v1/academy/cases';
const pin = '/api/v1/academy/self-care/pin';

describe.each(testDialects())('case studies and self-care API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let agent2: SessionClient;
  let trainer: SessionClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, agent2, trainer] = await Promise.all(['agent1', 'agent2', 'trainer'].map((n) => loginAs(t.app, `${n}@lingting.demo`)));
  });
  afterAll(() => t.close());

  it('lists the four seeded cases and hides the analysis until the learner has answered', async () => {
    const list = (await agent.request('GET', cases)).json();
    expect(list).toHaveLength(4);
    expect(list.every((c: { answered: boolean }) => !c.answered)).toBe(true);
    const id = list[1].id;
    const before = (await agent.request('GET', `${cases}/${id}`)).json();
    expect(before).toMatchObject({ analysis: null, myAnswers: null });
    expect(before.narrative['zh-CN']).toContain('锁');

    const wrongCount = await agent.request('PUT', `${cases}/${id}/answer`, { answers: ['只答一题'] });
    expect(wrongCount.statusCode).toBe(400);
    expect(wrongCount.json().error.code).toBe('case_answer_count');
    expect((await agent.request('PUT', `${cases}/${id}/answer`, { answers: [' ', ''] })).json().error.code).toBe('case_answer_empty');

    const answered = (await agent.request('PUT', `${cases}/${id}/answer`, { answers: ['客户觉得不被重视', '耐心教他开锁'] })).json();
    expect(answered.analysis['zh-CN']).toContain('情感需求');
    expect(answered.myAnswers).toEqual(['客户觉得不被重视', '耐心教他开锁']);
    expect((await agent.request('GET', cases)).json()[1].answered).toBe(true);
    // Answers are per person: another agent still sees no analysis.
    expect((await agent2.request('GET', `${cases}/${id}`)).json().analysis).toBeNull();
    expect((await agent.request('GET', `${cases}/99999`)).statusCode).toBe(404);
  });

  it('lets trainers add and edit cases, and refuses learners', async () => {
    const body = {
      title: { 'zh-CN': '排队插队的客户', en: '' },
      narrative: { 'zh-CN': '一位客户要求先办理。', en: '' },
      questions: [{ 'zh-CN': '你会怎么说？', en: '' }],
      analysis: { 'zh-CN': '尊重并维护公平秩序。', en: '' },
    };
    expect((await agent.request('POST', cases, body)).statusCode).toBe(403);
    const created = await trainer.request('POST', cases, body);
    expect(created.statusCode).toBe(201);
    expect(created.json().analysis['zh-CN']).toBe('尊重并维护公平秩序。');
    const id = created.json().id;
    const renamed = await trainer.request('PUT', `${cases}/${id}`, { ...body, title: { 'zh-CN': '要求插队的客户', en: 'The customer who jumps the queue' } });
    expect(renamed.json().title.en).toBe('The customer who jumps the queue');
    expect((await agent.request('PUT', `${cases}/${id}`, body)).statusCode).toBe(403);
    const noQuestions = await trainer.request('POST', cases, { ...body, questions: [] });
    expect(noQuestions.statusCode).toBe(400);
    expect(noQuestions.json().error.details.fields[0].field).toBe('questions');
  });

  it('keeps one pinned self-talk per person', async () => {
    expect((await agent.request('GET', pin)).json()).toEqual({ moodKey: null, pinnedAt: null });
    expect((await agent.request('PUT', pin, { moodKey: 'criticised' })).json().moodKey).toBe('criticised');
    expect((await agent.request('PUT', pin, { moodKey: 'about_to_explode' })).json().moodKey).toBe('about_to_explode');
    expect((await agent.request('GET', pin)).json().moodKey).toBe('about_to_explode');
    expect((await agent2.request('GET', pin)).json().moodKey).toBeNull();
    const unknown = await agent.request('PUT', pin, { moodKey: 'nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('nope');
    expect((await agent.request('DELETE', pin)).json().moodKey).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: pin })).statusCode).toBe(401);
  });
});
