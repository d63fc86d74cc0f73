import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import { bulkUpdateBodySchema, evaluationBodySchema } from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/create-db.ts';
import { awaitingEvaluation, bulkUpdate, evaluateCase, markUnreasonable, policyFlags } from './supervision.service.ts';

const workers = ['admin', 'supervisor', 'agent'] as const;
const supervisors = ['admin', 'supervisor'] as const;

/** Bulk changes, unreasonable-request counting with policy flags, and evaluation of difficult cases. */
export const supervisionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['tickets'];
  app.post('/tickets/bulk', { config: { access: workers }, schema: { tags, body: bulkUpdateBodySchema, response: { 200: z.object({ updated: z.number() }) } } }, (r) => bulkUpdate(db, r.actor!, r.body));
  app.put(
    '/tickets/:id/unreasonable',
    { config: { access: workers }, schema: { tags, params: idParamsSchema, body: z.object({ policy: z.string().trim().min(1).max(100).nullable() }), response: { 200: okSchema } } },
    async (r) => {
      await markUnreasonable(db, r.actor!, r.params.id, r.body.policy);
      return { ok: true as const };
    },
  );
  app.get(
    '/policy-flags',
    { config: { access: supervisors }, schema: { tags, response: { 200: z.array(z.object({ policy: z.string(), count: z.number(), flagged: z.boolean(), threshold: z.number() })) } } },
    (r) => policyFlags(db, r.actor!),
  );
  app.get(
    '/evaluations/pending',
    { config: { access: supervisors }, schema: { tags, response: { 200: z.array(z.object({ id: z.number(), number: z.string(), subject: z.string(), difficultType: z.string().nullable(), ownerName: z.string().nullable(), closedAt: z.string().nullable() })) } } },
    (r) => awaitingEvaluation(db, r.actor!),
  );
  app.post('/tickets/:id/evaluation', { config: { access: supervisors }, schema: { tags, params: idParamsSchema, body: evaluationBodySchema, response: { 201: okSchema } } }, async (r, reply) => {
    await evaluateCase(db, r.actor!, r.params.id, r.body);
    return reply.status(201).send({ ok: true as const });
  });
};
