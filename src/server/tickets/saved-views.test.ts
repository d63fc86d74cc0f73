import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

describe.each(testDialects())('saved views and the ticket list filters on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let supervisor: SessionClient;
  let currentCustomer: number;
  let targetCustomer: number;

  const customer = async (name: string, tier: string, phone: string) =>
    (await agent.request('POST', '/api/v1/customers', { name, tier, contacts: [{ kind: 'phone', value: phone }] })).json().id as number;
  const open = async (customerId: number, subject: string) =>
    (await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject })).json() as { id: number; version: number };
  const list = async (query: string) => ((await agent.request('GET', `/api/v1/tickets?limit=200&${query}`)).json().items as { id: number; subject: string }[]).map((i) => i.id);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
    currentCustomer = await customer('郑先生', 'current', '13600001111');
    targetCustomer = await customer('冯女士', 'target', '13600002222');
  });
  afterAll(() => t.close());

  it('filters by department, customer tier, SLA state and created-at range', async () => {
    const routed = await open(currentCustomer, '电池鼓包');
    const rnd = (await t.db.selectFrom('departments').select('id').where('name', '=', '研发部').executeTakeFirstOrThrow()).id;
    await agent.request('POST', `/api/v1/tickets/${routed.id}/route`, { version: routed.version, departmentId: rnd, note: '请研发确认电池批次' });
    const prospect = await open(targetCustomer, '咨询以旧换新');
    const breached = await open(currentCustomer, '维修超时');
    const dueSoon = await open(currentCustomer, '今天要取机');
    const onTime = await open(currentCustomer, '下周回电');
    const hour = 3600_000;
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    await t.db.updateTable('tickets').set({ queue_due_at: at(-hour) }).where('id', '=', breached.id).execute();
    await t.db.updateTable('tickets').set({ queue_due_at: at(2 * hour) }).where('id', '=', dueSoon.id).execute();
    await t.db.updateTable('tickets').set({ queue_due_at: at(48 * hour) }).where('id', 'in', [onTime.id, routed.id, prospect.id]).execute();
    await t.db.updateTable('tickets').set({ created_at: '2026-01-10T04:00:00.000Z' }).where('id', '=', prospect.id).execute();

    expect(await list(`departmentId=${rnd}`)).toEqual([routed.id]);
    expect(await list('customerTier=target')).toEqual([prospect.id]);
    expect(await list('slaState=breached')).toContain(breached.id);
    expect(await list('slaState=breached')).not.toContain(dueSoon.id);
    expect(await list('slaState=due_soon')).toContain(dueSoon.id);
    expect(await list('slaState=due_soon')).not.toContain(onTime.id);
    const onTimeIds = await list('slaState=on_time');
    expect(onTimeIds).toEqual(expect.arrayContaining([onTime.id, routed.id]));
    expect(onTimeIds).not.toContain(breached.id);
    const january = await list(`createdFrom=${encodeURIComponent('2026-01-10T00:00:00+08:00')}&createdTo=${encodeURIComponent('2026-01-10T23:59:59.999+08:00')}`);
    expect(january).toEqual([prospect.id]);
    // Filters combine, and the keyset pages stay consistent.
    expect(await list(`customerTier=current&slaState=on_time&departmentId=${rnd}`)).toEqual([routed.id]);
    const page = (await agent.request('GET', '/api/v1/tickets?limit=2&customerTier=current')).json();
    const next = (await agent.request('GET', `/api/v1/tickets?limit=2&customerTier=current&cursor=${page.nextCursor}`)).json();
    expect(next.items.map((i: { id: number }) => i.id).every((id: number) => id < page.items[1].id)).toBe(true);
  });

  it("shows the same SLA badge in the list as on the ticket page, by the ticket's own policy's warning time", async () => {
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const ticket = await open(currentCustomer, '两小时后到期');
    const page = (await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json();
    const policies = (await admin.request('GET', '/api/v1/sla-policies')).json() as { id: number; name: string; firstResponseMinutes: number; resolutionMinutes: number }[];
    const policy = policies.find((p) => p.name === page.sla.policyName)!;
    const due = new Date(Date.now() + 2 * 3600_000).toISOString();
    await t.db.updateTable('tickets').set({ resolution_due_at: due, queue_due_at: due }).where('id', '=', ticket.id).execute();
    const badges = async () => {
      const item = ((await agent.request('GET', `/api/v1/tickets?limit=200&customerId=${currentCustomer}`)).json().items as { id: number; slaState: string }[]).find((i) => i.id === ticket.id)!;
      const detail = (await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json();
      return [item.slaState, detail.sla.resolutionState];
    };
    const warnBefore = async (minutes: number) =>
      expect((await admin.request('PUT', `/api/v1/sla-policies/${policy.id}`, { firstResponseMinutes: policy.firstResponseMinutes, resolutionMinutes: policy.resolutionMinutes, warnBeforeMinutes: minutes })).statusCode).toBe(200);
    await warnBefore(180);
    expect(await badges()).toEqual(['warning', 'warning']);
    await warnBefore(60);
    expect(await badges()).toEqual(['ok', 'ok']);
  });

  it('refuses unknown filter values', async () => {
    expect((await agent.request('GET', '/api/v1/tickets?slaState=late')).statusCode).toBe(400);
    expect((await agent.request('GET', '/api/v1/tickets?customerTier=vip')).statusCode).toBe(400);
    const bad = await agent.request('POST', '/api/v1/ticket-views', { name: '坏视图', filters: { colour: 'red' } });
    expect(bad.statusCode).toBe(400);
    const ghost = await agent.request('POST', '/api/v1/ticket-views', { name: '幽灵部门', filters: { departmentId: 99999 } });
    expect(ghost.json().error.code).toBe('department_not_found');
    const cause = await agent.request('POST', '/api/v1/ticket-views', { name: '幽灵原因', filters: { causeKey: 'no_such_cause' } });
    expect(cause.json().error.code).toBe('cause_not_found');
    const range = await agent.request('POST', '/api/v1/ticket-views', { name: '倒序', filters: { createdFrom: '2026-02-01T00:00:00Z', createdTo: '2026-01-01T00:00:00Z' } });
    expect(range.json().error.details.fields[0].message).toBe('创建日期的结束时间不能早于开始时间。');
  });

  it('saves, lists, renames and deletes a private view', async () => {
    const created = await agent.request('POST', '/api/v1/ticket-views', { name: '我的超时投诉', filters: { kind: 'complaint', slaState: 'breached' } });
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ name: '我的超时投诉', shared: false, mine: true, editable: true, ownerName: '张晓雯', filters: { kind: 'complaint', slaState: 'breached' } });
    const duplicate = await agent.request('POST', '/api/v1/ticket-views', { name: '我的超时投诉', filters: {} });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toBe('您已有名为「我的超时投诉」的视图，请换一个名称。');
    const renamed = (await agent.request('PATCH', `/api/v1/ticket-views/${view.id}`, { name: '超时投诉' })).json();
    expect(renamed).toMatchObject({ id: view.id, name: '超时投诉', filters: view.filters });
    expect((await agent.request('GET', '/api/v1/ticket-views')).json().map((v: { name: string }) => v.name)).toContain('超时投诉');

    // Someone else's private view does not exist for anyone else, supervisors included.
    const other = await loginAs(t.app, 'agent2@lingting.demo');
    expect((await other.request('GET', '/api/v1/ticket-views')).json()).toEqual([]);
    expect((await other.request('PATCH', `/api/v1/ticket-views/${view.id}`, { name: '抢来的' })).statusCode).toBe(404);
    expect((await supervisor.request('DELETE', `/api/v1/ticket-views/${view.id}`)).statusCode).toBe(404);

    expect((await agent.request('DELETE', `/api/v1/ticket-views/${view.id}`)).statusCode).toBe(200);
    expect((await agent.request('DELETE', `/api/v1/ticket-views/${view.id}`)).statusCode).toBe(404);
  });

  it('lets only supervisors and admins share a view with the team', async () => {
    const mine = (await agent.request('POST', '/api/v1/ticket-views', { name: '待研发', filters: { status: 'pending_department' } })).json();
    const share = await agent.request('PATCH', `/api/v1/ticket-views/${mine.id}`, { shared: true });
    expect(share.statusCode).toBe(403);
    expect(share.json().error.code).toBe('view_share_forbidden');
    expect((await agent.request('POST', '/api/v1/ticket-views', { name: '团队', filters: {}, shared: true })).statusCode).toBe(403);

    const team = (await supervisor.request('POST', '/api/v1/ticket-views', { name: '团队·今日到期', filters: { slaState: 'due_soon' }, shared: true })).json();
    const seen = (await agent.request('GET', '/api/v1/ticket-views')).json().find((v: { id: number }) => v.id === team.id);
    expect(seen).toMatchObject({ shared: true, mine: false, editable: false, ownerName: '李主管' });
    expect((await agent.request('PATCH', `/api/v1/ticket-views/${team.id}`, { name: '改名' })).json().error.code).toBe('view_not_editable');
    expect((await agent.request('DELETE', `/api/v1/ticket-views/${team.id}`)).statusCode).toBe(403);
    // Another supervisor (the admin) may look after the team's views.
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    expect((await admin.request('PATCH', `/api/v1/ticket-views/${team.id}`, { name: '团队·快到期' })).json().name).toBe('团队·快到期');
    expect((await supervisor.request('PATCH', `/api/v1/ticket-views/${team.id}`, { shared: false })).json().shared).toBe(false);
    expect((await agent.request('GET', '/api/v1/ticket-views')).json().some((v: { id: number }) => v.id === team.id)).toBe(false);
  });

  it('keeps the emotion of the customer\'s latest message on the ticket and the desk list', async () => {
    const ticket = await open(currentCustomer, '信号差');
    const say = (body: string) => agent.request('POST', `/api/v1/tickets/${ticket.id}/messages`, { body, author: 'customer' });
    let detail = (await say('你们的信号太差了！气死我了！')).json();
    expect(detail.customerEmotion).toBe('angry');
    expect(detail.customerEmotionCue).toBeTruthy();
    const row = (await agent.request('GET', '/api/v1/tickets?limit=200')).json().items.find((i: { id: number }) => i.id === ticket.id);
    expect(row).toMatchObject({ customerEmotion: 'angry', customerEmotionCue: detail.customerEmotionCue });
    detail = (await say('麻烦快点，我今天急着用，必须马上解决')).json();
    expect(detail.customerEmotion).toBe('anxious');
    // An agent's reply does not change what the customer feels.
    detail = (await agent.request('POST', `/api/v1/tickets/${ticket.id}/messages`, { body: '非常理解您的心情，我马上为您处理。' })).json();
    expect(detail.customerEmotion).toBe('anxious');
    detail = (await say('好的，谢谢你，请问大概几点能好？')).json();
    expect(detail).toMatchObject({ customerEmotion: 'calm', customerEmotionCue: null });
  });
});
