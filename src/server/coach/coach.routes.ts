import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import {
  cannedRepliesQuerySchema,
  cannedReplySchema,
  coachConversationBodySchema,
  coachCustomerBodySchema,
  coachReplyBodySchema,
  coachReplyResponseSchema,
  coachRuleBodySchema,
  coachRuleSchema,
  conversationAnalysisSchema,
  customerAnalysisSchema,
} from '../../shared/schemas/coach.ts';
import type { Db } from '../db/create-db.ts';
import { requestLocale } from '../plugins/messages.ts';
import { createCoachRule, deleteCoachRuleById, listCoachRules, updateCoachRuleById } from './coach-rules.service.ts';
import { checkReply, listCannedReplies, readCustomer, scoreConversation } from './coach.service.ts';

const tags = ['coach'];

/** The language coach: check replies, read customers, score conversations, canned replies, company rules. */
export const coachRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const signedIn = { access: 'signed-in' as const };
  const admins = { access: ['admin'] as const };
  app.post('/coach/reply', { config: signedIn, schema: { tags, body: coachReplyBodySchema, response: { 200: coachReplyResponseSchema } } }, (request) =>
    checkReply(db, request.actor, request.body, request.body.locale ?? requestLocale(request)),
  );
  app.post('/coach/customer', { config: signedIn, schema: { tags, body: coachCustomerBodySchema, response: { 200: customerAnalysisSchema } } }, (request) =>
    readCustomer(request.actor, request.body, request.body.locale ?? requestLocale(request)),
  );
  app.post(
    '/coach/conversation',
    { config: signedIn, schema: { tags, body: coachConversationBodySchema, response: { 200: conversationAnalysisSchema } } },
    (request) => scoreConversation(request.actor, request.body, request.body.locale ?? requestLocale(request)),
  );
  app.get(
    '/coach/canned-replies',
    { config: signedIn, schema: { tags, querystring: cannedRepliesQuerySchema, response: { 200: z.array(cannedReplySchema) } } },
    (request) => listCannedReplies(request.actor, request.query.scenario),
  );
  app.get('/coach/rules', { config: signedIn, schema: { tags, response: { 200: z.array(coachRuleSchema) } } }, (request) =>
    listCoachRules(db, request.actor),
  );
  app.post('/coach/rules', { config: admins, schema: { tags, body: coachRuleBodySchema, response: { 201: coachRuleSchema } } }, async (request, reply) =>
    reply.status(201).send(await createCoachRule(db, request.actor, request.body)),
  );
  app.put(
    '/coach/rules/:id',
    { config: admins, schema: { tags, params: idParamsSchema, body: coachRuleBodySchema, response: { 200: coachRuleSchema } } },
    (request) => updateCoachRuleById(db, request.actor, request.params.id, request.body),
  );
  app.delete('/coach/rules/:id', { config: admins, schema: { tags, params: idParamsSchema, response: { 200: okSchema } } }, async (request) => {
    await deleteCoachRuleById(db, request.actor, request.params.id);
    return { ok: true as const };
  });
};
