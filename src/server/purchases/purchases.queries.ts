import type { Kysely } from 'kysely';
import type { ServiceCommitment } from '../../shared/customers/warranty.ts';
import type { Tables } from '../db/tables.ts';

/** The purchases of one customer, newest first, with their products. */
export function selectPurchasesOf(db: Kysely<Tables>, customerId: number) {
  return purchaseQuery(db).where('purchases.customer_id', '=', customerId).orderBy('purchases.purchased_on', 'desc').orderBy('purchases.id', 'desc').execute();
}

/** One purchase with its product, or undefined. */
export function findPurchase(db: Kysely<Tables>, id: number) {
  return purchaseQuery(db).where('purchases.id', '=', id).executeTakeFirst();
}

function purchaseQuery(db: Kysely<Tables>) {
  return db
    .selectFrom('purchases')
    .innerJoin('products', 'products.id', 'purchases.product_id')
    .select([
      'purchases.id',
      'purchases.customer_id as customerId',
      'purchases.product_id as productId',
      'products.name as productName',
      'products.model as productModel',
      'products.category',
      'purchases.serial',
      'purchases.purchased_on as purchasedOn',
      'purchases.channel',
      'purchases.price_cents as priceCents',
    ]);
}

/** A purchase row as read. */
export type PurchaseRow = NonNullable<Awaited<ReturnType<typeof findPurchase>>>;

/** Every service commitment, active or not. */
export async function selectCommitments(db: Kysely<Tables>): Promise<ServiceCommitment[]> {
  const rows = await db.selectFrom('service_commitments').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ ...r, nationwide: r.nationwide === 1, active: r.active === 1 }));
}

/** The product catalogue by name. */
export function selectProducts(db: Kysely<Tables>) {
  return db.selectFrom('products').select(['id', 'name', 'model', 'category']).orderBy('name').orderBy('model').execute();
}

/** Whether a product exists. */
export async function productExists(db: Kysely<Tables>, id: number): Promise<boolean> {
  return (await db.selectFrom('products').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
