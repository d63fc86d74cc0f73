import type { Kysely } from 'kysely';

/** The academy/tickets: quizzes, question banks, attempts. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function up(db: Kysely<any>): Promise<void> {}
