import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { createDb } from '../src/server/db/create-db.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { generateTickets } from '../src/server/demo/generate-tickets.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { ensureTicketDefaults } from '../src/server/tickets/ticket-defaults.ts';
import { autocannonInChild } from './load-process.ts';
import { budgetRow, cpuPerOperation, threadCpuMs, timeRuns } from './stats.ts';

const scale = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const password = 'bench-password-123';

/** Tickets at scale on SQLite: creation throughput at concurrency 32, queue page, ticket page, Chinese search. */
export async function ticketsBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lingting-bench-tickets-'));
  const db = createDb(`sqlite:${join(dir, 'bench.db')}`);
  try {
    await migrateToLatest(db);
    await ensureTicketDefaults(db);
    await seedDemo(db, password, { customers: 20_000 });
    const start = performance.now();
    await generateTickets(db, { count: scale });
    const generateSeconds = (performance.now() - start) / 1000;
    const app = await buildApp({ db, config: { logLevel: 'silent', loginAttemptsPerMinute: 1000 }, serveWeb: false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'agent1@lingting.demo', password } });
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    const token = (await app.inject({ method: 'POST', url: '/api/v1/tokens', cookies, headers: { 'x-csrf-token': login.json().csrfToken }, payload: { name: 'bench' } })).json().token as string;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const customer = await db.selectFrom('customers').select('id').orderBy('id').executeTakeFirstOrThrow();
    const body = JSON.stringify({ kind: 'complaint', channel: 'phone', customerId: customer.id, subject: '手机充电时发烫', customerMessage: '新买的手机一充电就很烫，我很担心安全问题' });
    // Sustained throughput: the first creates load jieba's dictionary and warm the JIT, which a running server has done long ago.
    for (let i = 0; i < 200; i++) await app.inject({ method: 'POST', url: '/api/v1/tickets', headers, payload: body });
    const cpuBefore = threadCpuMs();
    const create = await autocannonInChild({
      url: `${url}/api/v1/tickets`,
      method: 'POST',
      headers,
      body,
      connections: 32,
      duration: 10,
    });
    const cpu = cpuPerOperation(cpuBefore, threadCpuMs(), create.requests.total);
    const get = async (path: string) => {
      const response = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.body}`);
    };
    const busy = await db.selectFrom('tickets').select('id').where('queue_due_at', 'is not', null).orderBy('id').limit(1).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db.insertInto('ticket_messages').values(Array.from({ length: 45 }, (_, i) => ({ ticket_id: busy.id, author_kind: i % 2 ? ('agent' as const) : ('customer' as const), author_id: null, visibility: 'public' as const, body: `第${i + 6}条消息：请尽快处理我的问题，谢谢。`, findings: null, created_at: now }))).execute();
    const sample = await db.selectFrom('tickets').select('number').orderBy('id', 'desc').limit(50).execute();
    const queries = ['黑屏', '屏幕出现黑点', '烫', 'iPhone 15 发烫', '掉线', '扣费异常'];
    const enc = encodeURIComponent;
    const rows = [
      budgetRow('agent queue page (mine, sorted by SLA due, 50 rows)', await timeRuns(300, () => get('/api/v1/tickets?queue=mine')), 15),
      budgetRow('ticket page with 50 messages', await timeRuns(300, () => get(`/api/v1/tickets/${busy.id}`)), 20),
      budgetRow('search: word, phrase, one character, mixed', await timeRuns(300, (i) => get(`/api/v1/search?q=${enc(queries[i % queries.length])}`)), 50),
      budgetRow('search: ticket number', await timeRuns(100, (i) => get(`/api/v1/search?q=${sample[i % sample.length].number}`)), 50),
    ];
    await app.close();
    const l = create.latency;
    return [
      `## Tickets (SQLite, ${scale.toLocaleString('en')} generated tickets with ${(scale * 5).toLocaleString('en')} messages)`,
      '',
      `Generated in ${generateSeconds.toFixed(1)} s (\`lingting generate --tickets N\`).`,
      '',
      `Creating tickets through the API over loopback at concurrency 32 for 10 s (autocannon in its own process, after 200 warm-up creates): **${Math.round(create.requests.average)} per second**, latency p50 ${l.p50} ms, p99 ${l.p99} ms, ${create.non2xx} non-2xx (budget: ≥ 1,000/s with p99 under 50 ms).`,
      '',
      `CPU per created ticket: main thread (HTTP, sign-in, validation, the answer) ${cpu.main.toFixed(2)} ms, ticket intake thread ${cpu.busiest.toFixed(2)} ms, all other threads (garbage collection, WAL checkpoints) ${cpu.rest.toFixed(2)} ms.`,
      '',
      '| request | runs | p50 ms | p95 ms | p99 ms | budget p95 ms | verdict |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
    ].join('\n');
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
