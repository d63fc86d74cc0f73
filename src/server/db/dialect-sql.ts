import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from './create-db.ts';

/** `date + days` as a `YYYY-MM-DD` text expression, in the engine's own date arithmetic. */
export function addDaysSql(dialect: DialectName, date: RawBuilder<string>, days: RawBuilder<number>): RawBuilder<string> {
  return dialect === 'sqlite'
    ? sql<string>`date(${date}, '+' || ${days} || ' days')`
    : sql<string>`to_char(cast(${date} as date) + ${days}, 'YYYY-MM-DD')`;
}

/** Whether an error is a unique-constraint violation, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
