import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from './create-db.ts';

/** `date + days` as a `YYYY-MM-DD` text expression, in the engine's own date arithmetic. */
export function addDaysSql(dialect: DialectName, date: RawBuilder<string>, days: RawBuilder<number>): RawBuilder<string> {
  return dialect === 'sqlite'
    ? sql<string>`date(${date}, '+' || ${days} || ' days')`
    : sql<string>`to_char(cast(${date} as date) + ${days}, 'YYYY-MM-DD')`;
}
