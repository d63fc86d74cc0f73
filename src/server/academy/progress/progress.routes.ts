import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/create-db.ts';

/** Assignments, "my learning", progress per person and team, certificates. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const progressRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {};
