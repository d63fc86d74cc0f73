/** Tables of courses, lessons, cases and pinned self-talk, for Kysely (merged into `Tables`). */
export type CourseTables = Record<never, never>;
