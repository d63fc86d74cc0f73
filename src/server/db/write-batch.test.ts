import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createThrowawayDb, testDialects, type ThrowawayDb } from '../test/test-db.ts';
import { inWriteBatch } from './write-batch.ts';

describe.each(testDialects())('write batches on %s', (dialect) => {
  let t: ThrowawayDb;
  beforeAll(async () => {
    t = await createThrowawayDb(dialect);
    await sql`create table notes (id integer primary key, body text not null unique)`.execute(t.db);
  });
  afterAll(() => t.drop());

  const bodies = async () => (await sql<{ body: string }>`select body from notes order by id`.execute(t.db)).rows.map((r) => r.body);
  const add = (id: number, body: string) => inWriteBatch(t.db, async (trx) => {
    await sql`insert into notes (id, body) values (${id}, ${body})`.execute(trx);
    return id;
  });

  it('commits works that arrive together, and a failing one is rolled back alone', async () => {
    const results = await Promise.allSettled([
      add(1, 'first'),
      inWriteBatch(t.db, async (trx) => {
        await sql`insert into notes (id, body) values (2, 'half done')`.execute(trx);
        throw new Error('changed its mind');
      }),
      add(3, 'first'), // breaks the unique constraint of body
      add(4, 'fourth'),
    ]);
    const [first, halfDone, duplicate, fourth] = results;
    expect((halfDone as PromiseRejectedResult).reason.message).toBe('changed its mind');
    expect(fourth).toEqual({ status: 'fulfilled', value: 4 });
    // SQLite batches the works in arrival order; PostgreSQL runs them as concurrent transactions, so either
    // of the two works with the same body may win — but only one.
    if (dialect === 'sqlite') expect([first.status, duplicate.status]).toEqual(['fulfilled', 'rejected']);
    else expect([first.status, duplicate.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect(await bodies()).toEqual(['first', 'fourth']);
  });

  it('writes the rows works leave for the end in one call, leaving out those of a work that failed', async () => {
    const calls: number[][] = [];
    const write = async (trx: Parameters<Parameters<typeof inWriteBatch>[1]>[0], ids: number[]) => {
      calls.push(ids);
      for (const id of ids) await sql`insert into notes (id, body) values (${id}, ${`late ${id}`})`.execute(trx);
    };
    const leave = (id: number, fail = false) => inWriteBatch(t.db, async (_trx, batch) => {
      batch.atEnd('late', id, write);
      if (fail) throw new Error('no');
    });
    const results = await Promise.allSettled([leave(11), leave(12, true), leave(13)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await leave(14);
    // Concurrent PostgreSQL transactions may commit in any order.
    expect(dialect === 'sqlite' ? calls : [...calls].sort((a, b) => a[0] - b[0])).toEqual(dialect === 'sqlite' ? [[11, 13], [14]] : [[11], [13], [14]]);
    expect((await bodies()).filter((b) => b.startsWith('late'))).toEqual(['late 11', 'late 13', 'late 14']);
  });

  it('runs a lone work and later batches as well', async () => {
    expect(await add(5, 'alone')).toBe(5);
    await expect(add(6, 'alone')).rejects.toThrow();
    await Promise.all([add(7, 'seventh'), add(8, 'eighth')]);
    expect((await bodies()).filter((b) => !b.startsWith('late'))).toEqual(['first', 'fourth', 'alone', 'seventh', 'eighth']);
  });
});
