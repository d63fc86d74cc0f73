import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../shared/schemas/common.ts';
import { publicComplaintBodySchema } from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { requestLocale } from '../plugins/messages.ts';
import { addPublicMessage, fileComplaint, newChallenge, publicStatus } from './public.service.ts';

const limited = (max: number) => ({
  max,
  timeWindow: 60_000,
  errorResponseBuilder: (_request: unknown, context: { after: string }) => new AppError(429, 'too_many_requests', { retryAfter: context.after }),
});
const statusParams = z.object({ number: z.string().trim().min(5).max(40) });
const keyQuery = z.object({ key: z.string().min(10).max(100) });

/** What customers reach without logging in: the complaint form, its bot check, and the status page. */
export const publicRoutes: FastifyPluginAsyncZod<{ db: Db; publicRequestsPerMinute: number }> = async (app, { db, publicRequestsPerMinute }) => {
  const tags = ['public'];
  app.get('/public/challenge', { config: { access: 'public', rateLimit: limited(publicRequestsPerMinute * 2) }, schema: { tags, response: { 200: z.object({ id: z.string(), question: z.string() }) } } }, (r) =>
    newChallenge(db, requestLocale(r)),
  );
  app.post(
    '/public/complaints',
    { config: { access: 'public', rateLimit: limited(publicRequestsPerMinute) }, schema: { tags, body: publicComplaintBodySchema, response: { 201: z.object({ number: z.string(), statusKey: z.string() }) } } },
    async (r, reply) => reply.status(201).send(await fileComplaint(db, r.body)),
  );
  app.get('/public/tickets/:number', { config: { access: 'public', rateLimit: limited(publicRequestsPerMinute * 6) }, schema: { tags, params: statusParams, querystring: keyQuery } }, (r) =>
    publicStatus(db, r.params.number, r.query.key),
  );
  app.post(
    '/public/tickets/:number/messages',
    { config: { access: 'public', rateLimit: limited(publicRequestsPerMinute) }, schema: { tags, params: statusParams, querystring: keyQuery, body: z.object({ body: z.string().trim().min(1).max(5000) }), response: { 201: okSchema } } },
    async (r, reply) => {
      await addPublicMessage(db, r.params.number, r.query.key, r.body.body);
      return reply.status(201).send({ ok: true as const });
    },
  );
};
