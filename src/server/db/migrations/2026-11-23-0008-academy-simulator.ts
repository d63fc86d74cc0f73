import type { Kysely } from 'kysely';

/** The academy/tickets: role-play simulations and their turns. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function up(db: Kysely<any>): Promise<void> {}
