import type { Kysely } from 'kysely';
import { autoId, idType, isPostgres } from './ddl.ts';

/** Ticket attachments and their bytes, saved views of the ticket list, the customer's latest emotion, list indexes. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);

  await db.schema
    .createTable('ticket_attachments')
    .addColumn('id', id, autoId(db))
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    // Null until a message references the upload; a message carries at most a few attachments.
    .addColumn('message_id', id, (c) => c.references('ticket_messages.id').onDelete('cascade'))
    .addColumn('uploaded_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_attachments_ticket').on('ticket_attachments').columns(['ticket_id', 'id']).execute();
  await db.schema.createIndex('ticket_attachments_message').on('ticket_attachments').column('message_id').execute();

  // The bytes live in their own table so listing a ticket's attachments never reads them.
  await db.schema
    .createTable('ticket_attachment_contents')
    .addColumn('attachment_id', id, (c) => c.primaryKey().notNull().references('ticket_attachments.id').onDelete('cascade'))
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ticket_views')
    .addColumn('id', id, autoId(db))
    .addColumn('owner_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_views_owner_name').on('ticket_views').columns(['owner_id', 'name']).unique().execute();
  await db.schema.createIndex('ticket_views_shared').on('ticket_views').columns(['shared', 'name']).execute();

  // The emotion read from the customer's latest message, and the words that showed it (for the desk's badge).
  await db.schema.alterTable('tickets').addColumn('customer_emotion', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('customer_emotion_cue', 'text').execute();

  // The ticket list pages newest first (by id); these serve its department and created-at filters. The customer
  // tier filter uses customers_tier_id and the SLA-state filter the queue_due_at range of tickets_queue.
  await db.schema.createIndex('tickets_department_id').on('tickets').columns(['department_id', 'id']).execute();
  await db.schema.createIndex('tickets_created_id').on('tickets').columns(['created_at', 'id']).execute();
}
