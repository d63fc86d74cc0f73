import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.ts';

/** Which database engine a connection talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** A typed database handle and the engine behind it; the one place dialect differences are known. */
export type Db = Kysely<Tables> & { readonly dialectName: DialectName };

// pg returns int8 (bigint ids, counts) as strings; our ids stay far below 2^53, so read them as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/** Parses `DATABASE_URL`: `postgres://…` for PostgreSQL, `sqlite:PATH` (or a bare path) for an SQLite file. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  return { dialect: 'sqlite', target: url.replace(/^sqlite:/, '') };
}

/** Opens the database named by `url` (SQLite in WAL mode with foreign keys on, or a PostgreSQL pool). */
export function createDb(url: string): Db {
  const { dialect, target } = parseDatabaseUrl(url);
  const kysely =
    dialect === 'postgres'
      ? new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 10 }) }) })
      : new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(openSqlite(target)) }) });
  return Object.assign(kysely, { dialectName: dialect }) as Db;
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
export function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
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
