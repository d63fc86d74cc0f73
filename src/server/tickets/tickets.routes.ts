import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema, pageSchema } from '../../shared/schemas/common.ts';
import {
  compensationBodySchema,
  compensationDecisionSchema,
  createTicketBodySchema,
  escalateBodySchema,
  followUpOutcomeBodySchema,
  listTicketsQuerySchema,
  messageBodySchema,
  routeBodySchema,
  stepActionBodySchema,
  ticketListItemSchema,
  ticketSchema,
  updateTicketBodySchema,
} from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/create-db.ts';
import { listFollowUps, recordFollowUp } from './follow-ups.service.ts';
import { deskCounts } from './desk.service.ts';
import { generateLetter } from './letters.service.ts';
import { searchAll } from './search.service.ts';
import { getTicket } from './ticket-detail.service.ts';
import { stepAction } from './ticket-steps.service.ts';
import { addMessage, decideCompensation, deEscalate, escalate, pendingCompensations, reopen, requestCompensation, route } from './ticket-work.service.ts';
import { listTickets } from './ticket-list.service.ts';
import { updateTicket } from './tickets.service.ts';
import { createTicketIntake } from './ticket-intake.ts';
import { canWorkTickets } from './tickets.policy.ts';
import { AppError } from '../plugins/errors.ts';

const staff = ['admin', 'supervisor', 'agent', 'inspector', 'department_member'] as const;
const workers = ['admin', 'supervisor', 'agent'] as const;
const supervisors = ['admin', 'supervisor'] as const;

/** Tickets: desk queues, the ticket page, the six steps, messages, escalation, routing, compensation, follow-ups, search. */
export const ticketsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['tickets'];
  const withTicket = async (id: number, actor: Parameters<typeof getTicket>[1]) => getTicket(db, actor, id);
  const intake = createTicketIntake(db);
  // A listening server warms the thread up; tests that only inject requests start it on their first ticket.
  app.addHook('onListen', async () => intake.warmUp());
  app.addHook('onClose', () => intake.close());

  app.get('/tickets', { config: { access: staff }, schema: { tags, querystring: listTicketsQuerySchema, response: { 200: pageSchema(ticketListItemSchema) } } }, (r) => listTickets(db, r.actor!, r.query));
  app.post('/tickets', { config: { access: workers }, schema: { tags, body: createTicketBodySchema, response: { 201: ticketSchema } } }, async (r, reply) =>
    reply.status(201).send(await intake.open(r.actor!, r.body)),
  );
  app.get('/tickets/:id', { config: { access: staff }, schema: { tags, params: idParamsSchema, response: { 200: ticketSchema } } }, (r) => withTicket(r.params.id, r.actor!));
  app.patch('/tickets/:id', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: updateTicketBodySchema, response: { 200: ticketSchema } } }, async (r) => {
    await updateTicket(db, r.actor!, r.params.id, r.body);
    return withTicket(r.params.id, r.actor!);
  });
  app.post('/tickets/:id/steps', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: stepActionBodySchema, response: { 200: ticketSchema } } }, async (r) => {
    await stepAction(db, r.actor!, r.params.id, r.body);
    return withTicket(r.params.id, r.actor!);
  });
  app.post('/tickets/:id/messages', { config: { access: [...workers, 'department_member'] }, schema: { tags, params: idParamsSchema, body: messageBodySchema, response: { 201: ticketSchema } } }, async (r, reply) => {
    await addMessage(db, r.actor!, r.params.id, r.body);
    return reply.status(201).send(await withTicket(r.params.id, r.actor!));
  });
  app.post('/tickets/:id/escalate', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: escalateBodySchema, response: { 200: ticketSchema } } }, async (r) => {
    await escalate(db, r.actor!, r.params.id, r.body);
    return withTicket(r.params.id, r.actor!);
  });
  app.post(
    '/tickets/:id/de-escalate',
    { config: { access: supervisors }, schema: { tags, params: idParamsSchema, body: z.object({ version: z.number().int(), takeOwnership: z.boolean().optional() }), response: { 200: ticketSchema } } },
    async (r) => {
      await deEscalate(db, r.actor!, r.params.id, r.body);
      return withTicket(r.params.id, r.actor!);
    },
  );
  app.post('/tickets/:id/route', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: routeBodySchema, response: { 200: ticketSchema } } }, async (r) => {
    await route(db, r.actor!, r.params.id, r.body);
    return withTicket(r.params.id, r.actor!);
  });
  app.post('/tickets/:id/reopen', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: z.object({ reason: z.string().trim().min(1).max(500) }), response: { 200: ticketSchema } } }, async (r) => {
    if (!canWorkTickets(r.actor!)) throw new AppError(403, 'forbidden');
    await db.transaction().execute((trx) => reopen(trx, r.actor!.id, r.params.id, r.body.reason));
    return withTicket(r.params.id, r.actor!);
  });
  app.post('/tickets/:id/compensations', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: compensationBodySchema, response: { 201: ticketSchema } } }, async (r, reply) => {
    await requestCompensation(db, r.actor!, r.params.id, r.body);
    return reply.status(201).send(await withTicket(r.params.id, r.actor!));
  });
  app.post(
    '/tickets/:id/letter',
    { config: { access: workers }, schema: { tags, params: idParamsSchema, body: z.object({ kind: z.enum(['apology', 'thanks']) }), response: { 200: z.object({ subject: z.string(), body: z.string() }) } } },
    (r) => generateLetter(db, r.actor!, r.params.id, r.body.kind),
  );
  app.get(
    '/compensations/pending',
    { config: { access: supervisors }, schema: { tags, response: { 200: z.array(z.object({ id: z.number(), ticketId: z.number(), number: z.string(), type: z.string(), amountCents: z.number(), description: z.string(), requestedBy: z.string().nullable(), createdAt: z.string() })) } } },
    (r) => pendingCompensations(db, r.actor!),
  );
  app.post('/compensations/:id/decision', { config: { access: supervisors }, schema: { tags, params: idParamsSchema, body: compensationDecisionSchema, response: { 200: okSchema } } }, async (r) => {
    await decideCompensation(db, r.actor!, r.params.id, r.body);
    return { ok: true as const };
  });
  app.get(
    '/follow-ups',
    {
      config: { access: workers },
      schema: {
        tags,
        querystring: z.object({ scope: z.enum(['mine', 'all']).default('mine'), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.array(z.object({ id: z.number(), ticketId: z.number(), number: z.string(), subject: z.string(), customerName: z.string(), assigneeName: z.string().nullable(), dueAt: z.string() })) },
      },
    },
    (r) => listFollowUps(db, r.actor!, r.query),
  );
  app.post('/follow-ups/:id/outcome', { config: { access: workers }, schema: { tags, params: idParamsSchema, body: followUpOutcomeBodySchema, response: { 200: okSchema } } }, async (r) => {
    await recordFollowUp(db, r.actor!, r.params.id, r.body);
    return { ok: true as const };
  });
  app.get(
    '/desk/counts',
    { config: { access: [...workers, 'inspector', 'department_member'] }, schema: { tags, response: { 200: z.record(z.string(), z.number()) } } },
    (r) => deskCounts(db, r.actor!),
  );
  app.get('/search', { config: { access: ['admin', 'supervisor', 'agent', 'inspector'] }, schema: { tags: ['search'], querystring: z.object({ q: z.string().trim().min(1).max(100) }) } }, (r) =>
    searchAll(db, r.actor!, r.query.q),
  );
};
