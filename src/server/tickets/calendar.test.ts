import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

describe.each(testDialects())('business calendar on %s', (dialect) => {
  let t: TestApp;
  let admin: SessionClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t.app, 'admin@lingting.demo');
  });
  afterAll(() => t.close());

  it('starts with Mon–Fri 09:00–18:00 and China’s 2026 holidays, and lets an admin enter holidays that move SLA due times', async () => {
    const calendar = (await admin.request('GET', '/api/v1/sla-calendar')).json();
    expect(calendar).toMatchObject({ timeZone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
    expect(calendar.holidays).toContain('2026-10-01');
    // Make every day of the coming fortnight a holiday: a new ticket's due time must move beyond it.
    const today = new Date();
    const days = Array.from({ length: 14 }, (_, i) => new Date(today.getTime() + i * 86_400_000).toISOString().slice(0, 10));
    const saved = await admin.request('PUT', '/api/v1/sla-calendar', { ...calendar, holidays: [...calendar.holidays, ...days] });
    expect(saved.statusCode).toBe(200);
    const agent = await loginAs(t.app, 'agent1@lingting.demo');
    const customer = (await agent.request('POST', '/api/v1/customers', { name: '日历客户' })).json();
    const ticket = (await agent.request('POST', '/api/v1/tickets', { kind: 'inquiry', channel: 'phone', customerId: customer.id, subject: '节假日测试' })).json();
    expect(Date.parse(ticket.sla.firstResponseDueAt)).toBeGreaterThan(today.getTime() + 12 * 86_400_000);
    const audit = (await admin.request('GET', '/api/v1/audit?action=sla_calendar.updated')).json();
    expect(audit.items).toHaveLength(1);
  });

  it('refuses a bad calendar with the field named, and refuses non-admins', async () => {
    const bad = await admin.request('PUT', '/api/v1/sla-calendar', { timeZone: 'Asia/Shanghai', workdays: [1], start: '18:00', end: '09:00', holidays: ['2026-13-01'], extraWorkdays: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('holidays.0');
    const supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
    expect((await supervisor.request('PUT', '/api/v1/sla-calendar', {})).statusCode).toBe(403);
  });
});
