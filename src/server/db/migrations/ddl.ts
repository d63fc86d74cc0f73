// Frozen helper for migrations: the only place where SQLite and PostgreSQL DDL differ.
// Never edit a function here once a landed migration uses it; add a new one instead.
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** Whether the migration runs on PostgreSQL (else SQLite). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incrementing primary key column definition for the engine. */
export function autoId(db: Kysely<any>) {
  const pg = isPostgres(db);
  return (col: ColumnDefinitionBuilder) =>
    pg ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
}

/** The column type of an auto-incrementing id and of the columns referring to it. */
export function idType(db: Kysely<any>): 'bigint' | 'integer' {
  return isPostgres(db) ? 'bigint' : 'integer';
}
