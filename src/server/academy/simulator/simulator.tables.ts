/** Tables of simulations and their turns, for Kysely (merged into `Tables`). */
export type SimulatorTables = Record<never, never>;
