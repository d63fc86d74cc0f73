import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type DialectName, type Db } from '../db/create-db.ts';

/** The engines API tests run on: SQLite always, PostgreSQL too when `TEST_DATABASE_URL` is set. */
export function testDialects(): DialectName[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A throwaway empty database: an SQLite file in a temp folder, or a fresh PostgreSQL database. */
export type ThrowawayDb = { db: Db; url: string; drop: () => Promise<void> };

/** Creates a throwaway database on `dialect`; `drop` closes and deletes it. */
export async function createThrowawayDb(dialect: DialectName): Promise<ThrowawayDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lingting-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const db = createDb(url);
    // The checkpoint thread closes its own connection just after destroy returns, and SQLite may still be removing
    // the -wal and -shm files then: retry the removal instead of failing on a directory caught mid-cleanup.
    return { db, url, drop: async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }); } };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `lingting_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      await withClient(adminUrl, (client) => dropWhenFree(client, name));
    },
  };
}

// The pool's sockets may still be closing when `destroy` resolves; waiting for them beats forcing them shut,
// which makes their half-closed clients report an unhandled error.
async function dropWhenFree(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
