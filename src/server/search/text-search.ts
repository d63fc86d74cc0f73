import { sql, type Kysely } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';

// The one place that knows how each engine searches text: SQLite FTS5 over space-separated tokens
// (rowid = record id), PostgreSQL a tsvector ('simple' config) column with a GIN index.

/** Search tables, each keyed by the id of the record it indexes. */
export type SearchTable = 'customer_search' | 'ticket_search';

function quoted(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/** Replaces the indexed tokens of one record; `isNew` skips removing old tokens of a record just inserted. */
export async function indexTokens(db: Kysely<Tables>, dialect: Db['dialectName'], table: SearchTable, id: number, tokens: string[], isNew = false) {
  const text = tokens.join(' ');
  if (dialect === 'sqlite') {
    if (!isNew) await sql`delete from ${sql.table(table)} where rowid = ${id}`.execute(db);
    await sql`insert into ${sql.table(table)} (rowid, tokens) values (${id}, ${text})`.execute(db);
  } else {
    await sql`insert into ${sql.table(table)} (id, tokens) values (${id}, to_tsvector('simple', ${text}))
      on conflict (id) do update set tokens = excluded.tokens`.execute(db);
  }
}

/** Indexes many records at once (imports); the records must not be indexed yet. */
export async function indexTokensBulk(
  db: Kysely<Tables>,
  dialect: Db['dialectName'],
  table: SearchTable,
  rows: { id: number; tokens: string[] }[],
) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = chunk.map((r) =>
      dialect === 'sqlite' ? sql`(${r.id}, ${r.tokens.join(' ')})` : sql`(${r.id}, to_tsvector('simple', ${r.tokens.join(' ')}))`,
    );
    const column = dialect === 'sqlite' ? sql.raw('rowid') : sql.raw('id');
    await sql`insert into ${sql.table(table)} (${column}, tokens) values ${sql.join(values)}`.execute(db);
  }
}

/** Removes a record from a search table. */
export async function unindex(db: Kysely<Tables>, dialect: Db['dialectName'], table: SearchTable, id: number) {
  const column = dialect === 'sqlite' ? sql.raw('rowid') : sql.raw('id');
  await sql`delete from ${sql.table(table)} where ${column} = ${id}`.execute(db);
}

/**
 * A select of the ids whose tokens contain every query token (bare, so it can join a UNION; wrap it in
 * parentheses to use it with IN). `newest` keeps only that many highest ids, which FTS5 reads in id order.
 */
export function matchingIds(dialect: Db['dialectName'], table: SearchTable, tokens: string[], newest?: number) {
  const limit = newest ? sql` order by ${sql.raw(dialect === 'sqlite' ? 'rowid' : 'id')} desc limit ${sql.lit(newest)}` : sql``;
  if (dialect === 'sqlite') {
    const match = tokens.map(quoted).join(' AND ');
    return sql<number>`select rowid from ${sql.table(table)} where ${sql.table(table)} match ${match}${limit}`;
  }
  // plainto_tsquery parses the tokens exactly as to_tsvector parsed the document, and ANDs them.
  return sql<number>`select id from ${sql.table(table)} where tokens @@ plainto_tsquery('simple', ${tokens.join(' ')})${limit}`;
}
