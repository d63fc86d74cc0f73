import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';
import { runDueJobs } from './jobs.ts';

const record = {
  object: 'product',
  content: '新买的手机屏幕出现黑点，开机后偶尔黑屏',
  purchaseOrServiceTime: '2026-11-01 门店',
  problemTime: '2026-11-20',
  usage: '日常通话和拍照，没有摔过',
  customerRequest: '希望换一台新机',
};

describe.each(testDialects())('tickets and the six steps on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let supervisor: SessionClient;
  let customerId: number;

  const open = async (body: object = {}) => {
    const response = await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject: '手机屏幕黑屏', ...body });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json();
  };
  const step = async (ticket: { id: number; version: number }, body: object) => agent.request('POST', `/api/v1/tickets/${ticket.id}/steps`, { version: ticket.version, ...body });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
    customerId = (await agent.request('POST', '/api/v1/customers', { name: '林晓峰', tier: 'current', contacts: [{ kind: 'phone', value: '13512348888' }] })).json().id;
  });
  afterAll(() => t.close());

  it('opens a phone complaint with a readable number, SLA due times in business hours and the first step', async () => {
    const ticket = await open({ customerMessage: '你们卖的什么破手机！才用了三周就黑屏！' });
    expect(ticket.number).toMatch(/^TS-\d{8}-\d{4}$/);
    expect(ticket).toMatchObject({ status: 'open', currentStep: 'listen', ownerName: '张晓雯', customerName: '林晓峰' });
    expect(ticket.steps).toMatchObject({ current: 'listen', completed: [], missing: ['heard_out'] });
    expect(ticket.sla.policyName).toContain('投诉');
    expect(Date.parse(ticket.sla.resolutionDueAt)).toBeGreaterThan(Date.parse(ticket.sla.firstResponseDueAt));
    expect(ticket.messages[0]).toMatchObject({ authorKind: 'customer', visibility: 'public' });
    const timeline = (await agent.request('GET', `/api/v1/customers/${customerId}/timeline`)).json().items;
    expect(timeline[0]).toMatchObject({ kind: 'ticket', summary: '手机屏幕黑屏' });
  });

  it('creates the customer on the fly during phone intake', async () => {
    const ticket = (await agent.request('POST', '/api/v1/tickets', { kind: 'inquiry', channel: 'phone', newCustomer: { name: '来电客户', phone: '13966667777' }, subject: '咨询套餐' })).json();
    expect(ticket.customerName).toBe('来电客户');
    expect(ticket.steps).toBeNull();
    const missing = await agent.request('POST', '/api/v1/tickets', { kind: 'inquiry', channel: 'phone', subject: '没有客户' });
    expect(missing.json().error.details.fields[0]).toEqual({ field: 'customerId', message: '请选择客户，或填写新客户的姓名。' });
  });

  it('guides a complaint through all six steps to closing and a follow-up three days later', async () => {
    let ticket = await open();
    ticket = (await step(ticket, { action: 'listen' })).json();
    expect(ticket.steps.current).toBe('apologise');
    ticket = (await step(ticket, { action: 'apologise' })).json();
    const noKinds = await step(ticket, { action: 'ask', questionKinds: [] });
    expect(noKinds.statusCode).toBe(400);
    ticket = (await step(ticket, { action: 'ask', questionKinds: ['targeted', 'clarifying'] })).json();
    expect(ticket.steps).toMatchObject({ current: 'record', missing: ['object', 'content', 'purchaseOrServiceTime', 'problemTime', 'usage', 'customerRequest'] });
    const early = await step(ticket, { action: 'close', customerAccepted: true });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('record_fields_missing');
    expect(early.json().error.message).toContain('投诉对象');
    ticket = (await agent.request('PATCH', `/api/v1/tickets/${ticket.id}`, { version: ticket.version, record })).json();
    expect(ticket.steps.current).toBe('resolve');
    ticket = (await step(ticket, { action: 'resolve', type: 'exchange', summary: '按30天包换为客户更换新机', commitAt: new Date(Date.now() + 86400_000).toISOString(), customerInformed: true })).json();
    expect(ticket).toMatchObject({ status: 'resolved', currentStep: 'close' });
    ticket = (await step(ticket, { action: 'close', customerAccepted: true })).json();
    expect(ticket.status).toBe('closed');
    expect(ticket.steps.finished).toBe(true);
    expect(ticket.followUps).toHaveLength(1);
    const days = (Date.parse(ticket.followUps[0].dueAt) - Date.parse(ticket.closedAt)) / 86400_000;
    expect(days).toBeCloseTo(3, 5);
    const edit = await agent.request('PATCH', `/api/v1/tickets/${ticket.id}`, { version: ticket.version, subject: '改不了' });
    expect(edit.json().error.code).toBe('ticket_closed');
  });

  it('skips a step only with a reason long enough, visible in the history', async () => {
    const ticket = await open();
    const short = await step(ticket, { action: 'skip', step: 'listen', reason: '忙' });
    expect(short.json().error.code).toBe('step_reason_too_short');
    const skipped = (await step(ticket, { action: 'skip', step: 'listen', reason: '客户来电只要求查询进度' })).json();
    expect(skipped.steps.skipped).toEqual([{ step: 'listen', reason: '客户来电只要求查询进度' }]);
    expect(skipped.events.map((e: { type: string }) => e.type)).toContain('step_skipped');
    const wrong = await step(skipped, { action: 'skip', step: 'record', reason: '不是当前步骤哦' });
    expect(wrong.json().error.code).toBe('step_not_current');
  });

  it('detects concurrent edits by version and tells the second writer', async () => {
    const ticket = await open();
    const first = await agent.request('PATCH', `/api/v1/tickets/${ticket.id}`, { version: ticket.version, priority: 'high' });
    expect(first.statusCode).toBe(200);
    const second = await supervisor.request('PATCH', `/api/v1/tickets/${ticket.id}`, { version: ticket.version, priority: 'low' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ticket_version_conflict');
    expect((await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json().priority).toBe('high');
  });

  it('routes a product issue to R&D, whose member answers internally and sees only their department', async () => {
    const ticket = await open();
    const other = await open({ subject: '其他工单' });
    const departments = (await agent.request('GET', '/api/v1/departments')).json();
    const rnd = departments.find((d: { name: string }) => d.name === '研发部');
    const routed = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/route`, { version: ticket.version, departmentId: rnd.id, note: '请研发确认屏幕批次问题' })).json();
    expect(routed).toMatchObject({ status: 'pending_department', departmentName: '研发部' });
    const member = await loginAs(t.app, 'rnd@lingting.demo');
    const queue = (await member.request('GET', '/api/v1/tickets?queue=department')).json().items;
    expect(queue.map((q: { id: number }) => q.id)).toEqual([ticket.id]);
    expect((await member.request('GET', `/api/v1/tickets/${other.id}`)).statusCode).toBe(404);
    const answered = (await member.request('POST', `/api/v1/tickets/${ticket.id}/messages`, { body: '该批次屏幕排线有缺陷，建议直接换机' })).json();
    expect(answered.status).toBe('open');
    expect(answered.messages.at(-1)).toMatchObject({ authorKind: 'department', visibility: 'internal', authorName: '孙研发' });
  });

  it('escalates to the supervisors queue and back', async () => {
    const ticket = await open({ difficultType: 'boss_demanding' });
    const escalated = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/escalate`, { version: ticket.version, reason: '客户坚持要求主管处理' })).json();
    expect(escalated.status).toBe('escalated');
    const queue = (await supervisor.request('GET', '/api/v1/tickets?queue=escalated')).json().items.map((i: { id: number }) => i.id);
    expect(queue).toContain(ticket.id);
    expect((await agent.request('POST', `/api/v1/tickets/${ticket.id}/de-escalate`, { version: escalated.version })).statusCode).toBe(403);
    const back = (await supervisor.request('POST', `/api/v1/tickets/${ticket.id}/de-escalate`, { version: escalated.version, takeOwnership: true })).json();
    expect(back).toMatchObject({ status: 'open', ownerName: '李主管' });
  });

  it('grants compensation within the agent authority and waits for a supervisor beyond it', async () => {
    const ticket = await open();
    const small = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/compensations`, { type: 'voucher', amount: 100, description: '话费券' })).json();
    expect(small.compensations[0].status).toBe('approved');
    const big = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/compensations`, { type: 'refund', amount: 800, description: '部分退款' })).json();
    expect(big.compensations[1].status).toBe('pending');
    const pending = (await supervisor.request('GET', '/api/v1/compensations/pending')).json();
    const id = pending.find((p: { ticketId: number }) => p.ticketId === ticket.id).id;
    expect((await agent.request('POST', `/api/v1/compensations/${id}/decision`, { approve: true })).statusCode).toBe(403);
    expect((await supervisor.request('POST', `/api/v1/compensations/${id}/decision`, { approve: true, note: '同意' })).statusCode).toBe(200);
    expect((await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json().compensations[1]).toMatchObject({ status: 'approved', decisionNote: '同意' });
  });

  it('reopens the ticket at the resolve step when the follow-up finds the customer unsatisfied', async () => {
    let ticket = await open({ kind: 'grievance', record });
    for (const action of [{ action: 'listen' }, { action: 'apologise' }, { action: 'ask', questionKinds: ['open'] }]) ticket = (await step(ticket, action)).json();
    ticket = (await step(ticket, { action: 'resolve', type: 'repair', summary: '安排检修', commitAt: new Date().toISOString(), customerInformed: true })).json();
    ticket = (await step(ticket, { action: 'close', customerAccepted: false, reason: '客户表示再观察几天' })).json();
    expect(ticket.status).toBe('closed');
    const followUp = (await agent.request('GET', '/api/v1/follow-ups')).json().find((f: { ticketId: number }) => f.ticketId === ticket.id);
    expect(followUp.number).toBe(ticket.number);
    await agent.request('POST', `/api/v1/follow-ups/${followUp.id}/outcome`, { outcome: 'not_satisfied', note: '问题又出现了' });
    const reopened = (await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json();
    expect(reopened).toMatchObject({ status: 'open', currentStep: 'resolve' });
    expect(reopened.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['follow_up_done', 'reopened']));
    const again = await agent.request('POST', `/api/v1/follow-ups/${followUp.id}/outcome`, { outcome: 'satisfied' });
    expect(again.json().error.code).toBe('follow_up_done');
  });

  it('finds tickets by one character, a two-character word, a phrase, mixed text, Traditional characters, phone tail and number', async () => {
    const hot = await open({ subject: 'iPhone 15 发烫严重', record: { content: '充电时机身发烫，屏幕出现黑点' } });
    await open({ subject: '宽带经常掉线', record: { content: '晚上网速很慢' } });
    const search = async (q: string) => (await agent.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}`)).json();
    const numbers = async (q: string) => (await search(q)).tickets.map((x: { number: string }) => x.number);
    expect(await numbers('烫')).toContain(hot.number);
    expect(await numbers('黑屏')).not.toContain(hot.number);
    expect(await numbers('黑点')).toContain(hot.number);
    expect(await numbers('屏幕出现黑点')).toContain(hot.number);
    expect(await numbers('iPhone 15 发烫')).toEqual([hot.number]);
    expect(await numbers('發燙')).toContain(hot.number);
    expect(await numbers('掉线')).not.toContain(hot.number);
    expect(await numbers('8888')).toContain(hot.number);
    expect(await numbers(hot.number)).toEqual([hot.number]);
    const result = await search('发烫');
    const hit = result.tickets.find((x: { number: string }) => x.number === hot.number);
    const [start, end] = hit.snippet.highlights[0];
    expect(hit.snippet.text.slice(start, end)).toBe('发烫');
  });

  it('shows open complaints on the customer 360 as a churn-risk reason, and a merge carries the tickets along', async () => {
    const other = (await agent.request('POST', '/api/v1/customers', { name: '林晓峰（重复）', allowDuplicate: true })).json();
    const moved = await open({ customerId: other.id, subject: '重复档案下的投诉' });
    const view = (await agent.request('GET', `/api/v1/customers/${other.id}`)).json();
    expect(view.openTickets.map((x: { number: string }) => x.number)).toEqual([moved.number]);
    expect(view.risk.reasons[0]).toMatchObject({ code: 'open_complaint', detail: { count: 1 } });
    // The stored score the list filters on is refreshed by a job right after the ticket opened.
    await runDueJobs(t.db, new Date(Date.now() + 1000));
    const risky = (await agent.request('GET', '/api/v1/customers?risk=medium&limit=200')).json().items.map((c: { id: number }) => c.id);
    expect(risky).toContain(other.id);
    const merged = await supervisor.request('POST', `/api/v1/customers/${customerId}/merge`, { sourceId: other.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().openTickets.map((x: { number: string }) => x.number)).toContain(moved.number);
    expect((await agent.request('GET', `/api/v1/tickets/${moved.id}`)).json().customerName).toBe('林晓峰');
  });

  it('lists the desk queues with counts', async () => {
    const mine = (await agent.request('GET', '/api/v1/tickets?queue=mine&limit=100')).json();
    expect(mine.items.length).toBeGreaterThan(3);
    expect(mine.items.every((i: { ownerName: string; status: string }) => i.ownerName === '张晓雯' && i.status !== 'closed')).toBe(true);
    const dues = mine.items.map((i: { resolutionDueAt: string }) => i.resolutionDueAt);
    expect(dues).toEqual([...dues].sort());
    const counts = (await agent.request('GET', '/api/v1/desk/counts')).json();
    expect(counts.mine).toBe(mine.items.length);
  });
});

describe.each(testDialects())('supervision of tickets on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let supervisor: SessionClient;
  let customerId: number;
  const open = async (body: object = {}) =>
    (await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject: '要求退全款', ...body })).json();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
    customerId = (await agent.request('POST', '/api/v1/customers', { name: '赵先生' })).json().id;
  });
  afterAll(() => t.close());

  it('assigns, re-prioritises and tags a selection in one transaction, or changes nothing', async () => {
    const a = await open();
    const b = await open();
    const users = (await supervisor.request('GET', '/api/v1/users?q=agent2')).json().items;
    const done = await supervisor.request('POST', '/api/v1/tickets/bulk', { ids: [a.id, b.id], ownerId: users[0].id, priority: 'urgent', addTags: ['批量'] });
    expect(done.json()).toEqual({ updated: 2 });
    for (const id of [a.id, b.id]) expect((await agent.request('GET', `/api/v1/tickets/${id}`)).json()).toMatchObject({ ownerName: '陈志强', priority: 'urgent', tags: ['批量'] });
    const partial = await supervisor.request('POST', '/api/v1/tickets/bulk', { ids: [a.id, 999999], priority: 'low' });
    expect(partial.statusCode).toBe(404);
    expect((await agent.request('GET', `/api/v1/tickets/${a.id}`)).json().priority).toBe('urgent');
    const nothing = await supervisor.request('POST', '/api/v1/tickets/bulk', { ids: [a.id] });
    expect(nothing.statusCode).toBe(400);
  });

  it('flags a policy for review once enough requests cite it as unreasonable', async () => {
    for (let i = 0; i < 5; i++) {
      const ticket = await open();
      await agent.request('PUT', `/api/v1/tickets/${ticket.id}/unreasonable`, { policy: '过了七天无理由退货期仍要求退货' });
    }
    const other = await open();
    await agent.request('PUT', `/api/v1/tickets/${other.id}/unreasonable`, { policy: '要求营业厅24小时营业' });
    const flags = (await supervisor.request('GET', '/api/v1/policy-flags')).json();
    expect(flags).toEqual([
      { policy: '过了七天无理由退货期仍要求退货', count: 5, flagged: true, threshold: 5 },
      { policy: '要求营业厅24小时营业', count: 1, flagged: false, threshold: 5 },
    ]);
  });

  it('lets a supervisor evaluate a closed difficult case once', async () => {
    const ticket = await open({ kind: 'inquiry', difficultType: 'talkative' });
    const closed = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/steps`, { version: ticket.version, action: 'close', customerAccepted: true })).json();
    expect(closed.status).toBe('closed');
    const pending = (await supervisor.request('GET', '/api/v1/evaluations/pending')).json();
    expect(pending.map((p: { id: number }) => p.id)).toContain(ticket.id);
    const body = { scores: { listening: 5, language: 4, resolution: 4, followUp: 3 }, comment: '倾听充分，回访可以更及时' };
    expect((await agent.request('POST', `/api/v1/tickets/${ticket.id}/evaluation`, body)).statusCode).toBe(403);
    expect((await supervisor.request('POST', `/api/v1/tickets/${ticket.id}/evaluation`, body)).statusCode).toBe(201);
    expect((await supervisor.request('POST', `/api/v1/tickets/${ticket.id}/evaluation`, body)).json().error.code).toBe('evaluation_exists');
    expect((await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json().evaluation).toMatchObject({ comment: '倾听充分，回访可以更及时', evaluatorName: '李主管' });
    expect((await supervisor.request('GET', '/api/v1/evaluations/pending')).json().map((p: { id: number }) => p.id)).not.toContain(ticket.id);
  });
});
