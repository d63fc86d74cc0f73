import type { Kysely } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';

/** What an audit entry records. */
export type AuditRecord = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** Appends an audit entry; pass the transaction of the change it records. */
export async function insertAudit(db: Kysely<Tables>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: record.actorId,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId === null ? null : String(record.entityId),
      before_json: record.before === undefined ? null : JSON.stringify(record.before),
      after_json: record.after === undefined ? null : JSON.stringify(record.after),
      ip: record.ip ?? null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** Filters of an audit page. */
export type AuditFilter = { beforeId?: number; limit: number; action?: string; actorId?: number; entityType?: string };

/** One page of the audit log, newest first, keyset-paginated by id. */
export function selectAuditPage(db: Db, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.actor_id as actorId',
      'users.name as actorName',
      'audit_log.action',
      'audit_log.entity_type as entityType',
      'audit_log.entity_id as entityId',
      'audit_log.before_json as beforeJson',
      'audit_log.after_json as afterJson',
      'audit_log.ip',
      'audit_log.created_at as createdAt',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.beforeId) query = query.where('audit_log.id', '<', filter.beforeId);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.actorId) query = query.where('audit_log.actor_id', '=', filter.actorId);
  if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
  return query.execute();
}
