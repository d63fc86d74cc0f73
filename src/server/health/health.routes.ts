import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../shared/schemas/health.ts';
import type { Db } from '../db/create-db.ts';
import { appVersion } from '../config.ts';

/** `GET /health`: up, and which database answers. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: healthSchema } } },
    async () => {
      await sql`select 1`.execute(db);
      return { status: 'ok' as const, db: db.dialectName, version: appVersion };
    },
  );
};
