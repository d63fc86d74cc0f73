/** Tables of assignments and learning records, for Kysely (merged into `Tables`). */
export type ProgressTables = Record<never, never>;
