import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannedQin } from '../../../shared/coach/company-rule.fixture.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../../test/test-app.ts';
import { testDialects } from '../../test/test-db.ts';

const base = '/api/v1/academy/simulations';

const goodEmotional = [
  '您好，谢谢您告诉我这件事，我非常理解您的心情，真的很抱歉给您添了麻烦。',
  '为了尽快帮您处理，请问您是哪天买的手机？',
  '您的意思是手机买了五天，通话时屏幕就黑了，已经来了两次，对吗？',
  '我马上为您换一台新机，今天下午五点前就能办好，您看可以吗？',
  '感谢您的理解，还有什么可以帮您的吗？祝您生活愉快，再见。',
];

describe.each(testDialects())('academy simulator API on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let agent2: SessionClient;
  let trainer: SessionClient;
  let inspector: SessionClient;
  let rnd: SessionClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    [agent, agent2, trainer, inspector, rnd] = await Promise.all(
      ['agent1', 'agent2', 'trainer', 'inspector', 'rnd'].map((name) => loginAs(t.app, `${name}@lingting.demo`)),
    );
  });
  afterAll(() => t.close());

  async function start(client: SessionClient, persona = 'emotional', scenario = 'black-screen') {
    const response = await client.request('POST', base, { persona, scenario });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: number; mood: number; opening: { 'zh-CN': string } };
  }

  it('lists the seven personas with their scenarios to every staff role', async () => {
    for (const client of [agent, inspector, rnd]) {
      const response = await client.request('GET', `${base}/personas`);
      expect(response.statusCode).toBe(200);
      const list = response.json();
      expect(list.personas.map((p: { key: string }) => p.key)).toEqual(['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky', 'mild']);
      expect(list.personas[0].scenarios.length).toBeGreaterThanOrEqual(3);
      expect(list.maxMessageLength).toBe(2000);
    }
    expect((await t.app.inject({ method: 'GET', url: `${base}/personas` })).statusCode).toBe(401);
  });

  it('plays a good conversation with the emotional persona to acceptance, then debriefs and records learning', async () => {
    const sim = await start(agent);
    expect(sim.mood).toBe(80);
    expect(sim.opening['zh-CN']).toContain('黑屏');
    let last;
    for (const text of goodEmotional) {
      const response = await agent.request('POST', `${base}/${sim.id}/messages`, { text });
      expect(response.statusCode, response.body).toBe(200);
      last = response.json();
    }
    expect(last.status).toBe('finished');
    expect(last.outcome).toBe('accepted');
    expect(last.turns).toHaveLength(5);
    expect(last.turns[3].reaction).toBe('accept');
    expect(last.debrief.score).toBe(last.score);
    expect(last.score).toBeGreaterThanOrEqual(90);
    expect(last.debrief.steps.every((s: { achieved: boolean }) => s.achieved)).toBe(true);
    expect(last.debrief.moodCurve).toEqual([80, ...last.turns.map((turn: { mood: number }) => turn.mood)]);
    expect(last.debrief.playbook.name['zh-CN']).toBe('情绪失控型');
    const records = await t.db.selectFrom('learning_records').select(['kind', 'ref', 'score', 'passed']).where('user_id', '=', last.userId).execute();
    expect(records).toEqual([{ kind: 'simulation', ref: 'emotional', score: last.score, passed: 1 }]);

    const again = await agent.request('POST', `${base}/${sim.id}/messages`, { text: '您好' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('simulation_finished');
    expect(again.json().error.message).toContain('已经结束');
    // Ending a finished simulation changes nothing.
    const ended = await agent.request('POST', `${base}/${sim.id}/end`);
    expect(ended.json()).toMatchObject({ outcome: 'accepted', score: last.score });
  });

  it('shows findings with better wording after a denial, and the mood rises', async () => {
    const sim = await start(agent);
    await agent.request('POST', `${base}/${sim.id}/messages`, { text: goodEmotional[0] });
    const response = await agent.request('POST', `${base}/${sim.id}/messages`, { text: '你别激动，听我说。' }, { 'accept-language': 'en' });
    const body = response.json();
    const [first, second] = body.turns;
    expect(second.mood).toBeGreaterThan(first.mood);
    expect(second.findings[0]).toMatchObject({ category: 'denying_emotion' });
    expect(second.findings[0].suggestion['zh-CN']).toContain('理解');
    expect(second.findings[0].suggestion.en).toBeTruthy();

    const ended = (await agent.request('POST', `${base}/${sim.id}/end`)).json();
    expect(ended).toMatchObject({ status: 'finished', outcome: 'ended' });
    expect(ended.debrief.findings[0]).toMatchObject({ turn: 2, category: 'denying_emotion', excerpt: expect.stringContaining('别激动') });
    expect(ended.debrief.passed).toBe(false);
    const failed = await t.db.selectFrom('learning_records').select(['ref', 'passed']).where('score', '=', ended.score).where('kind', '=', 'simulation').execute();
    expect(failed).toContainEqual({ ref: 'emotional', passed: 0 });
  });

  it("judges a trainee's message by the company's own phrase rules too", async () => {
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const created = await admin.request('POST', '/api/v1/coach/rules', { ...bannedQin, severity: 'error' });
    expect(created.statusCode, created.body).toBe(201);
    const ruleId = `company.${created.json().id}`;
    const [withPhrase, without] = [await start(agent), await start(agent)];
    const hit = (await agent.request('POST', `${base}/${withPhrase.id}/messages`, { text: `亲，${goodEmotional[0]}` })).json();
    const clean = (await agent.request('POST', `${base}/${without.id}/messages`, { text: goodEmotional[0] })).json();
    expect(hit.turns[0].findings).toContainEqual(expect.objectContaining({ ruleId, category: 'rude', severity: 'error' }));
    expect(clean.turns[0].findings.some((f: { ruleId: string }) => f.ruleId === ruleId)).toBe(false);
    // Mood is how upset the customer is: the banned phrase leaves them more upset than the same words without it.
    expect(hit.turns[0].mood).toBeGreaterThan(clean.turns[0].mood);
    expect((await admin.request('DELETE', `/api/v1/coach/rules/${created.json().id}`)).statusCode).toBe(200);
  });

  it('refuses bad input with clear messages', async () => {
    const sim = await start(agent, 'mild', 'sim-activation');
    const empty = await agent.request('POST', `${base}/${sim.id}/messages`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('请输入要对客户说的话');
    const long = await agent.request('POST', `${base}/${sim.id}/messages`, { text: '您好'.repeat(1001) }, { 'accept-language': 'en' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toContain('2,000');
    expect((await agent.request('POST', base, { persona: 'villain', scenario: 'x' })).statusCode).toBe(400);
    const unknown = await agent.request('POST', base, { persona: 'mild', scenario: 'black-screen' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('simulation_scenario_unknown');
    expect((await agent.request('GET', `${base}/999999`)).statusCode).toBe(404);
  });

  it("hides someone else's simulation from peers, and lets only its owner practise in it", async () => {
    const sim = await start(agent2, 'picky', 'scratched-box');
    for (const [method, url, body] of [
      ['GET', `${base}/${sim.id}`, undefined],
      ['POST', `${base}/${sim.id}/messages`, { text: '您好' }],
      ['POST', `${base}/${sim.id}/end`, undefined],
    ] as const) {
      const response = await agent.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('simulation_not_found');
    }
    // A trainer reads it but may not play it.
    expect((await trainer.request('GET', `${base}/${sim.id}`)).statusCode).toBe(200);
    expect((await trainer.request('POST', `${base}/${sim.id}/messages`, { text: '您好' })).statusCode).toBe(404);
  });

  it('lists my simulations by keyset, and the team list only for trainers, supervisors and admins', async () => {
    const mine = await agent.request('GET', `${base}?limit=2`);
    expect(mine.statusCode).toBe(200);
    const page1 = mine.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items.every((s: { userId: number; userName: string }) => s.userName === '张晓雯')).toBe(true);
    const page2 = (await agent.request('GET', `${base}?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.length).toBeGreaterThan(0);
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);
    const onlyPicky = (await agent2.request('GET', `${base}?persona=picky`)).json();
    expect(onlyPicky.items.map((s: { persona: string }) => s.persona)).toEqual(['picky']);

    expect((await agent.request('GET', `${base}/team`)).statusCode).toBe(403);
    expect((await inspector.request('GET', `${base}/team`)).statusCode).toBe(403);
    const team = (await trainer.request('GET', `${base}/team`)).json();
    expect(new Set(team.items.map((s: { userName: string }) => s.userName))).toEqual(new Set(['张晓雯', '陈志强']));
    const one = (await trainer.request('GET', `${base}/team?userId=${page1.items[0].userId}`)).json();
    expect(one.items.every((s: { userName: string }) => s.userName === '张晓雯')).toBe(true);
  });
});
