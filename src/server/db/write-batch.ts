import { sql, type Kysely } from 'kysely';
import type { Db } from './create-db.ts';
import type { Tables } from './tables.ts';

/** What a work may leave for the end of its transaction. */
export type WriteBatch = {
  /**
   * Leaves `row` to be written together with the rows of the same `key` from every work of the batch, by one call of
   * `write` just before the commit. Meant for full-text rows: SQLite's FTS5 writes its pending rows out as a new
   * segment at every savepoint, so rows inserted one per work would each cost a segment write and later merges.
   */
  atEnd<R>(key: string, row: R, write: (trx: Kysely<Tables>, rows: R[]) => Promise<void>): void;
};

type Work<T> = (trx: Kysely<Tables>, batch: WriteBatch) => Promise<T>;
type Queued = { work: Work<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
type EndRows = Map<string, { rows: unknown[]; write: (trx: Kysely<Tables>, rows: unknown[]) => Promise<void> }>;

const queues = new WeakMap<Db, Queued[]>();

/**
 * Runs `work` in a transaction and resolves once it has committed. SQLite writes one transaction at a time and each
 * commit costs more than a small write, so on SQLite the works that arrive in the same turn of the event loop share
 * one transaction — group commit — each inside its own savepoint when there are several, so a work that throws is
 * rolled back alone and the others still commit. On PostgreSQL connections write concurrently and every work gets
 * its own transaction.
 *
 * `work` must use only the transaction it is given: on SQLite the one connection is busy until the batch ends.
 */
export function inWriteBatch<T>(db: Db, work: Work<T>): Promise<T> {
  if (db.dialectName !== 'sqlite') {
    return db.transaction().execute(async (trx) => {
      const own: EndRows = new Map();
      const value = await work(trx, collector(own));
      await writeEndRows(trx, own);
      return value;
    });
  }
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => void flush(db));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

async function flush(db: Db) {
  const batch = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: Outcome[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      const kept: EndRows = new Map();
      for (const item of batch) {
        const own: EndRows = new Map();
        // A lone work needs no savepoint: if it throws, the whole transaction is its own to roll back.
        const outcome = batch.length === 1 ? { ok: true as const, value: await item.work(trx, collector(own)) } : await inSavepoint(trx, item.work, own);
        if (outcome.ok) merge(kept, own);
        outcomes.push(outcome);
      }
      await writeEndRows(trx, kept);
    });
  } catch (error) {
    for (const item of batch) item.reject(error);
    return;
  }
  batch.forEach((item, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  });
}

async function inSavepoint(trx: Kysely<Tables>, work: Work<unknown>, own: EndRows): Promise<Outcome> {
  await sql`savepoint batch_item`.execute(trx);
  try {
    const value = await work(trx, collector(own));
    await sql`release batch_item`.execute(trx);
    return { ok: true, value };
  } catch (error) {
    await sql`rollback to batch_item`.execute(trx);
    await sql`release batch_item`.execute(trx);
    own.clear();
    return { ok: false, error };
  }
}

function collector(rows: EndRows): WriteBatch {
  return {
    atEnd(key, row, write) {
      const entry = rows.get(key) ?? { rows: [], write: write as (trx: Kysely<Tables>, rows: unknown[]) => Promise<void> };
      entry.rows.push(row);
      rows.set(key, entry);
    },
  };
}

function merge(into: EndRows, from: EndRows) {
  for (const [key, entry] of from) {
    const target = into.get(key);
    if (target) target.rows.push(...entry.rows);
    else into.set(key, entry);
  }
}

async function writeEndRows(trx: Kysely<Tables>, rows: EndRows) {
  for (const { rows: list, write } of rows.values()) await write(trx, list);
}
