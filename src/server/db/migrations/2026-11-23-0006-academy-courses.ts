import type { Kysely } from 'kysely';

/** The academy/tickets: courses, lessons, their versions, case studies and pinned self-talk. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function up(db: Kysely<any>): Promise<void> {}
