import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

const base = '/api/v1/academy/assessments';
const awareness = `${base}/service-awareness`;
const orientation = `${base}/service-orientation`;

/** Twenty answers: `fill` everywhere, with the given 1-based items overridden. */
function answers(fill: number, overrides: Record<number, number> = {}): number[] {
  return Array.from({ length: 20 }, (_, i) => overrides[i + 1] ?? fill);
}

describe.each(testDialects())('academy self-assessments API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let agent2: SessionClient;
  let trainer: SessionClient;
  let supervisor: SessionClient;
  let admin: SessionClient;
  let inspector: SessionClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, agent2, trainer, supervisor, admin, inspector] = await Promise.all(
      ['agent1', 'agent2', 'trainer', 'supervisor', 'admin', 'inspector'].map((name) => loginAs(t.app, `${name}@lingting.demo`)),
    );
  });
  afterAll(() => t.close());

  it('lists both assessments with 20 items, bilingual texts and the default tolerance 0', async () => {
    const response = await agent.request('GET', base);
    expect(response.statusCode).toBe(200);
    const list = response.json();
    expect(list.tolerance).toBe(0);
    expect(list.assessments.map((a: { key: string }) => a.key)).toEqual(['service-awareness', 'service-orientation']);
    const [aw, or] = list.assessments;
    expect(aw.items).toHaveLength(20);
    expect(aw.items[0].text['zh-CN']).toBeTruthy();
    expect(aw.consistencyItems).toEqual([3, 11, 12]);
    expect(aw.scaleLabels).toHaveLength(5);
    expect(or.items[19].negative.en).toBeTruthy();
    expect(or.items[19].positive['zh-CN']).toBeTruthy();
  });

  it('refuses anonymous callers', async () => {
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `${awareness}/score`, payload: { answers: answers(3) } })).statusCode).toBe(401);
  });

  it.each([
    ['service-awareness', 60, 'basic'],
    ['service-awareness', 61, 'good'],
    ['service-awareness', 80, 'good'],
    ['service-awareness', 81, 'very-high'],
    ['service-orientation', 49, 'may-not-suit'],
    ['service-orientation', 50, 'train-interpersonal'],
    ['service-orientation', 80, 'train-interpersonal'],
    ['service-orientation', 81, 'excellent'],
  ])('%s: a total of %i is band %s', async (key, total, band) => {
    // Lowest answer everywhere, then raise items one by one (never 3, 11 or 12) until the total is reached.
    const [min, max] = key === 'service-awareness' ? [1, 5] : [0, 5];
    const list = answers(min);
    let left = total - min * 20;
    for (let i = 0; left > 0; i++) {
      if ([2, 10, 11].includes(i)) continue;
      const step = Math.min(max - min, left);
      list[i] += step;
      left -= step;
    }
    const response = await inspector.request('POST', `${base}/${key}/score`, { answers: list });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ total, band, flags: [] });
  });

  it('flags items 3, 11 and 12 answered differently, within the tolerance set by a trainer', async () => {
    const uneven = answers(4, { 3: 5, 11: 4, 12: 3 });
    expect((await agent2.request('POST', `${awareness}/score`, { answers: uneven })).json()).toEqual({ total: 80, band: 'good', flags: ['inconsistent'] });
    expect((await agent.request('PUT', `${base}/settings`, { tolerance: 2 })).statusCode).toBe(403);
    expect((await supervisor.request('PUT', `${base}/settings`, { tolerance: 2 })).statusCode).toBe(403);
    expect((await trainer.request('PUT', `${base}/settings`, { tolerance: 2 })).json()).toEqual({ tolerance: 2 });
    expect((await agent2.request('POST', `${awareness}/score`, { answers: uneven })).json().flags).toEqual([]);
    expect((await admin.request('PUT', `${base}/settings`, { tolerance: 0 })).statusCode).toBe(200);
    expect((await agent2.request('GET', base)).json().tolerance).toBe(0);
  });

  it('answers 400 naming the item, in the request language', async () => {
    const short = await agent.request('POST', `${awareness}/score`, { answers: answers(3).slice(0, 19) }, { 'accept-language': 'en' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'assessment_answer_missing', details: { item: 20 } });
    expect(short.json().error.message).toContain('Item 20');

    const long = await agent.request('POST', `${awareness}/score`, { answers: [...answers(3), 3] });
    expect(long.json().error).toMatchObject({ code: 'assessment_answer_extra', details: { item: 21 } });
    expect(long.json().error.message).toContain('第 21 题');

    const zero = await agent.request('POST', `${awareness}/score`, { answers: answers(3, { 7: 0 }) }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error).toMatchObject({ code: 'assessment_answer_out_of_range', details: { item: 7 } });
    expect(zero.json().error.message).toContain('第 7 题');

    const six = await agent.request('POST', `${orientation}/score`, { answers: answers(2, { 15: 6 }) }, { 'accept-language': 'en-US' });
    expect(six.json().error.message).toBe('Item 15 has the invalid answer 6; it must be a whole number from 0 to 5.');

    const half = await agent.request('POST', `${orientation}/score`, { answers: answers(2, { 2: 2.5 }) });
    expect(half.json().error).toMatchObject({ code: 'assessment_answer_out_of_range', details: { item: 2 } });

    const unknown = await agent.request('POST', `${base}/patience/score`, { answers: answers(3) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('assessment_not_found');
    expect((await agent.request('POST', `${awareness}/score`, { answers: 'all fives' })).statusCode).toBe(400);
  });

  it("stores each scoring for the person and returns only the person's own history, oldest first", async () => {
    const before = (await agent.request('GET', `${awareness}/results`)).json().length;
    await agent.request('POST', `${awareness}/score`, { answers: answers(2) });
    await agent.request('POST', `${awareness}/score`, { answers: answers(5, { 11: 4 }) });
    const history = (await agent.request('GET', `${awareness}/results`)).json();
    expect(history.length).toBe(before + 2);
    expect(history.slice(-2)).toMatchObject([
      { total: 40, band: 'basic', flags: [], answers: answers(2) },
      { total: 99, band: 'very-high', flags: ['inconsistent'] },
    ]);
    expect(history.at(-1).createdAt).toEqual(expect.any(String));
    const others = (await trainer.request('GET', `${awareness}/results`)).json();
    expect(others).toEqual([]);
    expect((await agent.request('GET', `${base}/nope/results`)).statusCode).toBe(404);
    // A failed scoring stores nothing.
    await agent.request('POST', `${awareness}/score`, { answers: [1] });
    expect((await agent.request('GET', `${awareness}/results`)).json().length).toBe(before + 2);
  });

  it('gives trainers, supervisors and admins the team view; agents and inspectors are refused', async () => {
    for (const client of [agent, inspector]) expect((await client.request('GET', `${orientation}/team`)).statusCode).toBe(403);
    await agent.request('POST', `${orientation}/score`, { answers: answers(1) });
    await agent.request('POST', `${orientation}/score`, { answers: answers(5) });
    await agent2.request('POST', `${orientation}/score`, { answers: answers(3, { 1: 5 }) });
    for (const client of [trainer, supervisor, admin]) {
      const response = await client.request('GET', `${orientation}/team`);
      expect(response.statusCode).toBe(200);
      const team = response.json();
      // The inspector scored in an earlier test; each person counts once, with their latest result.
      const byName = Object.fromEntries(team.people.map((p: { name: string; total: number }) => [p.name, p.total]));
      expect(byName['张晓雯']).toBe(100);
      expect(byName['陈志强']).toBe(62);
      expect(team.respondents).toBe(team.people.length);
      const counts = Object.fromEntries(team.bands.map((b: { band: string; count: number }) => [b.band, b.count]));
      expect(counts.excellent).toBeGreaterThanOrEqual(1);
      expect(counts['train-interpersonal']).toBeGreaterThanOrEqual(1);
      expect(team.bands.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(team.respondents);
      expect(team.items).toHaveLength(20);
    }
  });

  it('averages each item over the latest result of each person', async () => {
    // A fresh database view: only the awareness results of this test's people matter, so compute from them.
    const team = (await trainer.request('GET', `${awareness}/team`)).json();
    expect(team.items[0]).toEqual({ number: 1, average: expect.any(Number) });
    const latest = await Promise.all(
      [agent, agent2, inspector].map(async (c) => (await c.request('GET', `${awareness}/results`)).json().at(-1)?.answers as number[] | undefined),
    );
    const present = latest.filter((a): a is number[] => a !== undefined);
    expect(team.respondents).toBe(present.length);
    const expected = Math.round((present.reduce((s, a) => s + a[10], 0) / present.length) * 100) / 100;
    expect(team.items[10].average).toBe(expected);
  });
});
