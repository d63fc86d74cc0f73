import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannedQin } from '../../shared/coach/company-rule.fixture.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

type FindingJson = { category: string; severity: string; start: number; end: number; ruleId: string };

describe.each(testDialects())('language coach API on %s', (dialect) => {
  let t: TestApp;
  let admin: SessionClient;
  let agent: SessionClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t.app, 'admin@lingting.demo');
    agent = await loginAs(t.app, 'agent1@lingting.demo');
  });
  afterAll(() => t.close());

  const reply = async (client: SessionClient, text: string, headers?: Record<string, string>) =>
    client.request('POST', '/api/v1/coach/reply', { text }, headers);

  it('gives a polite reply no error or warning', async () => {
    const response = await reply(agent, '感谢您的耐心等待，我已经为您办理好了，预计明天上午到账，还有其他需要我帮忙的吗？');
    expect(response.statusCode).toBe(200);
    const findings: FindingJson[] = response.json().findings;
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });

  it('flags a bare refusal with offsets into the text, explained in the request language', async () => {
    const text = '对不起，这个我们不能退。';
    const response = await reply(agent, text, { 'accept-language': 'en' });
    const refusal = (response.json().findings as (FindingJson & { message: string })[]).find((f) => f.category === 'refusal');
    expect(refusal).toMatchObject({ severity: 'error' });
    expect(text.slice(refusal!.start, refusal!.end)).toBe('不能');
    expect(refusal!.message).toMatch(/[a-z]/);
  });

  it('refuses empty text naming the field, and text over 10,000 characters as text_too_long', async () => {
    const empty = await reply(agent, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'text_empty', details: { field: 'text' } });
    expect(empty.json().error.message).toContain('text');
    const long = await reply(agent, '好'.repeat(10_001), { 'accept-language': 'en' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('text_too_long');
    expect(long.json().error.message).toContain('longer than 10000 characters');
    const zh = await reply(agent, '好'.repeat(10_001));
    expect(zh.json().error.message).toContain('超过了 10000 个字符');
    expect((await reply(agent, '好'.repeat(10_000))).statusCode).toBe(200);
    const missing = await agent.request('POST', '/api/v1/coach/reply', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].field).toBe('text');
  });

  it('reads a customer message, repetition from history included', async () => {
    const response = await agent.request('POST', '/api/v1/coach/customer', { text: '叫你们经理出来！我要投诉！' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ emotion: 'angry', customerType: 'boss_demanding' });
    expect(response.json().cues.length).toBeGreaterThan(0);
    const repeated = await agent.request('POST', '/api/v1/coach/customer', {
      text: '我的宽带从周一开始每天晚上都断网，已经报修三次了',
      history: ['我的宽带从周一开始每天晚上都断网，已经报修三次了，还没人来修'],
    });
    expect(repeated.json().cues.map((c: { kind: string }) => c.kind)).toContain('repetition');
    const empty = await agent.request('POST', '/api/v1/coach/customer', { text: '' });
    expect(empty.json().error).toMatchObject({ code: 'text_empty', details: { field: 'text' } });
  });

  it('scores a conversation and names an empty message by its index', async () => {
    const response = await agent.request('POST', '/api/v1/coach/conversation', {
      messages: [
        { author: 'customer', text: '我的手机屏幕突然不亮了。' },
        { author: 'agent', text: '您好，感谢您告诉我们，给您添麻烦了，非常抱歉。请问是哪一天开始的？' },
        { author: 'agent', text: '我会在明天中午前给您回电话。还有其他需要我帮忙的吗？祝您生活愉快。' },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.steps.apologise).toMatchObject({ evidenced: true, thankedFirst: true });
    expect(body.voices.greeting).toBe(true);
    expect(body.score).toBeGreaterThan(50);
    const bad = await agent.request('POST', '/api/v1/coach/conversation', {
      messages: [{ author: 'agent', text: '您好' }, { author: 'customer', text: '' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('messages.1.text');
    const none = await agent.request('POST', '/api/v1/coach/conversation', { messages: [] });
    expect(none.json().error.code).toBe('validation_failed');
  });

  it('lists the canned-reply library, by scenario', async () => {
    const all = (await agent.request('GET', '/api/v1/coach/canned-replies')).json();
    expect(all.length).toBeGreaterThan(10);
    const closes = (await agent.request('GET', '/api/v1/coach/canned-replies?scenario=close')).json();
    expect(closes.length).toBeGreaterThan(0);
    expect(closes.every((c: { scenario: string }) => c.scenario === 'close')).toBe(true);
    expect((await agent.request('GET', '/api/v1/coach/canned-replies?scenario=nonsense')).statusCode).toBe(400);
  });

  it('requires a signed-in user', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/coach/reply', payload: { text: '您好' } });
    expect(response.statusCode).toBe(401);
  });

  it('round-trips a company rule: saved, audited, applied to replies, changed and deleted', async () => {
    const before = await reply(agent, '亲，您的订单已经发货了。');
    expect((before.json().findings as FindingJson[]).some((f) => f.ruleId.startsWith('company.'))).toBe(false);

    const created = await admin.request('POST', '/api/v1/coach/rules', bannedQin);
    expect(created.statusCode).toBe(201);
    const rule = created.json();
    expect(rule).toMatchObject({ kind: 'banned', phrase: '亲', active: true, positiveExamples: bannedQin.positiveExamples });

    const text = '亲，您的订单已经发货了。';
    const findings: FindingJson[] = (await reply(agent, text)).json().findings;
    const hit = findings.find((f) => f.ruleId === `company.${rule.id}`);
    expect(hit).toMatchObject({ category: 'rude', severity: 'warning' });
    expect(text.slice(hit!.start, hit!.end)).toBe('亲');

    const listed = (await agent.request('GET', '/api/v1/coach/rules')).json();
    expect(listed.map((r: { id: number }) => r.id)).toContain(rule.id);

    const audit = (await admin.request('GET', '/api/v1/audit?action=coach_rule.created')).json();
    expect(audit.items[0]).toMatchObject({ entityType: 'coach_rule', entityId: String(rule.id) });

    const paused = await admin.request('PUT', `/api/v1/coach/rules/${rule.id}`, { ...bannedQin, active: false });
    expect(paused.json().active).toBe(false);
    const afterPause: FindingJson[] = (await reply(agent, text)).json().findings;
    expect(afterPause.some((f) => f.ruleId === `company.${rule.id}`)).toBe(false);
    expect((await admin.request('GET', '/api/v1/audit?action=coach_rule.updated')).json().items[0].before.active).toBe(true);

    expect((await admin.request('DELETE', `/api/v1/coach/rules/${rule.id}`)).statusCode).toBe(200);
    expect((await admin.request('DELETE', `/api/v1/coach/rules/${rule.id}`)).json().error.code).toBe('coach_rule_not_found');
    expect((await admin.request('GET', '/api/v1/audit?action=coach_rule.deleted')).json().items).toHaveLength(1);
  });

  it('applies a preferred-phrase rule to replies that lack the phrase', async () => {
    const created = await admin.request('POST', '/api/v1/coach/rules', {
      ...bannedQin,
      kind: 'preferred',
      phrase: '您好',
      category: 'negative_framing',
      severity: 'hint',
      positiveExamples: ['订单已经发货了。'],
      negativeExamples: ['您好，订单已经发货了。'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const findings: FindingJson[] = (await reply(agent, '订单已经发货了。')).json().findings;
    expect(findings.find((f) => f.ruleId === `company.${id}`)).toMatchObject({ start: 0, end: 8, severity: 'hint' });
    await admin.request('DELETE', `/api/v1/coach/rules/${id}`);
  });

  it('refuses a rule that fails its own examples, naming the example, and saves nothing', async () => {
    const positive = await admin.request('POST', '/api/v1/coach/rules', { ...bannedQin, positiveExamples: ['您好，订单已发货。'] }, { 'accept-language': 'en' });
    expect(positive.statusCode).toBe(400);
    expect(positive.json().error.code).toBe('coach_rule_positive_missed');
    expect(positive.json().error.message).toContain('"您好，订单已发货。"');
    const negative = await admin.request('POST', '/api/v1/coach/rules', { ...bannedQin, negativeExamples: ['亲，在吗？'] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.code).toBe('coach_rule_negative_flagged');
    expect(negative.json().error.message).toContain('「亲，在吗？」');
    expect(negative.json().error.details.failures[0]).toMatchObject({ example: '亲，在吗？', expected: 'no_match' });
    const invalid = await admin.request('POST', '/api/v1/coach/rules', { ...bannedQin, positiveExamples: [], category: 'boring' });
    expect(invalid.json().error.code).toBe('validation_failed');
    expect((await admin.request('GET', '/api/v1/coach/rules')).json()).toEqual([]);
  });

  it("counts a company rule in the findings stored with an agent's reply on a ticket", async () => {
    const rule = (await admin.request('POST', '/api/v1/coach/rules', bannedQin)).json();
    const customer = (await agent.request('POST', '/api/v1/customers', { name: '规则客户' })).json();
    const ticket = (await agent.request('POST', '/api/v1/tickets', { kind: 'inquiry', channel: 'web', customerId: customer.id, subject: '快递查询' })).json();
    const sent = await agent.request('POST', `/api/v1/tickets/${ticket.id}/messages`, { body: '亲，您的快递明天送到。', visibility: 'public' });
    expect(sent.statusCode).toBe(201);
    const stored = (await agent.request('GET', `/api/v1/tickets/${ticket.id}`)).json().messages.at(-1);
    expect((stored.findings as FindingJson[]).find((f) => f.ruleId === `company.${rule.id}`)).toMatchObject({ category: 'rude', start: 0, end: 1 });
    await admin.request('DELETE', `/api/v1/coach/rules/${rule.id}`);
  });

  it('lets only admins write rules', async () => {
    const created = await agent.request('POST', '/api/v1/coach/rules', bannedQin);
    expect(created.statusCode).toBe(403);
    const supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
    expect((await supervisor.request('PUT', '/api/v1/coach/rules/1', bannedQin)).statusCode).toBe(403);
    expect((await supervisor.request('DELETE', '/api/v1/coach/rules/1')).statusCode).toBe(403);
    expect((await supervisor.request('GET', '/api/v1/coach/rules')).statusCode).toBe(200);
  });
});
