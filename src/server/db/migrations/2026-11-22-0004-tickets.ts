import { sql, type Kysely } from 'kysely';
import { autoId, idType, isPostgres } from './ddl.ts';

/** Tickets with the six-step flow, messages, events, causes, SLA policies, compensation, follow-ups, jobs, search. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);

  await db.schema
    .createTable('causes')
    .addColumn('id', id, autoId(db))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('parent_id', id, (c) => c.references('causes.id').onDelete('cascade'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('route_to', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sla_policies')
    .addColumn('id', id, autoId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('priority', 'text')
    .addColumn('customer_level', 'text')
    .addColumn('first_response_minutes', 'integer', (c) => c.notNull())
    .addColumn('resolution_minutes', 'integer', (c) => c.notNull())
    .addColumn('warn_before_minutes', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('day', 'text', (c) => c.primaryKey().notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', id, autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_step', 'text')
    .addColumn('step_state', 'text', (c) => c.notNull())
    .addColumn('object', 'text')
    .addColumn('content', 'text')
    .addColumn('purchase_or_service_time', 'text')
    .addColumn('problem_time', 'text')
    .addColumn('usage', 'text')
    .addColumn('customer_request', 'text')
    .addColumn('cause_key', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('difficult_type', 'text')
    .addColumn('owner_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('department_id', id, (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('purchase_id', id, (c) => c.references('purchases.id').onDelete('set null'))
    .addColumn('resolution', 'text')
    .addColumn('sla_policy_id', id, (c) => c.references('sla_policies.id').onDelete('set null'))
    .addColumn('first_response_due_at', 'text')
    .addColumn('resolution_due_at', 'text')
    .addColumn('queue_due_at', 'text')
    .addColumn('first_responded_at', 'text')
    .addColumn('sla_breached_at', 'text')
    .addColumn('escalation_reason', 'text')
    .addColumn('unreasonable_policy', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('public_key_hash', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Every queue of open work sorts on queue_due_at (the SLA due time while open, null once closed), so a page is an
  // index range scan; closed tickets leave the queue indexes' ranges instead of being skipped row by row.
  const ticketIndexes: [string, string[]][] = [
    ['tickets_owner_queue', ['owner_id', 'queue_due_at', 'id']],
    ['tickets_queue', ['queue_due_at', 'id']],
    ['tickets_department_queue', ['department_id', 'queue_due_at', 'id']],
    ['tickets_status_queue', ['status', 'queue_due_at', 'id']],
    ['tickets_customer', ['customer_id', 'created_at']],
    ['tickets_kind_id', ['kind', 'id']],
    ['tickets_channel_id', ['channel', 'id']],
    ['tickets_step_id', ['current_step', 'id']],
    ['tickets_cause_id', ['cause_key', 'id']],
    ['tickets_severity_id', ['severity', 'id']],
    ['tickets_difficult_id', ['difficult_type', 'id']],
  ];
  for (const [name, columns] of ticketIndexes) await db.schema.createIndex(name).on('tickets').columns(columns).execute();

  await db.schema
    .createTable('ticket_tags')
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_tags_pk', ['ticket_id', 'tag'])
    .execute();
  await db.schema.createIndex('ticket_tags_tag').on('ticket_tags').columns(['tag', 'ticket_id']).execute();

  await db.schema
    .createTable('ticket_messages')
    .addColumn('id', id, autoId(db))
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('findings', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_messages_ticket').on('ticket_messages').columns(['ticket_id', 'id']).execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('id', id, autoId(db))
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('actor_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_events_ticket').on('ticket_events').columns(['ticket_id', 'id']).execute();
  await db.schema.createIndex('ticket_events_type').on('ticket_events').columns(['type', 'id']).execute();

  await db.schema
    .createTable('compensations')
    .addColumn('id', id, autoId(db))
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('amount_cents', id, (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_by', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decision_note', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compensations_status').on('compensations').columns(['status', 'id']).execute();
  await db.schema.createIndex('compensations_ticket').on('compensations').column('ticket_id').execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', id, autoId(db))
    .addColumn('ticket_id', id, (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('assignee_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('note', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_assignee_due').on('follow_ups').columns(['assignee_id', 'status', 'due_at']).execute();
  await db.schema.createIndex('follow_ups_status_due').on('follow_ups').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('follow_ups_ticket').on('follow_ups').column('ticket_id').execute();

  await db.schema.createIndex('tickets_unreasonable_policy').on('tickets').column('unreasonable_policy').execute();

  await db.schema
    .createTable('case_evaluations')
    .addColumn('ticket_id', id, (c) => c.primaryKey().notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('evaluator_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', id, autoId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['done_at', 'run_at']).execute();

  if (isPostgres(db)) {
    await db.schema
      .createTable('ticket_search')
      .addColumn('id', id, (c) => c.primaryKey().references('tickets.id').onDelete('cascade'))
      .addColumn('tokens', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`create index ticket_search_tokens on ticket_search using gin (tokens)`.execute(db);
  } else {
    await sql`create virtual table ticket_search using fts5(tokens, tokenize = 'unicode61')`.execute(db);
  }
}
