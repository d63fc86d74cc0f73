import type { Kysely } from 'kysely';
import { insertRows } from '../db/compiled-queries.ts';
import type { InteractionsTable, Tables } from '../db/tables.ts';

/** What an interaction records; `ref` points at the ticket, survey … it came from. */
export type NewInteraction = {
  customerId: number;
  kind: InteractionsTable['kind'];
  direction?: InteractionsTable['direction'];
  summary: string;
  occurredAt?: string;
  actorId: number | null;
  ref?: { type: string; id: string | number };
};

/** Appends an entry to a customer's timeline. */
export async function insertInteraction(db: Kysely<Tables>, entry: NewInteraction): Promise<void> {
  const now = new Date().toISOString();
  await insertRows(db, 'interactions', [
    {
      customer_id: entry.customerId,
      kind: entry.kind,
      direction: entry.direction ?? null,
      summary: entry.summary,
      occurred_at: entry.occurredAt ?? now,
      actor_id: entry.actorId,
      ref_type: entry.ref?.type ?? null,
      ref_id: entry.ref ? String(entry.ref.id) : null,
      created_at: now,
    },
  ]);
}

/** One page of a customer's timeline, newest first, keyset-paginated by (occurred_at, id). */
export function selectTimeline(db: Kysely<Tables>, customerId: number, limit: number, before?: { occurredAt: string; id: number }) {
  let query = db
    .selectFrom('interactions')
    .leftJoin('users', 'users.id', 'interactions.actor_id')
    .select([
      'interactions.id',
      'interactions.kind',
      'interactions.direction',
      'interactions.summary',
      'interactions.occurred_at as occurredAt',
      'interactions.actor_id as actorId',
      'users.name as actorName',
    ])
    .where('interactions.customer_id', '=', customerId)
    .orderBy('interactions.occurred_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(limit + 1);
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('interactions.occurred_at', '<', before.occurredAt),
        eb.and([eb('interactions.occurred_at', '=', before.occurredAt), eb('interactions.id', '<', before.id)]),
      ]),
    );
  }
  return query.execute();
}
