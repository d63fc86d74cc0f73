import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { selectTimeline } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { purchaseView } from '../purchases/purchases.service.ts';
import { selectCommitments, selectPurchasesOf } from '../purchases/purchases.queries.ts';
import { loadCadence } from './customer-derived.ts';
import { contactView, customerSummary, derive, segmentsOf } from './customer-view.ts';
import { findCustomer, selectContactsOf, selectCustomerFacts, selectOpenTickets, selectTagsOf } from './customers.queries.ts';
import { assertCanRead } from './customers.service.ts';

/** The customer 360 view: profile, contacts (masked by role), purchases with warranty, value, live risk. */
export async function getCustomer(db: Db, actor: Actor, id: number) {
  assertCanRead(actor);
  const row = await findCustomer(db, id);
  if (!row) throw new AppError(404, 'customer_not_found', { id });
  const [contacts, tags, purchases, facts, rules, commitments, openTickets] = await Promise.all([
    selectContactsOf(db, [id]),
    selectTagsOf(db, [id]),
    selectPurchasesOf(db, id),
    selectCustomerFacts(db, id),
    loadCadence(db),
    selectCommitments(db),
    selectOpenTickets(db, id),
  ]);
  const derived = derive(row, { purchases, ...facts }, rules, commitments, actor.timeZone);
  const summary = customerSummary(row, tags.map((t) => t.tag), derived.today);
  return {
    ...summary,
    riskScore: derived.risk.score,
    nextContactDueOn: derived.contactDueOn,
    overdue: derived.contactDueOn < derived.today,
    segments: segmentsOf(row),
    source: row.source,
    referrerId: row.referrer_id,
    referrerName: row.referrerName,
    notes: row.notes,
    contacts: contacts.map((c) => contactView(actor, c)),
    purchases: purchases.map((p) => purchaseView(p, commitments, derived.today)),
    value: facts.valueCents / 100,
    risk: derived.risk,
    cadenceDays: derived.cadenceDays,
    openTickets,
    updatedAt: row.updated_at,
  };
}

function encodeTimelineCursor(entry: { occurredAt: string; id: number }): string {
  return Buffer.from(`${entry.occurredAt}|${entry.id}`).toString('base64url');
}

function decodeTimelineCursor(cursor?: string): { occurredAt: string; id: number } | undefined {
  if (!cursor) return undefined;
  const [occurredAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return occurredAt && Number(id) > 0 ? { occurredAt, id: Number(id) } : undefined;
}

/** One page of the customer's timeline, newest first, from one query. */
export async function customerTimeline(db: Db, actor: Actor, id: number, query: { cursor?: string; limit: number }) {
  assertCanRead(actor);
  const rows = await selectTimeline(db, id, query.limit, decodeTimelineCursor(query.cursor));
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? encodeTimelineCursor(items[items.length - 1]) : null };
}
