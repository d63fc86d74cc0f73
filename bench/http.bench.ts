import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app.ts';
import { createDb } from '../src/server/db/create-db.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';

const password = 'bench-password-123';

type Run = { name: string; result: autocannon.Result };

function row({ name, result }: Run): string {
  const l = result.latency;
  return `| ${name} | ${Math.round(result.requests.average)} | ${l.p50} | ${l.p97_5} | ${l.p99} | ${result.non2xx} |`;
}

/** Login and health throughput against the real server on loopback (SQLite), as a Markdown section. */
export async function httpBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lingting-bench-'));
  const db = createDb(`sqlite:${join(dir, 'bench.db')}`);
  await migrateToLatest(db);
  await seedDemo(db, password);
  const app = await buildApp({ db, config: { logLevel: 'silent', loginAttemptsPerMinute: 1_000_000 }, serveWeb: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const runs: Run[] = [];
    runs.push({ name: 'GET /api/v1/health', result: await autocannon({ url: `${url}/api/v1/health`, connections: 10, duration: 5 }) });
    runs.push({
      name: 'POST /api/v1/auth/login (argon2)',
      result: await autocannon({
        url: `${url}/api/v1/auth/login`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'agent1@lingting.demo', password }),
        connections: 4,
        duration: 5,
      }),
    });
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent1@lingting.demo', password }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    runs.push({
      name: 'GET /api/v1/auth/me (session cookie)',
      result: await autocannon({ url: `${url}/api/v1/auth/me`, headers: { cookie }, connections: 10, duration: 5 }),
    });
    return [
      '## HTTP round trips (autocannon, loopback, SQLite)',
      '',
      '| request | req/s (mean) | p50 ms | p97.5 ms | p99 ms | non-2xx |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...runs.map(row),
      '',
      'Login is bound by argon2id hashing on purpose; session-authenticated requests are what agents make all day.',
    ].join('\n');
  } finally {
    await app.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
