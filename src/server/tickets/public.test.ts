import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loginAs, startTestApp, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';
import { runDueJobs } from './jobs.ts';

function answer(question: string): number {
  const [a, b] = question.match(/\d+/g)!.map(Number);
  return a + b;
}

describe.each(testDialects())('public complaint form, status page and SLA timers on %s', (dialect) => {
  let t: TestApp;
  const file = async (body: object = {}) => {
    const challenge = (await t.app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json();
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: { kind: 'complaint', name: '周女士', phone: '138 0013 8000', subject: '宽带安装迟迟不来', content: '约好上午安装，等了一天没人来', challengeId: challenge.id, challengeAnswer: answer(challenge.question), ...body },
    });
  };

  beforeAll(async () => {
    t = await startTestApp(dialect, { publicRequestsPerMinute: 50 });
  });
  afterAll(() => t.close());

  it('files a complaint without login and shows its progress and the signed agent reply on the status page', async () => {
    const filed = await file();
    expect(filed.statusCode).toBe(201);
    const { number, statusKey } = filed.json();
    const agent = await loginAs(t.app, 'agent1@lingting.demo');
    const found = (await agent.request('GET', `/api/v1/search?q=${number}`)).json().tickets[0];
    expect(found.customerName).toBe('周女士');
    await agent.request('POST', `/api/v1/tickets/${found.id}/messages`, { body: '感谢您的反馈，我们明天上午十点前安排师傅上门。' });
    await agent.request('POST', `/api/v1/tickets/${found.id}/messages`, { body: '内部：联系装维班组', visibility: 'internal' });
    const status = (await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${number}?key=${statusKey}` })).json();
    expect(status).toMatchObject({ number, status: 'open', currentStep: 'listen' });
    expect(status.messages.map((m: { body: string }) => m.body)).toEqual(['约好上午安装，等了一天没人来', '感谢您的反馈，我们明天上午十点前安排师傅上门。']);
    expect(status.messages[1].agent).toEqual({ name: '张晓雯', staffNumber: expect.stringMatching(/^LT\d{4}$/) });
    const reply = await t.app.inject({ method: 'POST', url: `/api/v1/public/tickets/${number}/messages?key=${statusKey}`, payload: { body: '好的，我等师傅' } });
    expect(reply.statusCode).toBe(201);
    const wrongKey = await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${number}?key=not-the-right-key` });
    expect(wrongKey.statusCode).toBe(404);
  });

  it('refuses a wrong answer to the check question, a filled honeypot and a bad phone, with clear messages', async () => {
    const challenge = (await t.app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: { kind: 'complaint', name: '甲', phone: '13800138000', subject: 's', content: 'c', challengeId: challenge.id, challengeAnswer: answer(challenge.question) + 1 } });
    expect(wrong.json().error.code).toBe('challenge_failed');
    const bot = await file({ website: 'http://spam.example' });
    expect(bot.statusCode).toBe(400);
    const phone = await file({ phone: '12345' });
    expect(phone.json().error.code).toBe('invalid_contact');
  });

  it('rate-limits the public form', async () => {
    const limited = await startTestApp(dialect, { publicRequestsPerMinute: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: {} })).statusCode);
      expect(statuses).toEqual([400, 400, 429]);
    } finally {
      await limited.close();
    }
  });

  it('keeps SLA timers across a restart: a breach after the due time is recorded by the job runner', async () => {
    const { number } = (await file({ subject: '超时测试' })).json();
    // Jobs due at once (the customer's risk refresh) run now; only the SLA timers stay in the future.
    await runDueJobs(t.db, new Date(Date.now() + 1000));
    await t.app.close();
    // A new app instance on the same database, as after a restart.
    t.app = await buildApp({ db: t.db, config: { logLevel: 'silent', loginAttemptsPerMinute: 1000, publicRequestsPerMinute: 50 }, serveWeb: false });
    const ticket = await t.db.selectFrom('tickets').select(['id', 'resolution_due_at']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(await runDueJobs(t.db, new Date(Date.now() + 1000))).toBe(0);
    const after = new Date(Date.parse(ticket.resolution_due_at!) + 60_000);
    expect(await runDueJobs(t.db, after)).toBeGreaterThanOrEqual(2);
    const events = await t.db.selectFrom('ticket_events').select('type').where('ticket_id', '=', ticket.id).execute();
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['sla_warning', 'sla_breached']));
    const breached = await t.db.selectFrom('tickets').select('sla_breached_at').where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(breached.sla_breached_at).toBe(after.toISOString());
    expect(await runDueJobs(t.db, after)).toBe(0);
  });
});
