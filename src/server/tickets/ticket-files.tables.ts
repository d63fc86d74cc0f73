/** Tables of ticket attachments and saved views, for Kysely (merged into `Tables`). */
export type TicketFileTables = Record<never, never>;
