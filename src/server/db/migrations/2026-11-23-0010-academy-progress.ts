import type { Kysely } from 'kysely';

/** The academy: assignments and learning records. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function up(db: Kysely<any>): Promise<void> {}
