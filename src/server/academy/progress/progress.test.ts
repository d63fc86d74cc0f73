import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/customers/dates.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../../test/test-app.ts';
import { testDialects } from '../../test/test-db.ts';
import { assignTraining } from './assignments.service.ts';
import { recordLearning } from './learning-records.ts';

const base = '/api/v1/academy';
const today = () => localDate(new Date(), 'Asia/Shanghai');
const inDays = (days: number) => localDate(new Date(Date.now() + days * 86_400_000), 'Asia/Shanghai');
const awareness = { kind: 'assessment', ref: 'service-awareness' } as const;
const orientation = { kind: 'assessment', ref: 'service-orientation' } as const;
const picky = { kind: 'simulation', ref: 'picky' } as const;
const answers = (fill: number) => Array.from({ length: 20 }, () => fill);

describe.each(testDialects())('academy assignments and progress API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let agent2: SessionClient;
  let trainer: SessionClient;
  let supervisor: SessionClient;
  let inspector: SessionClient;
  let ids: Record<string, number>;
  let serviceDept: number;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, agent2, trainer, supervisor, inspector] = await Promise.all(
      ['agent1', 'agent2', 'trainer', 'supervisor', 'inspector'].map((name) => loginAs(t.app, `${name}@lingting.demo`)),
    );
    const users = await t.db.selectFrom('users').select(['id', 'email', 'department_id']).execute();
    ids = Object.fromEntries(users.map((u) => [u.email.split('@')[0], Number(u.id)]));
    serviceDept = Number(users.find((u) => u.email === 'agent1@lingting.demo')!.department_id);
  });
  afterAll(() => t.close());

  const assign = (client: SessionClient, body: Record<string, unknown>, headers?: Record<string, string>) =>
    client.request('POST', `${base}/assignments`, { title: '新人入门', dueOn: inDays(7), items: [awareness], ...body }, headers);

  it('lets trainers, supervisors and admins assign and see progress; others are refused', async () => {
    for (const client of [agent, inspector]) {
      expect((await assign(client, { userIds: [ids.agent1] })).statusCode).toBe(403);
      expect((await client.request('GET', `${base}/progress`)).statusCode).toBe(403);
      expect((await client.request('GET', `${base}/assignments`)).statusCode).toBe(403);
      expect((await client.request('GET', `${base}/assignment-options`)).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: `${base}/my-learning` })).statusCode).toBe(401);
    expect((await supervisor.request('GET', `${base}/progress`)).statusCode).toBe(200);
    const options = (await trainer.request('GET', `${base}/assignment-options`)).json();
    expect(options.items).toEqual(expect.arrayContaining([expect.objectContaining({ ...awareness, title: expect.objectContaining({ 'zh-CN': '服务意识测试' }) })]));
    expect(options.items.filter((i: { kind: string }) => i.kind === 'simulation').map((i: { ref: string }) => i.ref)).toEqual(
      expect.arrayContaining(['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky', 'mild']),
    );
    expect(options.people.length).toBeGreaterThan(5);
    expect(options.departments.map((d: { name: string }) => d.name)).toContain('客服部');
  });

  it('answers clear 400s: past due date, unknown item, nobody, unknown person, duplicate item, bad body', async () => {
    const past = await assign(trainer, { userIds: [ids.agent1], dueOn: inDays(-2) }, { 'accept-language': 'en' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe('progress_due_date_past');
    expect(past.json().error.message).toContain(inDays(-2));

    const unknown = await assign(trainer, { userIds: [ids.agent1], items: [awareness, { kind: 'course', ref: '9999' }, { kind: 'simulation', ref: 'sleepy' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'progress_item_unknown', details: { items: ['course:9999', 'simulation:sleepy'] } });
    expect(unknown.json().error.message).toContain('simulation:sleepy');

    const nobody = await assign(trainer, { userIds: [] });
    expect(nobody.json().error.code).toBe('progress_nobody_assigned');
    expect((await assign(trainer, { userIds: [987654] })).json().error).toMatchObject({ code: 'progress_people_unknown', details: { ids: [987654] } });
    expect((await assign(trainer, { userIds: [ids.agent1], items: [awareness, awareness] })).json().error.code).toBe('progress_duplicate_item');
    expect((await assign(trainer, { departmentId: 987654 })).json().error.code).toBe('department_not_found');
    const bad = await assign(trainer, { userIds: [ids.agent1], dueOn: 'next friday', items: [{ kind: 'video', ref: '1' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect((await trainer.request('GET', `${base}/assignments/987654`)).statusCode).toBe(404);
    expect((await trainer.request('DELETE', `${base}/assignments/987654`)).json().error.code).toBe('progress_assignment_not_found');
  });

  it('reaches every member of a department; completion counts only after assignment; a complete path earns one certificate', async () => {
    // agent2 already took the test before the path exists: that does not count.
    await agent2.request('POST', `${base}/assessments/service-awareness/score`, { answers: answers(3) });
    const created = await assign(trainer, { title: '服务意识提升', departmentId: serviceDept, items: [awareness, picky], note: '月底前完成' });
    expect(created.statusCode, created.body).toBe(201);
    const path = created.json();
    expect(path).toMatchObject({ title: '服务意识提升', department: '客服部', assigned: 5, completed: 0, note: '月底前完成' });
    expect(path.items.map((i: { title: { 'zh-CN': string } }) => i.title['zh-CN'])).toEqual(['服务意识测试', '挑剔的客户']);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'learning_path').where('entity_id', '=', String(path.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['learning_path.assigned']);

    let mine = (await agent2.request('GET', `${base}/my-learning`)).json();
    const mine2 = mine.paths.find((p: { id: number }) => p.id === path.id);
    expect(mine2).toMatchObject({ percent: 0, complete: false, overdue: false, certificateId: null });
    expect(mine2.items[0]).toMatchObject({ ...awareness, done: false });
    expect((await t.app.inject({ method: 'GET', url: `${base}/my-learning`, cookies: (await loginAs(t.app, 'rnd@lingting.demo')).cookies })).json().paths).toEqual([]);

    // Scoring the self-assessment records the learning; the role-play is recorded by the simulator.
    await agent2.request('POST', `${base}/assessments/service-awareness/score`, { answers: answers(4) });
    mine = (await agent2.request('GET', `${base}/my-learning`)).json();
    expect(mine.paths.find((p: { id: number }) => p.id === path.id)).toMatchObject({ percent: 50, complete: false, items: [{ done: true, score: 80 }, { done: false }] });
    await t.db.transaction().execute((trx) => recordLearning(trx, { userId: ids.agent2, ...picky, score: 62, passed: false }));
    await t.db.transaction().execute((trx) => recordLearning(trx, { userId: ids.agent2, ...picky, score: 75, passed: true }));
    mine = (await agent2.request('GET', `${base}/my-learning`)).json();
    const done = mine.paths.find((p: { id: number }) => p.id === path.id);
    expect(done).toMatchObject({ percent: 100, complete: true, items: [{ done: true }, { done: true, score: 75 }] });
    expect(mine.certificates).toHaveLength(1);
    expect(mine.certificates[0]).toMatchObject({ id: done.certificateId, title: '服务意识提升' });

    const certificate = await agent2.request('GET', `${base}/certificates/${done.certificateId}`);
    expect(certificate.json()).toMatchObject({ name: '陈志强', title: '服务意识提升', items: [{ ...awareness }, { ...picky }] });
    expect((await trainer.request('GET', `${base}/certificates/${done.certificateId}`)).statusCode).toBe(200);
    expect((await agent.request('GET', `${base}/certificates/${done.certificateId}`)).statusCode).toBe(404);

    const detail = (await trainer.request('GET', `${base}/assignments/${path.id}`)).json();
    expect(detail).toMatchObject({ assigned: 5, completed: 1 });
    expect(detail.people.find((p: { userId: number }) => p.userId === ids.agent2)).toMatchObject({ complete: true, items: [{ done: true, score: 80 }, { done: true, score: 75 }] });
    expect(detail.people.find((p: { userId: number }) => p.userId === ids.agent1)).toMatchObject({ complete: false, overdue: false });

    const progress = (await supervisor.request('GET', `${base}/progress?department=${serviceDept}`)).json();
    expect(progress.people.find((p: { userId: number }) => p.userId === ids.agent2)).toMatchObject({ assigned: 2, done: 2, percent: 100, averageScore: 77.5, certificates: 1 });
    expect(progress.teams).toEqual([expect.objectContaining({ departmentId: serviceDept, name: '客服部', people: 5, assigned: 10, done: 2, percent: 20 })]);

    // Another record later does not issue a second certificate.
    await agent2.request('POST', `${base}/assessments/service-awareness/score`, { answers: answers(5) });
    expect((await agent2.request('GET', `${base}/my-learning`)).json().certificates).toHaveLength(1);
  });

  it('marks overdue paths, completes them late, and keeps certificates when a path is deleted', async () => {
    const quizPath = await t.db.transaction().execute((trx) =>
      assignTraining(trx, { assignedBy: null, timeZone: 'Asia/Shanghai', title: '质检补课', dueOn: today(), items: [orientation], userIds: [ids.agent1] }),
    );
    await t.db.updateTable('learning_paths').set({ due_on: inDays(-1) }).where('id', '=', quizPath).execute();
    let mine = (await agent.request('GET', `${base}/my-learning`)).json();
    expect(mine.paths[0]).toMatchObject({ id: quizPath, overdue: true, complete: false });
    expect((await trainer.request('GET', `${base}/progress`)).json().people.find((p: { userId: number }) => p.userId === ids.agent1)).toMatchObject({ overdue: 1 });

    await agent.request('POST', `${base}/assessments/service-orientation/score`, { answers: answers(4) });
    mine = (await agent.request('GET', `${base}/my-learning`)).json();
    const finished = mine.paths.find((p: { id: number }) => p.id === quizPath);
    expect(finished).toMatchObject({ complete: true, overdue: false });

    const removed = await trainer.request('DELETE', `${base}/assignments/${quizPath}`);
    expect(removed.json()).toEqual({ ok: true });
    mine = (await agent.request('GET', `${base}/my-learning`)).json();
    expect(mine.paths.some((p: { id: number }) => p.id === quizPath)).toBe(false);
    expect(mine.certificates.map((c: { title: string }) => c.title)).toContain('质检补课');
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(quizPath)).where('entity_type', '=', 'learning_path').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['learning_path.assigned', 'learning_path.deleted']);
  });

  it('assigns published courses and quizzes by id with their titles; a quiz counts only when passed', async () => {
    const options = (await trainer.request('GET', `${base}/assignment-options`)).json();
    const course = options.items.find((i: { kind: string }) => i.kind === 'course');
    const quiz = options.items.find((i: { kind: string }) => i.kind === 'quiz');
    expect(course.title['zh-CN']).toBeTruthy();
    expect(quiz.title['zh-CN']).toBeTruthy();
    const created = await assign(trainer, { title: '方法课与测验', userIds: [ids.agent2], items: [{ kind: 'course', ref: course.ref }, { kind: 'quiz', ref: quiz.ref }] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().items.map((i: { title: unknown }) => i.title)).toEqual([course.title, quiz.title]);
    const record = (kind: 'course' | 'quiz', ref: string, score: number | null, passed: boolean) =>
      t.db.transaction().execute((trx) => recordLearning(trx, { userId: ids.agent2, kind, ref, score, passed }));
    await record('quiz', quiz.ref, 40, false);
    await record('course', course.ref, null, true);
    const path = () => agent2.request('GET', `${base}/my-learning`).then((r) => r.json().paths.find((p: { id: number }) => p.id === created.json().id));
    expect(await path()).toMatchObject({ complete: false, items: [{ done: true, score: null }, { done: false, score: 40 }] });
    await record('quiz', quiz.ref, 90, true);
    expect(await path()).toMatchObject({ complete: true, certificateId: expect.any(Number), items: [{ done: true }, { done: true, score: 90 }] });
  });

  it('lists paths newest first with keyset pages', async () => {
    for (const title of ['一', '二', '三']) expect((await assign(trainer, { title, userIds: [ids.agent1] })).statusCode).toBe(201);
    const first = (await trainer.request('GET', `${base}/assignments?limit=2`)).json();
    expect(first.items.map((p: { title: string }) => p.title)).toEqual(['三', '二']);
    const second = (await trainer.request('GET', `${base}/assignments?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].title).toBe('一');
    const all = (await trainer.request('GET', `${base}/assignments?limit=200`)).json();
    expect(all.nextCursor).toBeNull();
    expect((await trainer.request('GET', `${base}/assignments?department=${serviceDept}`)).json().items.map((p: { title: string }) => p.title)).toEqual(['服务意识提升']);
  });
});
