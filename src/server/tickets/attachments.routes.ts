import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/create-db.ts';

/** Attachments on ticket messages, and saved views of the ticket list. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const ticketFilesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {};
