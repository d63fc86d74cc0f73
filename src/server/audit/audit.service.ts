import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { decodeIdCursor, toPage } from '../plugins/keyset.ts';
import { selectAuditPage } from './audit.queries.ts';
import { canReadAudit } from './audit.policy.ts';

/** Input of an audit page. */
export type AuditQuery = { cursor?: string; limit: number; action?: string; actorId?: number; entityType?: string };

/** One page of the audit log for an admin. */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery) {
  if (!canReadAudit(actor)) throw new AppError(403, 'forbidden');
  const rows = await selectAuditPage(db, { ...query, beforeId: decodeIdCursor(query.cursor) });
  const page = toPage(rows, query.limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ beforeJson, afterJson, ...row }) => ({
      ...row,
      before: beforeJson ? JSON.parse(beforeJson) : null,
      after: afterJson ? JSON.parse(afterJson) : null,
    })),
  };
}
