import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../../test/test-app.ts';
import { testDialects } from '../../test/test-db.ts';

// Watch the call path into the learning records without depending on how they are stored.
const recorded = vi.hoisted(() => [] as unknown[]);
vi.mock('../progress/learning-records.ts', async (original) => {
  const actual = await original<typeof import('../progress/learning-records.ts')>();
  return {
    ...actual,
    recordLearning: async (...args: Parameters<typeof actual.recordLearning>) => {
      recorded.push(args[1]);
      await actual.recordLearning(...args);
    },
  };
});

const base = '/api/v1/academy/courses';
const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function lessonBody(title: string, html = '<p>正文</p>') {
  return {
    chapter: 'complaints',
    title: { 'zh-CN': title, en: '' },
    body: { 'zh-CN': html, en: '' },
    keyPoints: { 'zh-CN': ['要点一'], en: [] },
    exercises: [{ kind: 'spot', prompt: { 'zh-CN': '“不归我管”', en: '' }, answer: { 'zh-CN': '我来帮您联系同事', en: '' } }],
  };
}

describe.each(testDialects())('courses API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let trainer: SessionClient;
  let admin: SessionClient;
  let supervisor: SessionClient;
  let methodId: number;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, trainer, admin, supervisor] = await Promise.all(['agent1', 'trainer', 'admin', 'supervisor'].map((n) => loginAs(t.app, `${n}@lingting.demo`)));
    methodId = (await agent.request('GET', base)).json()[0].id;
  });
  afterAll(() => t.close());
  beforeEach(() => {
    recorded.length = 0;
  });

  it('shows learners the seeded method course: six chapters in order, published as version 1', async () => {
    const list = (await agent.request('GET', base)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'published', version: 1, lessonCount: 6, hasDraftChanges: false, progress: { done: 0, total: 6 } });
    const course = (await agent.request('GET', `${base}/${methodId}`)).json();
    expect(course.lessons.map((l: { chapter: string }) => l.chapter)).toEqual(['knowing', 'receiving', 'satisfying', 'keeping', 'difficult', 'complaints']);
    expect(course.lessons[0].body['zh-CN']).toContain('<h2>');
    expect(course.lessons[0].keyPoints.en.length).toBeGreaterThan(0);
  });

  it('lets only trainers and admins write; unknown courses are 404 and drafts are invisible to learners', async () => {
    const body = { title: { 'zh-CN': '新课程', en: 'New course' }, summary: { 'zh-CN': '', en: '' } };
    expect((await agent.request('POST', base, body)).statusCode).toBe(403);
    expect((await supervisor.request('POST', base, body)).statusCode).toBe(403);
    const denied = await agent.request('PUT', `${base}/${methodId}`, body);
    expect(denied.statusCode).toBe(403);
    const created = await admin.request('POST', base, body);
    expect(created.statusCode).toBe(201);
    const draftId = created.json().id;
    expect((await agent.request('GET', `${base}/${draftId}`)).statusCode).toBe(404);
    expect((await agent.request('GET', base)).json().map((c: { id: number }) => c.id)).not.toContain(draftId);
    expect((await trainer.request('GET', base)).json().find((c: { id: number }) => c.id === draftId)).toMatchObject({ status: 'draft', hasDraftChanges: true });
    const missing = await agent.request('GET', `${base}/99999`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('没有找到编号为 99999 的课程。');
  });

  it('names the empty title field and refuses to publish a course without lessons', async () => {
    const empty = await trainer.request('POST', base, { title: { 'zh-CN': ' ', en: '' }, summary: { 'zh-CN': '', en: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].field).toBe('title.zh-CN');
    const id = (await trainer.request('POST', base, { title: { 'zh-CN': '空课程', en: '' }, summary: { 'zh-CN': '', en: '' } })).json().id;
    const refused = await trainer.request('POST', `${base}/${id}/publish`, undefined, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'course_no_lessons', message: 'A course needs at least one lesson before it can be published.' });
  });

  it('publishes numbered versions, keeps the old one readable and audits each publication', async () => {
    const id = (await trainer.request('POST', base, { title: { 'zh-CN': '投诉处理', en: 'Complaints' }, summary: { 'zh-CN': '六步骤', en: '' } })).json().id;
    const html = `<p onclick="x()">第一课<script>alert(1)</script></p><img src="${pixel}" alt="图"><img src="javascript:alert(1)"><h1>标题</h1>`;
    const added = await trainer.request('POST', `${base}/${id}/lessons`, lessonBody('第一课', html));
    expect(added.statusCode).toBe(201);
    const stored = added.json().lessons[0].body['zh-CN'];
    expect(stored).toBe(`<p>第一课</p><img src="${pixel}" alt="图" /><h2>标题</h2>`);
    expect((await trainer.request('POST', `${base}/${id}/publish`)).json()).toMatchObject({ version: 1, lessonCount: 1 });

    const second = (await trainer.request('POST', `${base}/${id}/lessons`, lessonBody('第二课'))).json().lessons[1].id;
    await trainer.request('POST', `${base}/${id}/lessons/${second}/move`, { direction: 'up' });
    expect((await trainer.request('GET', `${base}/${id}/draft`)).json()).toMatchObject({ hasDraftChanges: true, lessons: [{ id: second }, {}] });
    // Learners still read version 1 until the draft is published.
    expect((await agent.request('GET', `${base}/${id}`)).json().lessons).toHaveLength(1);
    expect((await trainer.request('POST', `${base}/${id}/publish`)).json()).toMatchObject({ version: 2, lessonCount: 2, publishedBy: expect.any(String) });

    const latest = (await agent.request('GET', `${base}/${id}`)).json();
    expect(latest).toMatchObject({ version: 2, latestVersion: 2 });
    expect(latest.lessons.map((l: { title: { 'zh-CN': string } }) => l.title['zh-CN'])).toEqual(['第二课', '第一课']);
    expect((await agent.request('GET', `${base}/${id}?version=1`)).json()).toMatchObject({ version: 1, latestVersion: 2, lessons: [{}] });
    expect((await agent.request('GET', `${base}/${id}?version=7`)).statusCode).toBe(404);
    expect((await agent.request('GET', `${base}/${id}/versions`)).json().map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'course.published').where('entity_id', '=', String(id)).execute();
    expect(audit.map((a) => JSON.parse(a.after_json!).version)).toEqual([1, 2]);
  });

  it('records progress per learner and the finished course once, when the last lesson is done', async () => {
    const course = (await agent.request('GET', `${base}/${methodId}`)).json();
    const ids: number[] = course.lessons.map((l: { id: number }) => l.id);
    for (const lessonId of ids.slice(0, 5)) expect((await agent.request('POST', `${base}/${methodId}/lessons/${lessonId}/done`)).statusCode).toBe(200);
    expect(recorded).toEqual([]);
    const last = (await agent.request('POST', `${base}/${methodId}/lessons/${ids[5]}/done`)).json();
    expect(last).toMatchObject({ done: 6, total: 6, complete: true });
    const me = (await agent.request('GET', '/api/v1/auth/me')).json();
    expect(recorded).toEqual([{ userId: me.id, kind: 'course', ref: String(methodId), score: null, passed: true }]);
    // Reading a lesson again does not record the course twice; another learner's progress is separate.
    await agent.request('POST', `${base}/${methodId}/lessons/${ids[5]}/done`);
    expect(recorded).toHaveLength(1);
    expect((await agent.request('GET', base)).json()[0].progress).toEqual({ done: 6, total: 6 });
    expect((await supervisor.request('GET', base)).json()[0].progress).toEqual({ done: 0, total: 6 });
    expect((await agent.request('POST', `${base}/${methodId}/lessons/999999/done`)).statusCode).toBe(404);
  });
});
