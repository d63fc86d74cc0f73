import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/create-db.ts';

/** The role-play simulator. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const simulatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {};
