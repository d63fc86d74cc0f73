import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

const columns = ['id', 'name', 'prefix', 'created_at as createdAt', 'last_used_at as lastUsedAt', 'revoked_at as revokedAt'] as const;

/** A user's API tokens, newest first. */
export function selectTokensOf(db: Kysely<Tables>, userId: number) {
  return db.selectFrom('api_tokens').select(columns).where('user_id', '=', userId).orderBy('id', 'desc').execute();
}

/** One of a user's tokens, or undefined. */
export function findTokenOf(db: Kysely<Tables>, userId: number, id: number) {
  return db.selectFrom('api_tokens').select(columns).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** Stores a token's hash and returns its id. */
export async function insertToken(db: Kysely<Tables>, values: { userId: number; name: string; prefix: string; tokenHash: string }) {
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: values.userId,
      name: values.name,
      prefix: values.prefix,
      token_hash: values.tokenHash,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
