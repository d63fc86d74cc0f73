import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

/** A company setting's stored value (parsed JSON), or undefined when it was never set. */
export async function selectSetting(db: Kysely<Tables>, key: string): Promise<unknown> {
  const row = await db.selectFrom('company_settings').select('value_json').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}

/** Stores a company setting, replacing any earlier value. */
export async function saveSetting(db: Kysely<Tables>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  const now = new Date().toISOString();
  await db
    .insertInto('company_settings')
    .values({ key, value_json: json, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: json, updated_at: now }))
    .execute();
}
