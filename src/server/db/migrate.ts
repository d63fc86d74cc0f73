import { Migrator, type Kysely } from 'kysely';
import type { Db } from './create-db.ts';
import { migrations } from './migrations/index.ts';

/** Brings the database up to the latest migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Migrations see an untyped database: they must not depend on today's table types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const migrator = new Migrator({ db: db as Kysely<any>, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
