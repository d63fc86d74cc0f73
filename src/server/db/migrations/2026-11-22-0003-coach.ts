import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/** The language coach: per-company banned and preferred phrase rules. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('coach_rules')
    .addColumn('id', id, autoId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message_zh', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('suggestion_zh', 'text', (c) => c.notNull())
    .addColumn('suggestion_en', 'text', (c) => c.notNull())
    .addColumn('positive_examples', 'text', (c) => c.notNull())
    .addColumn('negative_examples', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_rules_active_id').on('coach_rules').columns(['active', 'id']).execute();
}
