import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { findTokenOf, insertToken, selectTokensOf } from './tokens.queries.ts';

/** The signed-in user's own API tokens. */
export function listTokens(db: Db, actor: Actor) {
  return selectTokensOf(db, actor.id);
}

/** Creates a personal API token for the actor; the secret is returned once and only its hash is kept. */
export async function createToken(db: Db, actor: Actor, input: { name: string }) {
  const token = newSecret('lt_');
  const id = await db.transaction().execute(async (trx) => {
    const tokenId = await insertToken(trx, { userId: actor.id, name: input.name, prefix: token.slice(0, 10), tokenHash: sha256(token) });
    await insertAudit(trx, { actorId: actor.id, action: 'token.created', entityType: 'api_token', entityId: tokenId, after: { name: input.name }, ip: actor.ip });
    return tokenId;
  });
  return { apiToken: (await findTokenOf(db, actor.id, id))!, token };
}

/** Revokes one of the actor's tokens. */
export async function revokeToken(db: Db, actor: Actor, id: number) {
  await db.transaction().execute(async (trx) => {
    const token = await findTokenOf(trx, actor.id, id);
    if (!token) throw new AppError(404, 'token_not_found', { id });
    if (token.revokedAt) return;
    await trx.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'token.revoked', entityType: 'api_token', entityId: id, ip: actor.ip });
  });
  return (await findTokenOf(db, actor.id, id))!;
}
