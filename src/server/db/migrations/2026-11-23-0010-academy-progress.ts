import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/** The academy: learning records, learning paths assigned to people, and the certificates they earn. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('learning_records')
    .addColumn('id', id, autoId(db))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learning_records_user_item').on('learning_records').columns(['user_id', 'kind', 'ref', 'completed_at']).execute();
  await db.schema.createIndex('learning_records_item').on('learning_records').columns(['kind', 'ref', 'user_id']).execute();

  await db.schema
    .createTable('learning_paths')
    .addColumn('id', id, autoId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('department_id', id, (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('created_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learning_paths_department').on('learning_paths').columns(['department_id', 'id']).execute();

  await db.schema
    .createTable('learning_path_items')
    .addColumn('id', id, autoId(db))
    .addColumn('path_id', id, (c) => c.notNull().references('learning_paths.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learning_path_items_path').on('learning_path_items').columns(['path_id', 'position']).execute();
  await db.schema.createIndex('learning_path_items_item').on('learning_path_items').columns(['kind', 'ref', 'path_id']).execute();

  await db.schema
    .createTable('learning_assignments')
    .addColumn('id', id, autoId(db))
    .addColumn('path_id', id, (c) => c.notNull().references('learning_paths.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('learning_assignments_path_user', ['path_id', 'user_id'])
    .execute();
  await db.schema.createIndex('learning_assignments_user').on('learning_assignments').columns(['user_id', 'path_id']).execute();

  // A certificate outlives its path: it keeps the title it was earned under.
  await db.schema
    .createTable('certificates')
    .addColumn('id', id, autoId(db))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('path_id', id, (c) => c.references('learning_paths.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('certificates_path_user', ['path_id', 'user_id'])
    .execute();
  await db.schema.createIndex('certificates_user').on('certificates').columns(['user_id', 'id']).execute();
}
