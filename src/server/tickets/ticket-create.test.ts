import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';
import { getTicket } from './ticket-detail.service.ts';
import { createTicketDetail, type OpenTicketInput } from './tickets.service.ts';

// Creating a ticket is the desk's busiest write: it is batched on SQLite, indexed without reading back, and
// answered from what it wrote. These tests hold it to what a ticket read back from the database shows.
describe.each(testDialects())('opening tickets on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let admin: SessionClient;
  let actor: Actor;
  let customerId: number;
  const input = (extra: Partial<OpenTicketInput> = {}): OpenTicketInput =>
    ({ kind: 'complaint', channel: 'phone', customerId, subject: '手机充电时发烫', record: {}, severity: 'medium', priority: 'normal', tags: [], ...extra }) as OpenTicketInput;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    admin = await loginAs(t.app, 'admin@lingting.demo');
    actor = await t.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'department_id as departmentId', 'locale', 'time_zone as timeZone'])
      .where('email', '=', 'agent1@lingting.demo')
      .executeTakeFirstOrThrow();
    customerId = (await agent.request('POST', '/api/v1/customers', { name: '欧阳志远', tier: 'current', contacts: [{ kind: 'phone', value: '13800001234' }] })).json().id;
  });
  afterAll(() => t.close());

  it('answers a create with exactly what reading the ticket back shows', async () => {
    const complaint = await createTicketDetail(t.db, actor, input({
      record: { object: 'product', content: '充电十分钟机身就很烫', usage: '日常使用', customerRequest: '希望检测' },
      causeKey: 'product_defect',
      difficultType: 'emotional',
      tags: ['发烫', '安全', '发烫'],
      customerMessage: '新买的手机一充电就烫得拿不住！',
    }));
    expect(complaint).toEqual(await getTicket(t.db, actor, complaint.id));
    expect(complaint.tags).toEqual(['发烫', '安全']);
    const inquiry = await createTicketDetail(t.db, actor, input({ kind: 'inquiry', channel: 'web', subject: '咨询套餐资费' }));
    expect(inquiry).toEqual(await getTicket(t.db, actor, inquiry.id));
    expect(inquiry.steps).toBeNull();
  });

  it('opens tickets that arrive together, each with its history, timeline, search entry and timers; a bad one fails alone', async () => {
    const subjects = ['屏幕闪烁', '无法开机', '信号很差', '电池鼓包', '扬声器无声'];
    const results = await Promise.allSettled([
      ...subjects.map((subject) => createTicketDetail(t.db, actor, input({ subject, customerMessage: `${subject}，请尽快处理` }))),
      createTicketDetail(t.db, actor, input({ customerId: 999_999 })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((results[5] as PromiseRejectedResult).reason).toMatchObject({ statusCode: 400, code: 'customer_not_found' });
    const opened = results.slice(0, 5).map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof createTicketDetail>>>).value);
    const sequences = opened.map((o) => Number(o.number.split('-')[2]));
    expect(new Set(sequences).size).toBe(5);
    expect(Math.max(...sequences) - Math.min(...sequences)).toBe(4);
    const ids = opened.map((o) => o.id);
    const events = await t.db.selectFrom('ticket_events').select(['ticket_id', 'type']).where('ticket_id', 'in', ids).execute();
    expect(events.map((e) => e.type)).toEqual(Array(5).fill('created'));
    const jobs = await t.db.selectFrom('jobs').select(['kind', 'payload']).where('kind', 'like', 'sla_%').execute();
    for (const id of ids) expect(jobs.filter((j) => JSON.parse(j.payload).ticketId === id).map((j) => j.kind).sort()).toEqual(['sla_breach', 'sla_warning']);
    const timeline = (await agent.request('GET', `/api/v1/customers/${customerId}/timeline`)).json().items;
    expect(timeline.map((i: { summary: string }) => i.summary)).toEqual(expect.arrayContaining(subjects));
    const found = (await agent.request('GET', `/api/v1/search?q=${encodeURIComponent('电池鼓包')}`)).json();
    expect(JSON.stringify(found)).toContain(opened[3].number);
    for (const o of opened) expect(o).toEqual(await getTicket(t.db, actor, o.id));
  });

  it('queues the customer risk refresh with the ticket', async () => {
    const before = await t.db.selectFrom('jobs').select('id').where('kind', '=', 'customer_refresh').execute();
    await createTicketDetail(t.db, actor, input());
    const after = await t.db.selectFrom('jobs').select(['id', 'payload']).where('kind', '=', 'customer_refresh').orderBy('id').execute();
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.parse(after.at(-1)!.payload)).toEqual({ customerId });
  });

  it('applies a changed SLA policy to the very next ticket', async () => {
    const first = (await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject: '第一张' })).json();
    const policies = (await admin.request('GET', '/api/v1/sla-policies')).json() as { id: number; name: string; firstResponseMinutes: number }[];
    const policy = policies.find((p) => p.name === first.sla.policyName)!;
    const changed = await admin.request('PUT', `/api/v1/sla-policies/${policy.id}`, { firstResponseMinutes: 60 * 9 * 20, resolutionMinutes: 60 * 9 * 40, warnBeforeMinutes: 30 });
    expect(changed.statusCode).toBe(200);
    const second = (await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject: '第二张' })).json();
    // Twenty business days lie beyond three calendar weeks whatever the weekday today.
    expect(Date.parse(second.sla.firstResponseDueAt)).toBeGreaterThan(Date.parse(first.createdAt) + 21 * 86_400_000);
    expect(Date.parse(first.sla.firstResponseDueAt)).toBeLessThan(Date.parse(first.createdAt) + 21 * 86_400_000);
  });
});
