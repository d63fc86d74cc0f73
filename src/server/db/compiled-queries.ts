import { CompiledQuery, type Compilable, type Insertable, type Kysely } from 'kysely';
import type { Tables } from './tables.ts';

type Table = keyof Tables;

// SQL text by dialect and statement name.
const compiled = new Map<string, string>();

/**
 * Runs the query `build` makes, with `parameters`. Building and compiling a Kysely query costs more CPU than SQLite
 * spends running a small one, and the SQL of a query depends only on its shape, so the hot paths compile each
 * shape (`name`) once per dialect and later only bind new parameters. The first compile checks that Kysely binds
 * exactly `parameters`, in that order, so a wrong list fails at once rather than binding values to other columns.
 */
export async function runCompiled<Row>(db: Kysely<Tables>, name: string, build: () => Compilable<Row>, parameters: readonly unknown[]): Promise<Row[]> {
  const key = `${db.getExecutor().adapter.constructor.name}|${name}`;
  let text = compiled.get(key);
  if (text === undefined) {
    const query = build().compile();
    if (query.parameters.length !== parameters.length || query.parameters.some((p, i) => p !== parameters[i])) {
      throw new Error(`${name}: the query does not bind the parameters given, in their order`);
    }
    text = query.sql;
    // Names are few (fixed hot queries); the bound only guards against a caller naming shapes without end.
    if (compiled.size >= 1000) compiled.clear();
    compiled.set(key, text);
  }
  return (await db.executeQuery<Row>(CompiledQuery.raw(text, [...parameters]))).rows;
}

/** Inserts `rows`, all with the same columns, into `table` (see runCompiled), returning `returning` of each. */
export async function insertRows<T extends Table, R extends string = never>(
  db: Kysely<Tables>,
  table: T,
  rows: Insertable<Tables[T]>[],
  returning?: R,
): Promise<Record<R, number>[]> {
  if (rows.length === 0) return [];
  const first = rows[0] as Record<string, unknown>;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const parameters = rows.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
  const name = `insert ${table} (${columns.join(',')}) × ${rows.length} returning ${returning ?? ''}`;
  return runCompiled(
    db,
    name,
    () => {
      const query = db.insertInto(table).values(rows as never);
      return (returning ? query.returning(returning as never) : query) as Compilable<Record<R, number>>;
    },
    parameters,
  );
}

/** Inserts one row (see insertRows) and returns its `returning` column. */
export async function insertRow<T extends Table, R extends string>(db: Kysely<Tables>, table: T, row: Insertable<Tables[T]>, returning: R): Promise<number> {
  const [inserted] = await insertRows(db, table, [row], returning);
  return inserted[returning];
}
