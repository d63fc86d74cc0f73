import { sql, type Kysely } from 'kysely';
import { autoId, idType, isPostgres } from './ddl.ts';

/** The customer archive: customers, tags, contacts, products, purchases, commitments, interactions, search. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  const now = new Date().toISOString();

  await db.schema
    .createTable('company_settings')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('company_settings')
    .values({ key: 'cadence', value_json: JSON.stringify({ current: 7, prospect: 15, referrer: 30 }), updated_at: now })
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', id, autoId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('seg_business', 'text')
    .addColumn('seg_region', 'text')
    .addColumn('seg_scale', 'text')
    .addColumn('seg_attributes', 'text')
    .addColumn('seg_values', 'text')
    .addColumn('owner_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('source', 'text')
    .addColumn('referrer_id', id, (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('referral_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('last_contact_at', 'text')
    .addColumn('last_contact_on', 'text')
    .addColumn('next_contact_due_on', 'text', (c) => c.notNull())
    .addColumn('risk_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['tier', 'level', 'owner_id', 'risk_score', 'seg_business', 'seg_region', 'seg_scale', 'seg_attributes', 'seg_values']) {
    await db.schema.createIndex(`customers_${column}_id`).on('customers').columns([column, 'id']).execute();
  }
  // No index leads with the due day: a "due to contact" page walks (owner_id, id) newest first and stops at 50;
  // a due-day index would make the engine sort every due customer before returning the first page.
  await db.schema.createIndex('customers_referrer_id').on('customers').column('referrer_id').execute();

  await db.schema
    .createTable('customer_tags')
    .addColumn('customer_id', id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_tags_pk', ['customer_id', 'tag'])
    .execute();
  await db.schema.createIndex('customer_tags_tag').on('customer_tags').columns(['tag', 'customer_id']).execute();

  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', id, autoId(db))
    .addColumn('customer_id', id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('value_reversed', 'text')
    .addColumn('label', 'text')
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_contacts_customer').on('customer_contacts').column('customer_id').execute();
  await db.schema.createIndex('customer_contacts_value').on('customer_contacts').columns(['value', 'kind']).execute();
  await db.schema.createIndex('customer_contacts_reversed').on('customer_contacts').column('value_reversed').execute();

  await db.schema
    .createTable('products')
    .addColumn('id', id, autoId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('category', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_name').on('products').columns(['name', 'model']).execute();

  await db.schema
    .createTable('service_commitments')
    .addColumn('id', id, autoId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('nationwide', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('service_commitments')
    .values([
      { kind: 'exchange', name: '30天质量问题包换', days: 30, condition: 'quality_fault', nationwide: 1, active: 1, created_at: now },
      { kind: 'repair', name: '一年质量问题保修', days: 365, condition: 'quality_fault', nationwide: 1, active: 1, created_at: now },
    ])
    .execute();

  await db.schema
    .createTable('purchases')
    .addColumn('id', id, autoId(db))
    .addColumn('customer_id', id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('product_id', id, (c) => c.notNull().references('products.id'))
    .addColumn('serial', 'text')
    .addColumn('purchased_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('price_cents', id)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('purchases_customer').on('purchases').columns(['customer_id', 'purchased_on']).execute();
  await db.schema.createIndex('purchases_serial').on('purchases').column('serial').execute();
  await db.schema.createIndex('purchases_product').on('purchases').column('product_id').execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', id, autoId(db))
    .addColumn('customer_id', id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('direction', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('ref_type', 'text')
    .addColumn('ref_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interactions_timeline').on('interactions').columns(['customer_id', 'occurred_at', 'id']).execute();

  if (isPostgres(db)) {
    await db.schema
      .createTable('customer_search')
      .addColumn('id', id, (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
      .addColumn('tokens', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`create index customer_search_tokens on customer_search using gin (tokens)`.execute(db);
  } else {
    await sql`create virtual table customer_search using fts5(tokens, tokenize = 'unicode61')`.execute(db);
  }
}
