import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { DialectName, Db } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { ensureTicketDefaults } from '../tickets/ticket-defaults.ts';
import { createThrowawayDb } from './test-db.ts';

/** The password of every demo user in tests. */
export const testPassword = 'test-password-123';

/** A running app on a throwaway, migrated, demo-seeded database. */
export type TestApp = { app: FastifyInstance; db: Db; close: () => Promise<void> };

/** Starts the real app (in-process, `app.inject`) on a fresh database of `dialect`. */
export async function startTestApp(dialect: DialectName, options: { loginAttemptsPerMinute?: number; publicRequestsPerMinute?: number } = {}): Promise<TestApp> {
  const { db, drop } = await createThrowawayDb(dialect);
  await migrateToLatest(db);
  await ensureTicketDefaults(db);
  await seedDemo(db, testPassword);
  const app = await buildApp({
    db,
    config: { logLevel: process.env.TEST_LOG ?? 'silent', loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1000, publicRequestsPerMinute: options.publicRequestsPerMinute ?? 1000 },
    serveWeb: false,
  });
  await app.ready();
  return { app, db, close: async () => { await app.close(); await drop(); } };
}

type Body = InjectOptions['payload'];

/** A browser-like client: keeps cookies and sends the CSRF token on writes, as the web client does. */
export type SessionClient = {
  csrfToken: string;
  cookies: Record<string, string>;
  request: (method: InjectOptions['method'], url: string, body?: Body, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

/** Logs in through the API and returns a client carrying that session. */
export async function loginAs(app: FastifyInstance, email: string, password = testPassword): Promise<SessionClient> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.body}`);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const client: SessionClient = {
    csrfToken: response.json().csrfToken,
    cookies,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        payload: body,
        cookies: client.cookies,
        headers: method === 'GET' ? headers : { 'x-csrf-token': client.csrfToken, ...headers },
      }),
  };
  return client;
}

/** Creates a personal API token for a demo user through the API and returns it. */
export async function tokenFor(app: FastifyInstance, email: string): Promise<string> {
  const client = await loginAs(app, email);
  const response = await client.request('POST', '/api/v1/tokens', { name: 'test' });
  if (response.statusCode !== 201) throw new Error(`token for ${email} failed: ${response.body}`);
  return response.json().token;
}
