import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

describe.each(testDialects())('users, departments and the audit log on %s', (dialect) => {
  let t: TestApp;
  let admin: SessionClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await loginAs(t.app, 'admin@lingting.demo');
  });
  afterAll(() => t.close());

  it('creates a user with a temporary password that works once handed over, and audits it', async () => {
    const departments = (await admin.request('GET', '/api/v1/departments')).json();
    const service = departments.find((d: { name: string }) => d.name === '客服部');
    const created = await admin.request('POST', '/api/v1/users', {
      email: 'new.agent@lingting.demo',
      name: '周新人',
      role: 'agent',
      departmentId: service.id,
    });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user).toMatchObject({ email: 'new.agent@lingting.demo', role: 'agent', departmentName: '客服部', active: true });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    const newcomer = await loginAs(t.app, 'new.agent@lingting.demo', temporaryPassword);
    expect((await newcomer.request('GET', '/api/v1/auth/me')).json().name).toBe('周新人');
    const audit = (await admin.request('GET', '/api/v1/audit?action=user.created')).json();
    expect(audit.items[0]).toMatchObject({ actorName: '王管理', entityType: 'user', entityId: String(user.id) });
    expect(audit.items[0].after).toMatchObject({ email: 'new.agent@lingting.demo', role: 'agent' });
  });

  it('names each invalid field in the request language', async () => {
    const response = await admin.request(
      'POST',
      '/api/v1/users',
      { email: 'not-an-email', name: '', role: 'boss' },
      { 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'name', 'role']);
    expect(error.message).toContain('email: Invalid email address');
    const chinese = await admin.request('POST', '/api/v1/users', { email: 'x', name: 'n', role: 'agent' });
    expect(chinese.json().error.message).toContain('提交的内容有误');
  });

  it('refuses a duplicate email and an unknown department', async () => {
    const duplicate = await admin.request('POST', '/api/v1/users', { email: 'AGENT1@lingting.demo', name: '重复', role: 'agent' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toBe('邮箱 agent1@lingting.demo 已被其他用户使用。');
    const ghost = await admin.request('POST', '/api/v1/users', { email: 'g@lingting.demo', name: '幽灵', role: 'agent', departmentId: 9999 });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().error.code).toBe('department_not_found');
  });

  it('changes a role with before and after in the audit log, and deactivation ends the sessions', async () => {
    const agent2 = await loginAs(t.app, 'agent2@lingting.demo');
    const users = (await admin.request('GET', '/api/v1/users?q=agent2')).json().items;
    const id = users[0].id;
    const promoted = await admin.request('PATCH', `/api/v1/users/${id}`, { role: 'supervisor' });
    expect(promoted.json().role).toBe('supervisor');
    const entry = (await admin.request('GET', '/api/v1/audit?action=user.updated')).json().items[0];
    expect(entry.before.role).toBe('agent');
    expect(entry.after).toEqual({ role: 'supervisor' });
    await admin.request('PATCH', `/api/v1/users/${id}`, { active: false });
    expect((await agent2.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'agent2@lingting.demo', password: 'test-password-123' } });
    expect(login.statusCode).toBe(401);
  });

  it('keeps an admin from locking themselves out', async () => {
    const me = (await admin.request('GET', '/api/v1/auth/me')).json();
    const response = await admin.request('PATCH', `/api/v1/users/${me.id}`, { active: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('cannot_change_self');
  });

  it('pages through users with a keyset cursor', async () => {
    const first = (await admin.request('GET', '/api/v1/users?limit=3')).json();
    expect(first.items).toHaveLength(3);
    const second = (await admin.request('GET', `/api/v1/users?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeGreaterThan(first.items[2].id);
    const roles = (await admin.request('GET', '/api/v1/users?role=trainer')).json().items.map((u: { role: string }) => u.role);
    expect(roles).toEqual(['trainer']);
  });

  it('resets a password: the old one stops working and the new one is shown once', async () => {
    const users = (await admin.request('GET', '/api/v1/users?q=inspector')).json().items;
    const reset = await admin.request('POST', `/api/v1/users/${users[0].id}/reset-password`);
    const { temporaryPassword } = reset.json();
    await expect(loginAs(t.app, 'inspector@lingting.demo')).rejects.toThrow(/failed/);
    await expect(loginAs(t.app, 'inspector@lingting.demo', temporaryPassword)).resolves.toBeDefined();
  });

  it('manages departments: refuses a duplicate name and deleting one that has members', async () => {
    const created = await admin.request('POST', '/api/v1/departments', { name: '质量部', kind: 'production' });
    expect(created.statusCode).toBe(201);
    const duplicate = await admin.request('POST', '/api/v1/departments', { name: '质量部', kind: 'other' });
    expect(duplicate.statusCode).toBe(409);
    const rnd = (await admin.request('GET', '/api/v1/departments')).json().find((d: { name: string }) => d.name === '研发部');
    expect(rnd.memberCount).toBe(1);
    const refused = await admin.request('DELETE', `/api/v1/departments/${rnd.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('1 名成员');
    expect((await admin.request('DELETE', `/api/v1/departments/${created.json().id}`)).statusCode).toBe(200);
  });
});
