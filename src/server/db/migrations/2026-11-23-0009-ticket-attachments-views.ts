import type { Kysely } from 'kysely';

/** The academy/tickets: ticket attachments and saved views. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function up(db: Kysely<any>): Promise<void> {}
