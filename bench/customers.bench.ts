import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../src/shared/customers/dates.ts';
import { buildApp } from '../src/server/app.ts';
import { createDb } from '../src/server/db/create-db.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { generateCustomers } from '../src/server/demo/demo-customers.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { seedCustomers } from '../src/server/demo/seed-customers.ts';
import { budgetRow, timeRuns } from './stats.ts';

const scale = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

function importCsv(rows: number): string {
  const lines = ['姓名,手机,地区,客户类型,标签'];
  generateCustomers(rows, 991).forEach((c, i) => {
    lines.push(`${c.name},199${String(i).padStart(8, '0')},${c.segments.region},现行,${c.tags.join(';')}`);
  });
  return lines.join('\n');
}

/** Customer archive at 10^6 customers on SQLite: search, 360, filtered list (p95 budgets) and a 100k import. */
export async function customersBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lingting-bench-customers-'));
  const db = createDb(`sqlite:${join(dir, 'bench.db')}`);
  try {
    await migrateToLatest(db);
    await seedDemo(db, 'bench-password-123');
    const owners = (await db.selectFrom('users').select('id').where('role', '=', 'agent').execute()).map((u) => u.id);
    let start = performance.now();
    await db.transaction().execute((trx) => seedCustomers(trx, 'sqlite', { count: scale, seed: 1, ownerIds: owners, today: localDate(new Date(), 'Asia/Shanghai'), refresh: false }));
    const seedSeconds = (performance.now() - start) / 1000;
    const app = await buildApp({ db, config: { logLevel: 'silent', loginAttemptsPerMinute: 1000 }, serveWeb: false });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'supervisor@lingting.demo', password: 'bench-password-123' } });
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    const csrf = login.json().csrfToken as string;
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url, cookies });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
      return response;
    };
    const sample = await db.selectFrom('customers').innerJoin('customer_contacts', 'customer_contacts.customer_id', 'customers.id').select(['customers.id', 'customers.name', 'customer_contacts.value']).where('customer_contacts.kind', '=', 'phone').where('customers.id', 'in', Array.from({ length: 300 }, (_, i) => 1 + Math.floor((i * scale) / 300))).execute();
    const pick = <T>(items: T[], i: number) => items[(i * 7919) % items.length];
    const enc = encodeURIComponent;
    const regions = ['北京', '上海', '广州', '深圳', '杭州', '成都'];
    const filters = (i: number) => [`tier=current&segment=region&segmentValue=${enc(regions[i % 6])}`, `level=preferred&risk=low`, `tag=VIP`, `ownerId=me&due=true`, `segment=business&segmentValue=${enc('宽带')}&tier=target`][i % 5];
    const rows = [
      budgetRow('search by phone tail (4 digits)', await timeRuns(300, (i) => get(`/api/v1/customers?q=${pick(sample, i).value.slice(-4)}`)), 20),
      budgetRow('search by part of a name (2 characters)', await timeRuns(300, (i) => get(`/api/v1/customers?q=${enc([...pick(sample, i).name].slice(-2).join(''))}`)), 20),
      budgetRow('customer 360', await timeRuns(300, (i) => get(`/api/v1/customers/${pick(sample, i).id}`)), 20),
      budgetRow('filtered list page (50 rows)', await timeRuns(300, (i) => get(`/api/v1/customers?${filters(i)}`)), 30),
    ];
    const csv = Buffer.from(importCsv(importRows)).toString('base64');
    start = performance.now();
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/customers/import',
      cookies,
      headers: { 'x-csrf-token': csrf },
      payload: { filename: 'bench.csv', contentBase64: csv, mapping: { name: '姓名', phone: '手机', region: '地区', tier: '客户类型', tags: '标签' }, dryRun: false },
    });
    const importSeconds = (performance.now() - start) / 1000;
    const importedCount = imported.json().imported;
    await app.close();
    return [
      `## Customer archive (SQLite, ${scale.toLocaleString('en')} customers)`,
      '',
      `Generated ${scale.toLocaleString('en')} customers with contacts, tags, purchases and calls in ${seedSeconds.toFixed(1)} s. Requests go through the full HTTP stack in-process (\`app.inject\`) with a supervisor session.`,
      '',
      '| request | runs | p50 ms | p95 ms | p99 ms | budget p95 ms | verdict |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
      `Import of ${importRows.toLocaleString('en')} CSV rows (parse, validate, duplicate check against the archive, one transaction): ${importSeconds.toFixed(1)} s for ${importedCount} customers (budget: under 60 s).`,
    ].join('\n');
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
