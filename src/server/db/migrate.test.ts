import { describe, expect, it } from 'vitest';
import type { Db } from './create-db.ts';
import { migrateToLatest } from './migrate.ts';
import { createThrowawayDb } from '../test/test-db.ts';

async function schemaOf(db: Db) {
  const tables = await db.introspection.getTables();
  return tables
    // Search tables are engine-specific by design (FTS5 and its shadow tables vs a tsvector column).
    .filter((t) => !t.name.startsWith('kysely_') && !t.name.includes('_search'))
    .map((t) => ({ table: t.name, // SQLite reports an INTEGER PRIMARY KEY as nullable although it never is.
    columns: t.columns.map((c) => `${c.name}${c.isNullable && c.name !== 'id' ? '?' : ''}`).sort() }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

describe('migrations', () => {
  it('migrate an empty SQLite file to the latest schema, and a second run changes nothing', async () => {
    const { db, drop } = await createThrowawayDb('sqlite');
    try {
      expect((await migrateToLatest(db)).length).toBeGreaterThan(0);
      expect(await migrateToLatest(db)).toEqual([]);
      expect((await schemaOf(db)).map((t) => t.table)).toEqual([
        'api_tokens',
        'audit_log',
        'company_settings',
        'customer_contacts',
        'customer_tags',
        'customers',
        'departments',
        'interactions',
        'products',
        'purchases',
        'service_commitments',
        'sessions',
        'users',
      ]);
    } finally {
      await drop();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('give PostgreSQL the same tables and columns as SQLite', async () => {
    const sqlite = await createThrowawayDb('sqlite');
    const postgres = await createThrowawayDb('postgres');
    try {
      await migrateToLatest(sqlite.db);
      await migrateToLatest(postgres.db);
      expect(await schemaOf(postgres.db)).toEqual(await schemaOf(sqlite.db));
    } finally {
      await sqlite.drop();
      await postgres.drop();
    }
  });
});
