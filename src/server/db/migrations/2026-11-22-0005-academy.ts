import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/** The academy: every self-assessment a person has scored. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('assessment_results')
    .addColumn('id', id, autoId(db))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_results_user_key').on('assessment_results').columns(['user_id', 'key', 'id']).execute();
  await db.schema.createIndex('assessment_results_key').on('assessment_results').columns(['key', 'user_id']).execute();
}
