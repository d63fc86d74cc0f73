import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type Driver, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.ts';
import { startWalCheckpoints, type StopCheckpoints } from './wal-checkpoints.ts';

/** Which database engine a connection talks to. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * A typed database handle and the engine behind it; the one place dialect differences are known. `sqliteFile` is
 * the file of an SQLite database (not of an in-memory one), which another thread may open too.
 */
export type Db = Kysely<Tables> & { readonly dialectName: DialectName; readonly sqliteFile?: string };

// pg returns int8 (bigint ids, counts) as strings; our ids stay far below 2^53, so read them as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/** Parses `DATABASE_URL`: `postgres://…` for PostgreSQL, `sqlite:PATH` (or a bare path) for an SQLite file. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  return { dialect: 'sqlite', target: url.replace(/^sqlite:/, '') };
}

const walPagesBeforeWriterCheckpoint = 50_000;

/**
 * Opens the database named by `url` (SQLite in WAL mode with foreign keys on, or a PostgreSQL pool). An SQLite
 * file gets a checkpoint thread (see startWalCheckpoints) unless `secondary`: a further connection to a file whose
 * first connection already runs one.
 */
export function createDb(url: string, { secondary = false } = {}): Db {
  const { dialect, target } = parseDatabaseUrl(url);
  if (dialect === 'postgres') {
    const kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 10 }) }) });
    return Object.assign(kysely, { dialectName: dialect }) as Db;
  }
  const database = openSqlite(target);
  const sqliteFile = target === ':memory:' ? undefined : target;
  let stopCheckpoints: StopCheckpoints | undefined;
  if (sqliteFile) {
    // The checkpoint thread copies the log back; but a log starts over only once every frame is copied, which under
    // sustained writes never happens from another thread. So a committing writer still checkpoints, past 50,000 pages
    // (about 200 MB): by then the thread has copied all but its last tenth of a second, so the writer's share is small
    // and rare; the next write starts the log over, and the file is cut back to 64 MB.
    database.pragma(`wal_autocheckpoint = ${walPagesBeforeWriterCheckpoint}`);
    database.pragma('journal_size_limit = 67108864');
    if (!secondary) stopCheckpoints = startWalCheckpoints(sqliteFile, () => database.open && database.pragma('wal_autocheckpoint = 1000'));
  }
  const kysely = new Kysely<Tables>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(database, stopCheckpoints) }) });
  return Object.assign(kysely, { dialectName: dialect, sqliteFile }) as Db;
}

/**
 * Starts SQLite transactions with BEGIN IMMEDIATE, taking the write lock up front. Another connection (the ticket
 * intake thread) writes to the same file; a deferred transaction that read before that commit could then never
 * write (SQLITE_BUSY_SNAPSHOT), while an immediate one waits its turn under busy_timeout.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

function openSqlite(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
  database.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (the default is 2 MiB): at 10^6 tickets the hot index pages of every insert stay in memory.
  database.pragma('cache_size = -65536');
  return database;
}

const cachedStatements = 500;

/**
 * Kysely prepares every query afresh, and preparing costs more than running a small statement, so statements
 * are kept by their SQL (least recently used dropped beyond a bound). A statement still being iterated by a
 * stream is busy and cannot run twice at once; then a fresh one is prepared.
 */
export function withStatementCache(database: Database.Database, beforeClose?: () => void): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => {
      beforeClose?.();
      database.close();
    },
    prepare(sql) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      if (!hit) cache.set(sql, statement);
      if (cache.size > cachedStatements) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
