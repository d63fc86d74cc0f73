import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, listAuditQuerySchema } from '../../shared/schemas/audit.ts';
import { pageSchema } from '../../shared/schemas/common.ts';
import type { Db } from '../db/create-db.ts';
import { listAudit } from './audit.service.ts';

/** `GET /audit`: the audit log, newest first (admins). */
export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      config: { access: ['admin'] },
      schema: { tags: ['audit'], querystring: listAuditQuerySchema, response: { 200: pageSchema(auditEntrySchema) } },
    },
    (request) => listAudit(db, request.actor!, request.query),
  );
};
