import { sql, type Kysely } from 'kysely';
import { cadenceDays, type CadenceRules } from '../../shared/customers/cadence.ts';
import type { Db, DialectName } from '../db/create-db.ts';
import { addDaysSql } from '../db/dialect-sql.ts';
import type { CustomersTable, Tables } from '../db/tables.ts';
import { matchingIds } from '../search/text-search.ts';

/** How a search text is matched, decided by its shape. */
export type CustomerSearch =
  | { by: 'name'; tokens: string[] }
  | { by: 'phoneTail'; digits: string }
  | { by: 'email'; prefix: string }
  | { by: 'serial'; prefix: string };

/** Filters of a customer page, already resolved (owner `me` → id, risk band → score range). */
export type CustomerFilter = {
  beforeId?: number;
  limit: number;
  search?: CustomerSearch[];
  tier?: CustomersTable['tier'];
  level?: CustomersTable['level'];
  segmentColumn?: 'seg_business' | 'seg_region' | 'seg_scale' | 'seg_attributes' | 'seg_values';
  segmentValue?: string;
  tag?: string;
  ownerId?: number;
  riskRange?: [number, number];
  dueOnOrBefore?: string;
};

// The upper bound of a prefix range: lets `value >= p AND value < next(p)` use a plain b-tree index.
function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** A page of customers, newest first, with owner names; every filter is served by an index. */
export function selectCustomerPage(db: Db, filter: CustomerFilter) {
  let query = db
    .selectFrom('customers')
    .leftJoin('users as owner', 'owner.id', 'customers.owner_id')
    .selectAll('customers')
    .select('owner.name as ownerName')
    .orderBy('customers.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.beforeId) query = query.where('customers.id', '<', filter.beforeId);
  if (filter.tier) query = query.where('customers.tier', '=', filter.tier);
  if (filter.level) query = query.where('customers.level', '=', filter.level);
  if (filter.segmentColumn && filter.segmentValue) query = query.where(`customers.${filter.segmentColumn}`, '=', filter.segmentValue);
  if (filter.ownerId) query = query.where('customers.owner_id', '=', filter.ownerId);
  if (filter.riskRange) {
    query = query.where('customers.risk_score', '>=', filter.riskRange[0]).where('customers.risk_score', '<=', filter.riskRange[1]);
  }
  if (filter.dueOnOrBefore) query = query.where('customers.next_contact_due_on', '<=', filter.dueOnOrBefore);
  if (filter.tag) {
    const tag = filter.tag;
    // EXISTS lets the engine walk customers newest first and stop at a page, instead of loading every tagged id.
    query = query.where((eb) => eb.exists(eb.selectFrom('customer_tags').select('customer_id').whereRef('customer_tags.customer_id', '=', 'customers.id').where('customer_tags.tag', '=', tag)));
  }
  if (filter.search?.length) {
    // One UNION of every way the text may match, so the engine looks the few matching ids up by key
    // instead of walking the whole table (an OR of IN-subqueries made it sort every candidate).
    const union = sql.join(filter.search.map((s) => searchSubquery(db, s)), sql` union `);
    query = query.where('customers.id', 'in', sql<number>`(${union})`);
  }
  return query.execute();
}

function searchSubquery(db: Db, search: CustomerSearch) {
  switch (search.by) {
    case 'name':
      return matchingIds(db.dialectName, 'customer_search', search.tokens);
    case 'phoneTail': {
      const tail = reversed(search.digits);
      return sql<number>`select customer_id from customer_contacts where value_reversed >= ${tail} and value_reversed < ${prefixEnd(tail)}`;
    }
    case 'email':
      return sql<number>`select customer_id from customer_contacts where value >= ${search.prefix} and value < ${prefixEnd(search.prefix)} and kind = 'email'`;
    case 'serial':
      return sql<number>`select customer_id from purchases where serial >= ${search.prefix} and serial < ${prefixEnd(search.prefix)}`;
  }
}

/** The tags of several customers, in one query. */
export function selectTagsOf(db: Kysely<Tables>, customerIds: number[]) {
  if (customerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('customer_tags').select(['customer_id', 'tag']).where('customer_id', 'in', customerIds).orderBy('tag').execute();
}

/** The contacts of several customers, primary first, in one query. */
export function selectContactsOf(db: Kysely<Tables>, customerIds: number[]) {
  if (customerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('customer_contacts')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .orderBy('customer_id')
    .orderBy('is_primary', 'desc')
    .orderBy('id')
    .execute();
}

/** One customer with owner and referrer names, or undefined. */
export function findCustomer(db: Kysely<Tables>, id: number) {
  return db
    .selectFrom('customers')
    .leftJoin('users as owner', 'owner.id', 'customers.owner_id')
    .leftJoin('customers as referrer', 'referrer.id', 'customers.referrer_id')
    .selectAll('customers')
    .select(['owner.name as ownerName', 'referrer.name as referrerName'])
    .where('customers.id', '=', id)
    .executeTakeFirst();
}

/** Customers (other than `exceptId`) that already have one of these phones or emails. */
export function selectDuplicates(db: Kysely<Tables>, values: string[], exceptId?: number) {
  if (values.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('customer_contacts')
    .innerJoin('customers', 'customers.id', 'customer_contacts.customer_id')
    .select(['customers.id', 'customers.name', 'customer_contacts.value as matchedOn'])
    .where('customer_contacts.value', 'in', values)
    .where('customer_contacts.kind', 'in', ['phone', 'email']);
  if (exceptId) query = query.where('customers.id', '!=', exceptId);
  return query.execute();
}

/** Inserts contacts; phones are also stored reversed so a search by the last digits uses an index. */
export async function insertContacts(
  db: Kysely<Tables>,
  customerId: number,
  contacts: { kind: Tables['customer_contacts']['kind']; value: string; label?: string | null; primary: boolean }[],
) {
  if (contacts.length === 0) return;
  const now = new Date().toISOString();
  await db
    .insertInto('customer_contacts')
    .values(
      contacts.map((c) => ({
        customer_id: customerId,
        kind: c.kind,
        value: c.value,
        value_reversed: c.kind === 'phone' ? reversed(c.value) : null,
        label: c.label ?? null,
        is_primary: c.primary ? 1 : 0,
        created_at: now,
      })),
    )
    .execute();
}

/** Replaces the tags of a customer. */
export async function replaceTags(db: Kysely<Tables>, customerId: number, tags: string[]) {
  await db.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute();
  const unique = [...new Set(tags)];
  if (unique.length) await db.insertInto('customer_tags').values(unique.map((tag) => ({ customer_id: customerId, tag }))).execute();
}

/** Changes how many customers name this one as their referrer. */
export async function adjustReferralCount(db: Kysely<Tables>, customerId: number, delta: number) {
  await db
    .updateTable('customers')
    .set((eb) => ({ referral_count: eb('referral_count', '+', delta) }))
    .where('id', '=', customerId)
    .execute();
}

/** Sum of purchase prices (cents) and the facts churn risk needs, for one customer. */
export async function selectCustomerFacts(db: Kysely<Tables>, customerId: number) {
  const row = await db
    .selectFrom('purchases')
    .select((eb) => [eb.fn.sum<number | null>('price_cents').as('valueCents'), eb.fn.max('purchased_on').as('lastPurchaseOn')])
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  const complaints = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .where('kind', 'in', ['complaint', 'grievance'])
    .where('queue_due_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return { valueCents: Number(row.valueCents ?? 0), lastPurchaseOn: row.lastPurchaseOn ?? null, openComplaints: Number(complaints.n) };
}

/** The customer's tickets still open, soonest due first (for the 360 view). */
export function selectOpenTickets(db: Kysely<Tables>, customerId: number) {
  return db
    .selectFrom('tickets')
    .select(['id', 'number', 'subject', 'kind', 'status', 'current_step as currentStep', 'queue_due_at as dueAt'])
    .where('customer_id', '=', customerId)
    .where('queue_due_at', 'is not', null)
    .orderBy('queue_due_at')
    .limit(20)
    .execute();
}

/** Moves every record linked to `sourceId` onto `targetId` and deletes the source customer. */
export async function moveCustomerLinks(db: Kysely<Tables>, sourceId: number, targetId: number) {
  await db.updateTable('customer_contacts').set({ customer_id: targetId, is_primary: 0 }).where('customer_id', '=', sourceId).execute();
  await db.updateTable('purchases').set({ customer_id: targetId }).where('customer_id', '=', sourceId).execute();
  await db.updateTable('interactions').set({ customer_id: targetId }).where('customer_id', '=', sourceId).execute();
  await db.updateTable('tickets').set({ customer_id: targetId }).where('customer_id', '=', sourceId).execute();
  await db.updateTable('customers').set({ referrer_id: targetId }).where('referrer_id', '=', sourceId).execute();
  await sql`insert into customer_tags (customer_id, tag)
    select ${targetId}, tag from customer_tags where customer_id = ${sourceId}
    and tag not in (select tag from customer_tags where customer_id = ${targetId})`.execute(db);
  await db.deleteFrom('customer_tags').where('customer_id', '=', sourceId).execute();
  await db.deleteFrom('customers').where('id', '=', sourceId).execute();
}

/**
 * Recomputes the next contact due day of every customer ever contacted, after the cadence rules change,
 * in one statement (the due day of one never contacted is their creation day, whatever the rules).
 */
export async function recomputeAllDueDates(db: Kysely<Tables>, dialect: DialectName, rules: CadenceRules) {
  const interval = sql<number>`case
    when tier = 'current' and referral_count > 0 then ${sql.lit(cadenceDays('current', true, rules))}
    when tier = 'current' then ${sql.lit(cadenceDays('current', false, rules))}
    when referral_count > 0 then ${sql.lit(cadenceDays('potential', true, rules))}
    else ${sql.lit(cadenceDays('potential', false, rules))} end`;
  const due = addDaysSql(dialect, sql<string>`last_contact_on`, interval);
  await sql`update customers set next_contact_due_on = ${due} where last_contact_on is not null`.execute(db);
}
