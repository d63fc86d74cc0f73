import type { z } from 'zod';
import { normalizeContact } from '../../shared/customers/contact-values.ts';
import { localDate } from '../../shared/customers/dates.ts';
import type {
  contactInputSchema,
  createCustomerBodySchema,
  ListCustomersQuery,
  updateCustomerBodySchema,
} from '../../shared/schemas/customers.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { AppError } from '../plugins/errors.ts';
import { decodeIdCursor, toPage } from '../plugins/keyset.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokens } from '../search/text-search.ts';
import { refreshDerived } from './customer-derived.ts';
import { resolveCustomerSearch } from './customer-search.ts';
import { contactView, customerSummary } from './customer-view.ts';
import { canReadCustomers, canWriteCustomers } from './customers.policy.ts';
import {
  adjustReferralCount,
  insertContacts,
  replaceTags,
  selectContactsOf,
  selectCustomerPage,
  selectDuplicates,
  selectTagsOf,
  type CustomerFilter,
} from './customers.queries.ts';
import type { Kysely } from 'kysely';

const riskRanges = { low: [0, 24], medium: [25, 49], high: [50, 100] } as const satisfies Record<string, [number, number]>;

/** Refuses unless the actor may read the archive. */
export function assertCanRead(actor: Actor) {
  if (!canReadCustomers(actor)) throw new AppError(403, 'forbidden');
}

/** Refuses unless the actor may change the archive. */
export function assertCanWrite(actor: Actor) {
  if (!canWriteCustomers(actor)) throw new AppError(403, 'forbidden');
}

/** Turns list query parameters into the filter the queries understand. */
export function toCustomerFilter(actor: Actor, query: ListCustomersQuery): CustomerFilter {
  return {
    beforeId: decodeIdCursor(query.cursor),
    limit: query.limit,
    search: query.q ? resolveCustomerSearch(query.q) : undefined,
    tier: query.tier,
    level: query.level,
    segmentColumn: query.segment ? `seg_${query.segment}` : undefined,
    segmentValue: query.segmentValue,
    tag: query.tag,
    ownerId: query.ownerId === 'me' ? actor.id : query.ownerId,
    riskRange: query.risk ? [...riskRanges[query.risk]] : undefined,
    dueOnOrBefore: query.due === 'true' ? localDate(new Date(), actor.timeZone) : undefined,
  };
}

/** A filtered page of customers with tags and primary phone/email (masked by role), in three queries. */
export async function listCustomers(db: Db, actor: Actor, query: ListCustomersQuery) {
  assertCanRead(actor);
  const filter = toCustomerFilter(actor, query);
  if (filter.search && filter.search.length === 0) return { items: [], nextCursor: null };
  const page = toPage(await selectCustomerPage(db, filter), query.limit);
  const ids = page.items.map((c) => c.id);
  const [tags, contacts] = await Promise.all([selectTagsOf(db, ids), selectContactsOf(db, ids)]);
  const today = localDate(new Date(), actor.timeZone);
  const items = page.items.map((row) => {
    const own = contacts.filter((c) => c.customer_id === row.id);
    const first = (kind: 'phone' | 'email') => {
      const contact = own.find((c) => c.kind === kind);
      return contact ? contactView(actor, contact).value : null;
    };
    return {
      ...customerSummary(row, tags.filter((t) => t.customer_id === row.id).map((t) => t.tag), today),
      primaryPhone: first('phone'),
      primaryEmail: first('email'),
      region: row.seg_region,
    };
  });
  return { items, nextCursor: page.nextCursor };
}

/** Normalises contacts, naming the first invalid one; the first of each kind becomes primary unless one is marked. */
export function normalizeContacts(contacts: z.infer<typeof contactInputSchema>[]) {
  return contacts.map((c, index) => {
    const value = normalizeContact(c.kind, c.value);
    if (!value) throw new AppError(400, 'invalid_contact', { field: `contacts.${index}.value`, kind: c.kind, value: c.value });
    const primary = c.primary ?? !contacts.slice(0, index).some((other) => other.kind === c.kind);
    return { kind: c.kind, value, label: c.label ?? null, primary };
  });
}

/** Indexes a customer's name for search by any part. */
export function indexCustomerName(db: Kysely<Tables>, dialect: Db['dialectName'], id: number, name: string) {
  return indexTokens(db, dialect, 'customer_search', id, documentTokens(name, { anyPart: true }));
}

async function assertReferences(db: Kysely<Tables>, input: { ownerId?: number | null; referrerId?: number | null }) {
  if (input.ownerId) {
    const owner = await db.selectFrom('users').select('id').where('id', '=', input.ownerId).executeTakeFirst();
    if (!owner) throw new AppError(400, 'user_not_found', { id: input.ownerId });
  }
  if (input.referrerId) {
    const referrer = await db.selectFrom('customers').select('id').where('id', '=', input.referrerId).executeTakeFirst();
    if (!referrer) throw new AppError(400, 'customer_not_found', { id: input.referrerId });
  }
}

/** Creates a customer with contacts and tags; a known phone or email answers 409 with the duplicates. */
export async function createCustomer(db: Db, actor: Actor, input: z.output<typeof createCustomerBodySchema>) {
  assertCanWrite(actor);
  const contacts = normalizeContacts(input.contacts);
  return db.transaction().execute(async (trx) => {
    const duplicates = await selectDuplicates(trx, contacts.filter((c) => c.kind === 'phone' || c.kind === 'email').map((c) => c.value));
    if (duplicates.length && !input.allowDuplicate) throw new AppError(409, 'duplicate_customer', { name: duplicates[0].name }, { duplicates });
    await assertReferences(trx, input);
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto('customers')
      .values({
        kind: input.kind,
        name: input.name,
        tier: input.tier,
        level: input.level,
        seg_business: input.segments.business ?? null,
        seg_region: input.segments.region ?? null,
        seg_scale: input.segments.scale ?? null,
        seg_attributes: input.segments.attributes ?? null,
        seg_values: input.segments.values ?? null,
        owner_id: input.ownerId === undefined ? actor.id : input.ownerId,
        source: input.source ?? null,
        referrer_id: input.referrerId ?? null,
        notes: input.notes ?? null,
        next_contact_due_on: localDate(now, actor.timeZone),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertContacts(trx, id, contacts);
    await replaceTags(trx, id, input.tags);
    if (input.referrerId) await adjustReferralCount(trx, input.referrerId, 1);
    await indexCustomerName(trx, db.dialectName, id, input.name);
    await refreshDerived(trx, id, actor.timeZone);
    await insertAudit(trx, { actorId: actor.id, action: 'customer.created', entityType: 'customer', entityId: id, after: { name: input.name }, ip: actor.ip });
    return id;
  });
}

/** Changes a customer's profile, tags or segments. */
export async function updateCustomer(db: Db, actor: Actor, id: number, input: z.output<typeof updateCustomerBodySchema>) {
  assertCanWrite(actor);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError(404, 'customer_not_found', { id });
    await assertReferences(trx, input);
    if (input.referrerId === id) throw new AppError(400, 'self_referral');
    const s = input.segments;
    await trx
      .updateTable('customers')
      .set({
        kind: input.kind,
        name: input.name,
        tier: input.tier,
        level: input.level,
        ...(s ? { seg_business: s.business ?? null, seg_region: s.region ?? null, seg_scale: s.scale ?? null, seg_attributes: s.attributes ?? null, seg_values: s.values ?? null } : {}),
        owner_id: input.ownerId,
        source: input.source,
        referrer_id: input.referrerId,
        notes: input.notes,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    if (input.tags) await replaceTags(trx, id, input.tags);
    if (input.referrerId !== undefined && input.referrerId !== before.referrer_id) {
      if (before.referrer_id) await adjustReferralCount(trx, before.referrer_id, -1);
      if (input.referrerId) await adjustReferralCount(trx, input.referrerId, 1);
    }
    if (input.name && input.name !== before.name) await indexCustomerName(trx, db.dialectName, id, input.name);
    await refreshDerived(trx, id, actor.timeZone);
    if (input.ownerId !== undefined && input.ownerId !== before.owner_id) {
      await insertAudit(trx, { actorId: actor.id, action: 'customer.owner_changed', entityType: 'customer', entityId: id, before: { ownerId: before.owner_id }, after: { ownerId: input.ownerId }, ip: actor.ip });
    }
  });
}
