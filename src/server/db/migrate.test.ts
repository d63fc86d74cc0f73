import { describe, expect, it } from 'vitest';
import type { Db } from './create-db.ts';
import { Migrator, type Kysely } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';
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
        'assessment_results',
        'audit_log',
        'case_answers',
        'case_evaluations',
        'case_studies',
        'causes',
        'certificates',
        'coach_rules',
        'company_settings',
        'compensations',
        'course_lessons',
        'course_versions',
        'courses',
        'customer_contacts',
        'customer_tags',
        'customers',
        'departments',
        'follow_ups',
        'interactions',
        'jobs',
        'learning_assignments',
        'learning_path_items',
        'learning_paths',
        'learning_records',
        'lesson_progress',
        'products',
        'purchases',
        'quiz_answers',
        'quiz_attempts',
        'quiz_questions',
        'quizzes',
        'self_care_pins',
        'service_commitments',
        'sessions',
        'simulation_turns',
        'simulations',
        'sla_policies',
        'ticket_attachment_contents',
        'ticket_attachments',
        'ticket_counters',
        'ticket_events',
        'ticket_messages',
        'ticket_tags',
        'ticket_views',
        'tickets',
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

  it('moves an existing database forward without losing its data, as `npm start` after a pull does', async () => {
    const { db, drop } = await createThrowawayDb('sqlite');
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on an untyped database
      const migrator = new Migrator({ db: db as Kysely<any>, provider: { getMigrations: async () => migrations } });
      await migrator.migrateTo('2026-11-22-0001-foundation');
      const now = new Date().toISOString();
      await db.insertInto('departments').values({ name: '客服部', kind: 'service', created_at: now }).execute();
      const applied = await migrateToLatest(db);
      expect(applied[0]).toBe('2026-11-22-0002-customers');
      expect((await db.selectFrom('departments').select('name').execute()).map((d) => d.name)).toEqual(['客服部']);
      expect(await db.selectFrom('service_commitments').select('kind').orderBy('id').execute()).toEqual([{ kind: 'exchange' }, { kind: 'repair' }]);
    } finally {
      await drop();
    }
  });
});
