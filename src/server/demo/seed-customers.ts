import type { Kysely } from 'kysely';
import { addDays } from '../../shared/customers/warranty.ts';
import { insertCustomersBulk } from '../customers/customer-bulk.ts';
import { refreshDerived } from '../customers/customer-derived.ts';
import type { DialectName } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { demoProducts, generateCustomers } from './demo-customers.ts';

/** How to seed: how many customers, whose they are, and whether to compute due days and risk one by one. */
export type SeedCustomersOptions = { count: number; seed: number; ownerIds: number[]; today: string; refresh: boolean };

/**
 * Seeds generated customers with purchases and a first call for some of them (demo data and benchmarks);
 * run inside a transaction. With `refresh`, due days and churn risk are computed exactly per customer.
 */
export async function seedCustomers(db: Kysely<Tables>, dialect: DialectName, options: SeedCustomersOptions): Promise<void> {
  const now = new Date().toISOString();
  const products = await db
    .insertInto('products')
    .values(demoProducts.map((p) => ({ ...p, created_at: now })))
    .returning('id')
    .execute();
  const customers = generateCustomers(options.count, options.seed);
  const perOwner = Math.ceil(customers.length / options.ownerIds.length);
  const ids: number[] = [];
  for (const [index, ownerId] of options.ownerIds.entries()) {
    const slice = customers.slice(index * perOwner, (index + 1) * perOwner);
    for (const id of await insertCustomersBulk(db, dialect, ownerId, slice, options.today)) ids.push(id);
  }
  const purchases = customers.flatMap((c, i) =>
    c.purchases.map((p) => ({
      customer_id: ids[i],
      product_id: products[p.product].id,
      serial: p.serial,
      purchased_on: addDays(options.today, -p.daysAgo),
      channel: '门店',
      price_cents: p.price * 100,
      created_at: now,
    })),
  );
  for (let i = 0; i < purchases.length; i += 1000) await db.insertInto('purchases').values(purchases.slice(i, i + 1000)).execute();
  const contacted = ids.filter((_, i) => i % 3 !== 0);
  for (let i = 0; i < contacted.length; i += 1000) {
    const chunk = contacted.slice(i, i + 1000);
    await db
      .insertInto('interactions')
      .values(chunk.map((id, j) => ({ customer_id: id, kind: 'call' as const, direction: 'outbound' as const, summary: '电话回访，了解产品使用情况', occurred_at: new Date(Date.now() - ((j % 20) + 1) * 86_400_000).toISOString(), actor_id: options.ownerIds[j % options.ownerIds.length], ref_type: null, ref_id: null, created_at: now })))
      .execute();
  }
  for (let i = 0; i < contacted.length; i++) {
    const daysAgo = (i % 1000 % 20) + 1;
    const at = new Date(Date.now() - daysAgo * 86_400_000);
    await db.updateTable('customers').set({ last_contact_at: at.toISOString(), last_contact_on: addDays(options.today, -daysAgo), next_contact_due_on: addDays(options.today, 7 - daysAgo) }).where('id', '=', contacted[i]).execute();
  }
  if (options.refresh) for (const id of ids) await refreshDerived(db, id, 'Asia/Shanghai');
}
