import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/create-db.ts';

/** Quizzes, question banks and attempts. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const quizzesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {};
