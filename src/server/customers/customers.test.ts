import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/customers/warranty.ts';
import { localDate } from '../../shared/customers/dates.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

const today = () => localDate(new Date(), 'Asia/Shanghai');

describe.each(testDialects())('customer archive on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let supervisor: SessionClient;
  let phoneId: number;
  const create = (client: SessionClient, body: object) => client.request('POST', '/api/v1/customers', body);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
  });
  afterAll(() => t.close());

  it('creates a customer with contacts, tags and segments, owned by its creator and due for contact today', async () => {
    const response = await create(agent, {
      name: '欧阳晓雯',
      tier: 'current',
      level: 'preferred',
      segments: { region: '上海', business: '手机' },
      tags: ['VIP', '老客户'],
      contacts: [
        { kind: 'phone', value: '+86 138-1234-5678' },
        { kind: 'email', value: 'Ouyang@Example.com' },
      ],
    });
    expect(response.statusCode).toBe(201);
    const customer = response.json();
    phoneId = customer.id;
    expect(customer).toMatchObject({ name: '欧阳晓雯', tier: 'current', level: 'preferred', ownerName: '张晓雯', tags: ['VIP', '老客户'], nextContactDueOn: today(), overdue: false, cadenceDays: 7 });
    expect(customer.segments).toMatchObject({ region: '上海', business: '手机', scale: null });
  });

  it('masks phones and emails for agents, shows them to supervisors, and audits a reveal', async () => {
    const asAgent = (await agent.request('GET', `/api/v1/customers/${phoneId}`)).json();
    const phone = asAgent.contacts.find((c: { kind: string }) => c.kind === 'phone');
    expect(phone).toMatchObject({ value: '138****5678', masked: true, primary: true });
    expect(asAgent.contacts.find((c: { kind: string }) => c.kind === 'email').value).toBe('o***@example.com');
    const asSupervisor = (await supervisor.request('GET', `/api/v1/customers/${phoneId}`)).json();
    expect(asSupervisor.contacts.find((c: { kind: string }) => c.kind === 'phone')).toMatchObject({ value: '13812345678', masked: false });
    const revealed = await agent.request('POST', `/api/v1/customers/${phoneId}/contacts/${phone.id}/reveal`);
    expect(revealed.json()).toEqual({ value: '13812345678' });
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const audit = (await admin.request('GET', '/api/v1/audit?action=customer.contact_revealed')).json();
    expect(audit.items[0]).toMatchObject({ actorName: '张晓雯', entityId: String(phoneId) });
  });

  it('detects a duplicate phone or email on create, and creates anyway when confirmed', async () => {
    const duplicate = await create(agent, { name: '欧阳小雯', contacts: [{ kind: 'phone', value: '13812345678' }] });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details.duplicates).toEqual([{ id: phoneId, name: '欧阳晓雯', matchedOn: '13812345678' }]);
    const confirmed = await create(agent, { name: '欧阳小雯', allowDuplicate: true, contacts: [{ kind: 'email', value: 'ouyang@example.com' }] });
    expect(confirmed.statusCode).toBe(201);
  });

  it('names the invalid contact and rejects an unknown tier', async () => {
    const badPhone = await create(agent, { name: '李四', contacts: [{ kind: 'phone', value: '12345' }] });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.message).toBe('contacts.0.value：「12345」不是有效的phone。');
    const badTier = await create(agent, { name: '李四', tier: 'gold' });
    expect(badTier.json().error.details.fields[0].field).toBe('tier');
  });

  it('finds customers by any part of a Chinese name, the last digits of a phone, an email and a serial', async () => {
    const li = (await create(agent, { name: '李建国', contacts: [{ kind: 'phone', value: '13900001111' }] })).json();
    const products = await agent.request('POST', '/api/v1/products', { name: '华为 Mate 60', model: 'ALN-AL00', category: '手机' });
    await agent.request('POST', '/api/v1/purchases', { customerId: li.id, productId: products.json().id, serial: 'imei860000123456', purchasedOn: today() });
    const search = async (q: string) =>
      (await agent.request('GET', `/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items.map((c: { name: string }) => c.name);
    expect(await search('晓雯')).toEqual(['欧阳晓雯']);
    expect(await search('欧阳')).toEqual(['欧阳小雯', '欧阳晓雯']);
    expect(await search('建')).toEqual(['李建国']);
    expect(await search('1111')).toEqual(['李建国']);
    expect(await search('5678')).toEqual(['欧阳晓雯']);
    expect(await search('ouyang@')).toEqual(['欧阳小雯', '欧阳晓雯']);
    expect(await search('IMEI8600')).toEqual(['李建国']);
    expect(await search('王五')).toEqual([]);
  });

  it('shows the warranty state of a purchase at the edges of the exchange window', async () => {
    const customer = (await create(agent, { name: '保修测试', tier: 'current' })).json();
    const product = (await agent.request('POST', '/api/v1/products', { name: '荣耀 X50' })).json();
    const buy = (daysAgo: number) =>
      agent.request('POST', '/api/v1/purchases', { customerId: customer.id, productId: product.id, purchasedOn: addDays(today(), -daysAgo), price: 1999 });
    const lastDay = (await buy(30)).json();
    expect(lastDay.warranty.find((w: { kind: string }) => w.kind === 'exchange')).toMatchObject({ active: true, daysLeft: 0, until: today() });
    const tooLate = (await buy(31)).json();
    expect(tooLate.warranty.find((w: { kind: string }) => w.kind === 'exchange').active).toBe(false);
    expect(tooLate.warranty.find((w: { kind: string }) => w.kind === 'repair')).toMatchObject({ active: true, daysLeft: 334 });
    const view = (await agent.request('GET', `/api/v1/customers/${customer.id}`)).json();
    expect(view.purchases).toHaveLength(2);
    expect(view.value).toBe(3998);
    const future = await buy(-1);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('purchase_in_future');
  });

  it('moves the next contact due day by the cadence of the tier when a call is logged, and lists who is due', async () => {
    const current = (await create(agent, { name: '周现行', tier: 'current' })).json();
    const prospect = (await create(agent, { name: '吴潜在', tier: 'potential' })).json();
    for (const c of [current, prospect]) {
      const logged = await agent.request('POST', `/api/v1/customers/${c.id}/interactions`, { kind: 'call', direction: 'outbound', summary: '回访了解使用情况' });
      expect(logged.statusCode).toBe(201);
    }
    expect((await agent.request('GET', `/api/v1/customers/${current.id}`)).json().nextContactDueOn).toBe(addDays(today(), 7));
    expect((await agent.request('GET', `/api/v1/customers/${prospect.id}`)).json().nextContactDueOn).toBe(addDays(today(), 15));
    const due = (await agent.request('GET', '/api/v1/customers?due=true&ownerId=me&limit=200')).json().items.map((c: { name: string }) => c.name);
    expect(due).toContain('欧阳晓雯');
    expect(due).not.toContain('周现行');
    expect(due).not.toContain('吴潜在');
  });

  it('recomputes due days for everyone when an admin changes the cadence', async () => {
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const changed = await admin.request('PUT', '/api/v1/customers/cadence', { current: 3, prospect: 10, referrer: 30 });
    expect(changed.statusCode).toBe(200);
    const list = (await agent.request('GET', '/api/v1/customers?q=周现行')).json().items;
    expect(list[0].nextContactDueOn).toBe(addDays(today(), 3));
    await admin.request('PUT', '/api/v1/customers/cadence', { current: 7, prospect: 15, referrer: 30 });
  });

  it('shows one timeline, newest first, paginated', async () => {
    const c = (await create(agent, { name: '时间线' })).json();
    for (const summary of ['第一次', '第二次', '第三次']) {
      await agent.request('POST', `/api/v1/customers/${c.id}/interactions`, { kind: 'note', summary });
    }
    const first = (await agent.request('GET', `/api/v1/customers/${c.id}/timeline?limit=2`)).json();
    expect(first.items.map((i: { summary: string }) => i.summary)).toEqual(['第三次', '第二次']);
    expect(first.items[0].actorName).toBe('张晓雯');
    const second = (await agent.request('GET', `/api/v1/customers/${c.id}/timeline?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: { summary: string }) => i.summary)).toEqual(['第一次']);
    expect(second.nextCursor).toBeNull();
  });

  it('merges a duplicate: contacts, purchases, interactions and tags move, the source is gone, the merge is audited', async () => {
    const target = (await create(agent, { name: '合并目标', tags: ['A'], contacts: [{ kind: 'phone', value: '13700000001' }] })).json();
    const source = (await create(agent, { name: '合并来源', tags: ['A', 'B'], contacts: [{ kind: 'email', value: 'merge@example.com' }] })).json();
    const product = (await agent.request('POST', '/api/v1/products', { name: '小米 14' })).json();
    await agent.request('POST', '/api/v1/purchases', { customerId: source.id, productId: product.id, purchasedOn: today() });
    await agent.request('POST', `/api/v1/customers/${source.id}/interactions`, { kind: 'visit', summary: '到店咨询' });
    expect((await agent.request('POST', `/api/v1/customers/${target.id}/merge`, { sourceId: source.id })).statusCode).toBe(403);
    const merged = await supervisor.request('POST', `/api/v1/customers/${target.id}/merge`, { sourceId: source.id });
    expect(merged.statusCode).toBe(200);
    const view = merged.json();
    expect(view.contacts.map((c: { value: string }) => c.value).sort()).toEqual(['13700000001', 'merge@example.com']);
    expect(view.purchases).toHaveLength(1);
    expect(view.tags).toEqual(['A', 'B']);
    const timeline = (await supervisor.request('GET', `/api/v1/customers/${target.id}/timeline`)).json().items.map((i: { kind: string }) => i.kind);
    expect(timeline).toEqual(expect.arrayContaining(['merge', 'visit', 'purchase']));
    expect((await supervisor.request('GET', `/api/v1/customers/${source.id}`)).statusCode).toBe(404);
    expect((await supervisor.request('GET', '/api/v1/customers?q=合并来源')).json().items).toEqual([]);
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const audit = (await admin.request('GET', '/api/v1/audit?action=customer.merged')).json().items[0];
    expect(audit.before.name).toBe('合并来源');
  });

  it('filters by tier, level, segment, tag and risk, and pages with a keyset cursor', async () => {
    const q = (params: string) => agent.request('GET', `/api/v1/customers?${params}`).then((r) => r.json());
    expect((await q('tag=VIP')).items.map((c: { name: string }) => c.name)).toEqual(['欧阳晓雯']);
    expect((await q('segment=region&segmentValue=上海')).items).toHaveLength(1);
    expect((await q('level=preferred')).items.every((c: { level: string }) => c.level === 'preferred')).toBe(true);
    expect((await q('tier=current')).items.every((c: { tier: string }) => c.tier === 'current')).toBe(true);
    expect((await q('risk=high')).items).toEqual([]);
    const page1 = await q('limit=3');
    const page2 = await q(`limit=3&cursor=${page1.nextCursor}`);
    expect(page2.items[0].id).toBeLessThan(page1.items[2].id);
    expect((await q('tier=gold')).error.details.fields[0].field).toBe('tier');
  });
});
