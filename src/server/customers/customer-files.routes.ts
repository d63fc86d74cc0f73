import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  exportQuerySchema,
  importFileSchema,
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
} from '../../shared/schemas/customers.ts';
import { localDate } from '../../shared/customers/dates.ts';
import type { Db } from '../db/create-db.ts';
import { requestLocale } from '../plugins/messages.ts';
import { exportCustomers } from './customer-export.service.ts';
import { importCustomers, previewImport } from './customer-import.service.ts';

const managers = ['admin', 'supervisor'] as const;
// A 100,000-row spreadsheet is ~10 MB, ~14 MB once base64-encoded.
const bodyLimit = 64 * 1024 * 1024;

/** Import (preview, dry run, commit) and export of the customer archive. */
export const customerFilesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['customers'];
  app.post('/customers/import/preview', { bodyLimit, config: { access: managers }, schema: { tags, body: importFileSchema, response: { 200: importPreviewSchema } } }, (request) =>
    previewImport(db, request.actor!, request.body),
  );
  app.post('/customers/import', { bodyLimit, config: { access: managers }, schema: { tags, body: importRequestSchema, response: { 200: importResultSchema } } }, (request) =>
    importCustomers(db, request.actor!, request.body, requestLocale(request)),
  );
  app.get('/customers/export', { config: { access: managers }, schema: { tags, querystring: exportQuerySchema } }, async (request, reply) => {
    const { format } = request.query;
    const stream = await exportCustomers(db, request.actor!, request.query, requestLocale(request));
    const stamp = localDate(new Date(), request.actor!.timeZone);
    reply.header('content-disposition', `attachment; filename="customers-${stamp}.${format}"`);
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(stream);
  });
};
