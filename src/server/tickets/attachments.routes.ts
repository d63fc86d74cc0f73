import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import { attachmentParamsSchema, attachmentSchema, createTicketViewBodySchema, ticketViewSchema, updateTicketViewBodySchema } from '../../shared/schemas/ticket-files.ts';
import { cleanFileName, contentDisposition, isInlineType, type AttachmentType } from '../../shared/tickets/attachment-rules.ts';
import { attachmentMaxBytesFrom } from '../config.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { readAttachment, readPublicAttachment, removeAttachment, tooLarge, uploadAttachment } from './attachments.service.ts';
import { ticketForKey } from './public.service.ts';
import { changeView, createView, listViews, removeView } from './saved-views.service.ts';

const staff = ['admin', 'supervisor', 'agent', 'inspector', 'department_member'] as const;
const writers = ['admin', 'supervisor', 'agent', 'department_member'] as const;

function sendFile(reply: FastifyReply, file: { fileName: string; contentType: AttachmentType; content: Buffer }) {
  return reply
    .header('content-type', file.contentType)
    .header('content-length', file.content.length)
    .header('content-disposition', contentDisposition(isInlineType(file.contentType) ? 'inline' : 'attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    // A file is served as itself, never as a page that could run script in the app's origin.
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('cache-control', 'private, max-age=3600')
    .send(file.content);
}

/** Attachments on ticket messages, and saved views of the ticket list. */
export const ticketFilesRoutes: FastifyPluginAsyncZod<{ db: Db; attachmentMaxBytes?: number }> = async (app, { db, attachmentMaxBytes }) => {
  const maxBytes = attachmentMaxBytes ?? attachmentMaxBytesFrom();
  // Multipart is parsed only in this plugin's scope; one file per request, capped just above the limit so an
  // oversized upload is cut off early and refused with the limit stated.
  await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 5 } });
  const tags = ['tickets'];

  app.post(
    '/tickets/:id/attachments',
    { config: { access: writers }, schema: { tags, params: idParamsSchema, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } } },
    async (r, reply) => {
      if (!r.isMultipart()) throw new AppError(400, 'attachment_missing');
      const part = await r.file({ throwFileSizeLimit: false });
      if (!part) throw new AppError(400, 'attachment_missing');
      const content = await part.toBuffer();
      if (part.file.truncated) throw tooLarge(maxBytes);
      const attachment = await uploadAttachment(db, r.actor!, r.params.id, { fileName: cleanFileName(part.filename, 'attachment'), content }, maxBytes);
      return reply.status(201).send(attachment);
    },
  );
  app.get('/tickets/:id/attachments/:attachmentId', { config: { access: staff }, schema: { tags, params: attachmentParamsSchema } }, async (r, reply) =>
    sendFile(reply, await readAttachment(db, r.actor!, r.params.id, r.params.attachmentId)),
  );
  app.delete('/tickets/:id/attachments/:attachmentId', { config: { access: writers }, schema: { tags, params: attachmentParamsSchema, response: { 200: okSchema } } }, async (r) => {
    await removeAttachment(db, r.actor!, r.params.id, r.params.attachmentId);
    return { ok: true as const };
  });
  app.get(
    '/public/tickets/:number/attachments/:attachmentId',
    {
      // A customer opens a handful of files; the cap keeps a leaked link from serving as a download mirror.
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: { tags: ['public'], params: z.object({ number: z.string().trim().min(5).max(40), attachmentId: z.coerce.number().int().positive() }), querystring: z.object({ key: z.string().min(10).max(100) }) },
    },
    async (r, reply) => sendFile(reply, await readPublicAttachment(db, await ticketForKey(db, r.params.number, r.query.key), r.params.attachmentId)),
  );

  const viewTags = ['ticket-views'];
  app.get('/ticket-views', { config: { access: staff }, schema: { tags: viewTags, response: { 200: z.array(ticketViewSchema) } } }, (r) => listViews(db, r.actor!));
  app.post('/ticket-views', { config: { access: staff }, schema: { tags: viewTags, body: createTicketViewBodySchema, response: { 201: ticketViewSchema } } }, async (r, reply) =>
    reply.status(201).send(await createView(db, r.actor!, r.body)),
  );
  app.patch('/ticket-views/:id', { config: { access: staff }, schema: { tags: viewTags, params: idParamsSchema, body: updateTicketViewBodySchema, response: { 200: ticketViewSchema } } }, (r) =>
    changeView(db, r.actor!, r.params.id, r.body),
  );
  app.delete('/ticket-views/:id', { config: { access: staff }, schema: { tags: viewTags, params: idParamsSchema, response: { 200: okSchema } } }, async (r) => {
    await removeView(db, r.actor!, r.params.id);
    return { ok: true as const };
  });
};
