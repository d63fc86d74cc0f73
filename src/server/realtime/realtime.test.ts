import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, tokenFor, type TestApp } from '../test/test-app.ts';

describe('live desk updates', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('streams an event to an open desk when another agent changes a ticket', async () => {
    const token = await tokenFor(t.app, 'agent2@lingting.demo');
    const controller = new AbortController();
    const stream = await fetch(`${url}/api/v1/desk/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const agent = await loginAs(t.app, 'agent1@lingting.demo');
    const customer = (await agent.request('POST', '/api/v1/customers', { name: '实时客户' })).json();
    const ticket = (await agent.request('POST', '/api/v1/tickets', { kind: 'inquiry', channel: 'phone', customerId: customer.id, subject: '实时测试' })).json();
    let received = '';
    while (!received.includes('event: ticket')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain(`data: {"id":${ticket.id}}`);
    controller.abort();
  });

  it('refuses the stream to a role without a desk', async () => {
    const token = await tokenFor(t.app, 'trainer@lingting.demo');
    const response = await fetch(`${url}/api/v1/desk/stream`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
  });
});
