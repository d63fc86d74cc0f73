import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';

// On an SQLite file the desk's new tickets open on the intake thread, with its own connection, while every other
// request reads and writes on the main thread. These tests hold the two together.
describe('the ticket intake thread (SQLite file)', () => {
  let t: TestApp;
  let agent: SessionClient;
  let admin: SessionClient;
  let customerId: number;
  const complaint = (subject: string) => ({ kind: 'complaint', channel: 'phone', customerId, subject, customerMessage: `${subject}，请尽快处理` });

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    admin = await loginAs(t.app, 'admin@lingting.demo');
    customerId = (await agent.request('POST', '/api/v1/customers', { name: '线程客户', tier: 'current' })).json().id;
  });
  afterAll(() => t.close());

  it('opens tickets on its own connection while the main thread writes to the same file', async () => {
    const first = (await agent.request('POST', '/api/v1/tickets', complaint('首单'))).json();
    // Creates on the intake thread race updates and notes on the main thread's connection.
    const responses = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => agent.request('POST', '/api/v1/tickets', complaint(`并发工单${i}`))),
      ...Array.from({ length: 6 }, (_, i) => agent.request('POST', `/api/v1/tickets/${first.id}/messages`, { body: `内部记录${i}`, visibility: 'internal' })),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([...Array(12).fill(201), ...Array(6).fill(201)]);
    const numbers = responses.slice(0, 12).map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(12);
    const page = (await agent.request('GET', `/api/v1/tickets?customerId=${customerId}&limit=50`)).json();
    expect(page.items).toHaveLength(13);
    const detail = (await agent.request('GET', `/api/v1/tickets/${first.id}`)).json();
    expect(detail.messages.filter((m: { visibility: string }) => m.visibility === 'internal')).toHaveLength(6);
  });

  it('answers a refused ticket in the request language, with its status and code', async () => {
    const missing = await agent.request('POST', '/api/v1/tickets', { ...complaint('不存在的客户'), customerId: 999_999 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('customer_not_found');
    expect(missing.json().error.message).toMatch(/客户/);
    const english = await agent.request('POST', '/api/v1/tickets', { ...complaint('unknown cause'), causeKey: 'no_such_cause' }, { 'accept-language': 'en' });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.code).toBe('cause_not_found');
    expect(english.json().error.message).toMatch(/cause/i);
  });

  it('uses an SLA policy changed after the thread cached the old one', async () => {
    const before = (await agent.request('POST', '/api/v1/tickets', complaint('改规则前'))).json();
    const policies = (await admin.request('GET', '/api/v1/sla-policies')).json() as { id: number; name: string; firstResponseMinutes: number; resolutionMinutes: number; warnBeforeMinutes: number }[];
    const policy = policies.find((p) => p.name === before.sla.policyName)!;
    const changed = await admin.request('PUT', `/api/v1/sla-policies/${policy.id}`, { firstResponseMinutes: policy.firstResponseMinutes * 10, resolutionMinutes: policy.resolutionMinutes * 10, warnBeforeMinutes: policy.warnBeforeMinutes });
    expect(changed.statusCode).toBe(200);
    const after = (await agent.request('POST', '/api/v1/tickets', complaint('改规则后'))).json();
    // Nine times more business minutes lie between the two due times, and a business minute is at least a minute.
    const moved = Date.parse(after.sla.firstResponseDueAt) - Date.parse(before.sla.firstResponseDueAt);
    expect(moved).toBeGreaterThanOrEqual(9 * policy.firstResponseMinutes * 60_000 - 60_000);
  });
});
