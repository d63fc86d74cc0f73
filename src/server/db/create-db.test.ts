import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './create-db.ts';

describe('the SQLite statement cache', () => {
  it('prepares a statement once and reuses it', () => {
    const db = withStatementCache(new Database(':memory:'));
    expect(db.prepare('select 1')).toBe(db.prepare('select 1'));
    expect(db.prepare('select 2')).not.toBe(db.prepare('select 1'));
    db.close();
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const raw = new Database(':memory:');
    raw.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const db = withStatementCache(raw);
    const sqlText = 'select n from t order by n';
    const outer = db.prepare(sqlText);
    const seen: number[] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = db.prepare(sqlText);
      expect(inner).not.toBe(outer);
      seen.push(row.n, (inner.all([]) as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    expect(db.prepare(sqlText)).toBe(outer);
    db.close();
  });

  it('keeps a bounded number of statements, dropping the least recently used', () => {
    const db = withStatementCache(new Database(':memory:'));
    const first = db.prepare('select 0');
    for (let i = 1; i <= 500; i++) db.prepare(`select ${i}`);
    expect(db.prepare('select 500')).toBe(db.prepare('select 500'));
    expect(db.prepare('select 0')).not.toBe(first);
    db.close();
  });
});
