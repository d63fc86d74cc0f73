import type { Kysely } from 'kysely';
import type { DialectName } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokensBulk } from '../search/text-search.ts';
import type { ImportedCustomer } from './customer-import.ts';

/**
 * Inserts many customers with contacts, tags and search tokens in chunks of 500 multi-row inserts
 * (imports, the demo and benchmarks); run it inside the caller's transaction. Returns the new ids in order.
 */
export async function insertCustomersBulk(
  trx: Kysely<Tables>,
  dialect: DialectName,
  ownerId: number | null,
  customers: Omit<ImportedCustomer, 'row'>[],
  today: string,
): Promise<number[]> {
  const now = new Date().toISOString();
  const allIds: number[] = [];
  for (let i = 0; i < customers.length; i += 500) {
    const chunk = customers.slice(i, i + 500);
    const rows = await trx
      .insertInto('customers')
      .values(
        chunk.map((c) => ({
          kind: 'person' as const,
          name: c.name,
          tier: c.tier,
          level: c.level,
          seg_business: c.segments.business,
          seg_region: c.segments.region,
          seg_scale: c.segments.scale,
          seg_attributes: c.segments.attributes,
          seg_values: c.segments.values,
          owner_id: ownerId,
          source: c.source,
          notes: c.notes,
          next_contact_due_on: today,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning('id')
      .execute();
    const withIds = chunk.map((c, index) => ({ ...c, id: rows[index].id }));
    const contacts = withIds.flatMap((c) =>
      c.contacts.map((k, index) => ({
        customer_id: c.id,
        kind: k.kind,
        value: k.value,
        value_reversed: k.kind === 'phone' ? [...k.value].reverse().join('') : null,
        label: null,
        is_primary: c.contacts.findIndex((other) => other.kind === k.kind) === index ? 1 : 0,
        created_at: now,
      })),
    );
    if (contacts.length) await trx.insertInto('customer_contacts').values(contacts).execute();
    const tags = withIds.flatMap((c) => c.tags.map((tag) => ({ customer_id: c.id, tag })));
    if (tags.length) await trx.insertInto('customer_tags').values(tags).execute();
    await indexTokensBulk(trx, dialect, 'customer_search', withIds.map((c) => ({ id: c.id, tokens: documentTokens(c.name, { anyPart: true }) })));
    allIds.push(...withIds.map((c) => c.id));
  }
  return allIds;
}
