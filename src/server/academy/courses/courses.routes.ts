import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/create-db.ts';

/** Courses, case studies and emotion self-care. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const coursesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {};
