import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWalCheckpoints } from './wal-checkpoints.ts';

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 25));
  return check();
};

describe('WAL checkpoints on their own thread', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The database file alone (copied without its log) holds only what a checkpoint has copied into it.
  const rowsInFileAlone = (file: string) => {
    const copy = `${file}.copy`;
    copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    try {
      return (db.prepare("select count(*) as n from sqlite_master where name = 't'").get() as { n: number }).n === 1 ? (db.prepare('select count(*) as n from t').get() as { n: number }).n : 0;
    } finally {
      db.close();
    }
  };

  it('copies committed writes into the database file while the writer never checkpoints', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lingting-wal-'));
    const file = join(dir, 'db.sqlite');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('create table t (n integer)');
    const insert = writer.prepare('insert into t values (?)');
    writer.transaction(() => { for (let i = 0; i < 500; i++) insert.run(i); })();
    expect(rowsInFileAlone(file)).toBe(0);
    const stop = startWalCheckpoints(file, () => undefined, 50);
    expect(await until(() => rowsInFileAlone(file) === 500)).toBe(true);
    stop();
    writer.close();
  });

  it('tells its owner when the thread dies, so automatic checkpoints can come back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lingting-wal-'));
    let died = false;
    // A folder is not a database: the thread fails to open it and ends.
    startWalCheckpoints(dir, () => (died = true), 50);
    expect(await until(() => died)).toBe(true);
  });
});
