import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/schemas/common.ts';
import { startTestApp, tokenFor, type TestApp } from '../test/test-app.ts';

const emailOf: Record<Role, string> = {
  admin: 'admin@lingting.demo',
  supervisor: 'supervisor@lingting.demo',
  agent: 'agent1@lingting.demo',
  inspector: 'inspector@lingting.demo',
  trainer: 'trainer@lingting.demo',
  department_member: 'rnd@lingting.demo',
};

// Walks every registered API route: anonymous callers and callers of a role the route does not list are refused.
describe('role checks on every route', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    for (const role of roles) tokens[role] = await tokenFor(t.app, emailOf[role]);
  });
  afterAll(() => t.close());

  it('has routes registered, each with a declared access', () => {
    expect(t.app.routeCatalog.length).toBeGreaterThan(10);
    expect(t.app.routeCatalog.map((r) => `${r.method} ${r.url}`)).toContain('GET /api/v1/audit');
  });

  it('refuses anonymous requests to every route that is not public', async () => {
    for (const route of t.app.routeCatalog.filter((r) => r.access !== 'public')) {
      const response = await t.app.inject({ method: route.method as 'GET', url: route.url.replace(/:\w+/g, '1'), payload: {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses every role a route does not list, and lets listed roles past the check', async () => {
    const limited = t.app.routeCatalog.filter((r) => Array.isArray(r.access));
    expect(limited.length).toBeGreaterThan(5);
    for (const route of limited) {
      for (const role of roles) {
        const allowed = (route.access as readonly Role[]).includes(role);
        // An event stream never ends for an admitted caller; realtime.test.ts covers it.
        if (allowed && route.url.endsWith('/stream')) continue;
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: route.url.replace(/:\w+/g, '999999'),
          headers: { authorization: `Bearer ${tokens[role]}` },
          payload: {},
        });
        if (allowed) expect(response.statusCode, `${role} ${route.method} ${route.url}`).not.toBe(403);
        else expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });
});
