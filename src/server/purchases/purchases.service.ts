import type { z } from 'zod';
import { localDate } from '../../shared/customers/dates.ts';
import { warrantyFor, type ServiceCommitment } from '../../shared/customers/warranty.ts';
import type { productBodySchema, purchaseBodySchema, serviceCommitmentBodySchema } from '../../shared/schemas/customers.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import { refreshDerived } from '../customers/customer-derived.ts';
import { canReadCustomers, canWriteCustomers } from '../customers/customers.policy.ts';
import type { Db } from '../db/create-db.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import { AppError } from '../plugins/errors.ts';
import { findPurchase, productExists, selectCommitments, selectProducts, type PurchaseRow } from './purchases.queries.ts';

/** A purchase as the API shows it, with its warranty state on `today`. */
export function purchaseView({ priceCents, ...row }: PurchaseRow, commitments: ServiceCommitment[], today: string) {
  return { ...row, price: priceCents === null ? null : priceCents / 100, warranty: warrantyFor(row.purchasedOn, commitments, today) };
}

/** The product catalogue. */
export function listProducts(db: Db, actor: Actor) {
  if (!canReadCustomers(actor)) throw new AppError(403, 'forbidden');
  return selectProducts(db);
}

/** Adds a product to the catalogue. */
export async function createProduct(db: Db, actor: Actor, input: z.infer<typeof productBodySchema>) {
  if (!canWriteCustomers(actor)) throw new AppError(403, 'forbidden');
  const row = await db
    .insertInto('products')
    .values({ name: input.name, model: input.model ?? null, category: input.category ?? null, created_at: new Date().toISOString() })
    .returning(['id', 'name', 'model', 'category'])
    .executeTakeFirstOrThrow();
  return row;
}

/** Records a purchase; the date may not lie in the future (in the actor's time zone). */
export async function createPurchase(db: Db, actor: Actor, input: z.infer<typeof purchaseBodySchema>) {
  if (!canWriteCustomers(actor)) throw new AppError(403, 'forbidden');
  const today = localDate(new Date(), actor.timeZone);
  if (input.purchasedOn > today) throw new AppError(400, 'purchase_in_future', { date: input.purchasedOn });
  const id = await db.transaction().execute(async (trx) => {
    const customer = await trx.selectFrom('customers').select('id').where('id', '=', input.customerId).executeTakeFirst();
    if (!customer) throw new AppError(404, 'customer_not_found', { id: input.customerId });
    if (!(await productExists(trx, input.productId))) throw new AppError(400, 'product_not_found', { id: input.productId });
    const row = await trx
      .insertInto('purchases')
      .values({
        customer_id: input.customerId,
        product_id: input.productId,
        serial: input.serial ? input.serial.toUpperCase() : null,
        purchased_on: input.purchasedOn,
        channel: input.channel ?? null,
        price_cents: input.price == null ? null : Math.round(input.price * 100),
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertInteraction(trx, {
      customerId: input.customerId,
      kind: 'purchase',
      summary: input.serial ? `${input.purchasedOn} · ${input.serial.toUpperCase()}` : input.purchasedOn,
      occurredAt: new Date(`${input.purchasedOn}T12:00:00Z`).toISOString(),
      actorId: actor.id,
      ref: { type: 'purchase', id: row.id },
    });
    await refreshDerived(trx, input.customerId, actor.timeZone);
    return row.id;
  });
  return purchaseView((await findPurchase(db, id))!, await selectCommitments(db), today);
}

/** Deletes a purchase recorded by mistake (audited). */
export async function deletePurchase(db: Db, actor: Actor, id: number) {
  if (!canWriteCustomers(actor)) throw new AppError(403, 'forbidden');
  await db.transaction().execute(async (trx) => {
    const before = await findPurchase(trx, id);
    if (!before) throw new AppError(404, 'purchase_not_found', { id });
    await trx.deleteFrom('purchases').where('id', '=', id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'purchase.deleted', entityType: 'purchase', entityId: id, before, ip: actor.ip });
    await refreshDerived(trx, before.customerId, actor.timeZone);
  });
}

/** The company's service commitments. */
export function listCommitments(db: Db) {
  return selectCommitments(db);
}

/** Creates or changes a service commitment (admins); audited because it changes every warranty shown. */
export async function saveCommitment(db: Db, actor: Actor, id: number | null, input: z.infer<typeof serviceCommitmentBodySchema>) {
  if (actor.role !== 'admin') throw new AppError(403, 'forbidden');
  const values = { ...input, nationwide: input.nationwide ? 1 : 0, active: input.active ? 1 : 0 };
  const savedId = await db.transaction().execute(async (trx) => {
    if (id === null) {
      const row = await trx.insertInto('service_commitments').values({ ...values, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
      await insertAudit(trx, { actorId: actor.id, action: 'commitment.created', entityType: 'service_commitment', entityId: row.id, after: input, ip: actor.ip });
      return row.id;
    }
    const before = (await selectCommitments(trx)).find((c) => c.id === id);
    if (!before) throw new AppError(404, 'commitment_not_found', { id });
    await trx.updateTable('service_commitments').set(values).where('id', '=', id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'commitment.updated', entityType: 'service_commitment', entityId: id, before, after: input, ip: actor.ip });
    return id;
  });
  return (await selectCommitments(db)).find((c) => c.id === savedId)!;
}
