import type { z } from 'zod';
import { localDate } from '../../shared/customers/dates.ts';
import type { cadenceRulesSchema, contactInputSchema, logInteractionBodySchema } from '../../shared/schemas/customers.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { loadCadence, refreshDerived } from './customer-derived.ts';
import { contactView } from './customer-view.ts';
import { canManageCustomerData } from './customers.policy.ts';
import { insertContacts, moveCustomerLinks, recomputeAllDueDates, selectContactsOf, selectDuplicates } from './customers.queries.ts';
import { assertCanRead, assertCanWrite, normalizeContacts } from './customers.service.ts';
import { unindex } from '../search/text-search.ts';
import { saveSetting } from '../settings/settings.queries.ts';

async function assertCustomer(db: Db | Parameters<typeof insertInteraction>[0], id: number) {
  const row = await db.selectFrom('customers').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'customer_not_found', { id });
  return row;
}

/** Adds a contact detail; a phone or email another customer has answers 409 with that customer. */
export async function addContact(db: Db, actor: Actor, customerId: number, input: z.infer<typeof contactInputSchema> & { allowDuplicate?: boolean }) {
  assertCanWrite(actor);
  const [contact] = normalizeContacts([input]);
  await db.transaction().execute(async (trx) => {
    await assertCustomer(trx, customerId);
    const duplicates = contact.kind === 'phone' || contact.kind === 'email' ? await selectDuplicates(trx, [contact.value], customerId) : [];
    if (duplicates.length && !input.allowDuplicate) throw new AppError(409, 'duplicate_customer', { name: duplicates[0].name }, { duplicates });
    if (input.primary) {
      await trx.updateTable('customer_contacts').set({ is_primary: 0 }).where('customer_id', '=', customerId).where('kind', '=', contact.kind).execute();
    }
    const hasKind = (await selectContactsOf(trx, [customerId])).some((c) => c.kind === contact.kind);
    await insertContacts(trx, customerId, [{ ...contact, primary: input.primary ?? !hasKind }]);
  });
  return (await selectContactsOf(db, [customerId])).map((c) => contactView(actor, c));
}

/** Removes a contact detail (audited: contact data is personal). */
export async function removeContact(db: Db, actor: Actor, customerId: number, contactId: number) {
  assertCanWrite(actor);
  await db.transaction().execute(async (trx) => {
    const contact = (await selectContactsOf(trx, [customerId])).find((c) => c.id === contactId);
    if (!contact) throw new AppError(404, 'contact_not_found', { id: contactId });
    await trx.deleteFrom('customer_contacts').where('id', '=', contactId).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'customer.contact_removed', entityType: 'customer', entityId: customerId, before: { kind: contact.kind, value: contact.value }, ip: actor.ip });
  });
}

/** Shows one masked contact in full to a role that sees it masked; every reveal is written to the audit log. */
export async function revealContact(db: Db, actor: Actor, customerId: number, contactId: number) {
  assertCanRead(actor);
  const contact = (await selectContactsOf(db, [customerId])).find((c) => c.id === contactId);
  if (!contact) throw new AppError(404, 'contact_not_found', { id: contactId });
  await insertAudit(db, { actorId: actor.id, action: 'customer.contact_revealed', entityType: 'customer', entityId: customerId, after: { contactId, kind: contact.kind }, ip: actor.ip });
  return { value: contact.value };
}

/** Logs a call, visit, email or note on the timeline; a contact moves the next due day forward. */
export async function logInteraction(db: Db, actor: Actor, customerId: number, input: z.infer<typeof logInteractionBodySchema>) {
  assertCanWrite(actor);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : new Date().toISOString();
  if (occurredAt > new Date(Date.now() + 60_000).toISOString()) throw new AppError(400, 'interaction_in_future');
  await db.transaction().execute(async (trx) => {
    await assertCustomer(trx, customerId);
    await insertInteraction(trx, { customerId, kind: input.kind, direction: input.direction ?? null, summary: input.summary, occurredAt, actorId: actor.id });
    if (input.kind !== 'note') {
      await trx
        .updateTable('customers')
        .set({ last_contact_at: occurredAt, last_contact_on: localDate(occurredAt, actor.timeZone) })
        .where('id', '=', customerId)
        .where((eb) => eb.or([eb('last_contact_at', 'is', null), eb('last_contact_at', '<', occurredAt)]))
        .execute();
    }
    await refreshDerived(trx, customerId, actor.timeZone);
  });
}

/** Merges the source customer into the target: every contact, purchase, interaction, tag and referral moves. */
export async function mergeCustomers(db: Db, actor: Actor, targetId: number, sourceId: number) {
  if (!canManageCustomerData(actor)) throw new AppError(403, 'forbidden');
  if (targetId === sourceId) throw new AppError(400, 'merge_into_self');
  await db.transaction().execute(async (trx) => {
    const target = await assertCustomer(trx, targetId);
    const source = await trx.selectFrom('customers').selectAll().where('id', '=', sourceId).executeTakeFirst();
    if (!source) throw new AppError(404, 'customer_not_found', { id: sourceId });
    await moveCustomerLinks(trx, sourceId, targetId);
    await unindex(trx, db.dialectName, 'customer_search', sourceId);
    const referrals = await trx.selectFrom('customers').select((eb) => eb.fn.countAll<number>().as('n')).where('referrer_id', '=', targetId).executeTakeFirstOrThrow();
    await trx.updateTable('customers').set({ referral_count: Number(referrals.n), updated_at: new Date().toISOString() }).where('id', '=', targetId).execute();
    await insertInteraction(trx, { customerId: targetId, kind: 'merge', summary: `${source.name} → ${target.name}`, actorId: actor.id, ref: { type: 'customer', id: sourceId } });
    await refreshDerived(trx, targetId, actor.timeZone);
    await insertAudit(trx, { actorId: actor.id, action: 'customer.merged', entityType: 'customer', entityId: targetId, before: source, after: { mergedInto: targetId }, ip: actor.ip });
  });
}

/** The company's contact cadence rules. */
export function getCadence(db: Db) {
  return loadCadence(db);
}

/** Changes the cadence rules (admins) and recomputes every customer's next due day in the same transaction. */
export async function setCadence(db: Db, actor: Actor, rules: z.infer<typeof cadenceRulesSchema>) {
  if (actor.role !== 'admin') throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const before = await loadCadence(trx);
    await saveSetting(trx, 'cadence', rules);
    await recomputeAllDueDates(trx, db.dialectName, rules);
    await insertAudit(trx, { actorId: actor.id, action: 'settings.cadence_changed', entityType: 'settings', entityId: 'cadence', before, after: rules, ip: actor.ip });
  });
  return rules;
}
