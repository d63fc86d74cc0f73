import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, testPassword, tokenFor, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

describe.each(testDialects())('auth on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { loginAttemptsPerMinute: 5 });
  });
  afterAll(() => t.close());

  it('logs in with email and password, sets an httpOnly SameSite=Lax session cookie, and knows the user', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: ' Agent1@Lingting.demo ', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'lingting_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { lingting_session: session.value } });
    expect(me.json()).toMatchObject({
      email: 'agent1@lingting.demo',
      name: '张晓雯',
      role: 'agent',
      department: { name: '客服部' },
      locale: 'zh-CN',
    });
  });

  it('gives one generic message for a wrong password and an unknown email, in the request language', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'agent2@lingting.demo', password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@lingting.demo', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error).toEqual({ code: 'invalid_credentials', message: '邮箱或密码不正确。' });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { email: 'nobody@lingting.demo', password: 'x' },
    });
    expect(english.json().error.message).toBe('The email or password is incorrect.');
  });

  it('rate-limits repeated login attempts for the same address and email', async () => {
    const attempt = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'trainer@lingting.demo', password: 'guess' } });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json().error.code).toBe('too_many_requests');
    expect(limited.json().error.message).toMatch(/尝试次数过多/);
  });

  it('ends the session on logout', async () => {
    const client = await loginAs(t.app, 'inspector@lingting.demo');
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    const me = await client.request('GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('unauthenticated');
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with the token', async () => {
    const client = await loginAs(t.app, 'supervisor@lingting.demo');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      cookies: client.cookies,
      payload: { name: 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_invalid');
    const wrongToken = await client.request('POST', '/api/v1/tokens', { name: 'x' }, { 'x-csrf-token': 'not-a-token' });
    expect(wrongToken.statusCode).toBe(403);
    const genuine = await client.request('POST', '/api/v1/tokens', { name: 'genuine' });
    expect(genuine.statusCode).toBe(201);
  });

  it('authenticates integrations with a personal API token, without CSRF, until it is revoked', async () => {
    const token = await tokenFor(t.app, 'admin@lingting.demo');
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json().email).toBe('admin@lingting.demo');
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/departments', headers: bearer, payload: { name: '售后部', kind: 'service' } });
    expect(write.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer });
    const id = list.json().find((tk: { lastUsedAt: string | null }) => tk.lastUsedAt !== null).id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: bearer })).json().revokedAt).not.toBeNull();
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('lets a user change their language and time zone, and rejects an unknown time zone', async () => {
    const client = await loginAs(t.app, 'agent2@lingting.demo');
    const changed = await client.request('PATCH', '/api/v1/auth/me', { locale: 'en', timeZone: 'Europe/Berlin' });
    expect(changed.json()).toMatchObject({ locale: 'en', timeZone: 'Europe/Berlin' });
    const bad = await client.request('PATCH', '/api/v1/auth/me', { timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Mars/Olympus');
  });

  it('changes a password only when the current one is given, and the new one works', async () => {
    const client = await loginAs(t.app, 'rnd@lingting.demo');
    const wrong = await client.request('POST', '/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'a-new-password-1' });
    expect(wrong.json().error.code).toBe('wrong_password');
    const ok = await client.request('POST', '/api/v1/auth/password', { currentPassword: testPassword, newPassword: 'a-new-password-1' });
    expect(ok.statusCode).toBe(200);
    await expect(loginAs(t.app, 'rnd@lingting.demo', 'a-new-password-1')).resolves.toBeDefined();
  });
});
