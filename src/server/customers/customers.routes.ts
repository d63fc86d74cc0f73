import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema, pageQuerySchema, pageSchema } from '../../shared/schemas/common.ts';
import {
  cadenceRulesSchema,
  contactInputSchema,
  contactSchema,
  createCustomerBodySchema,
  customerListItemSchema,
  customerSchema,
  interactionSchema,
  listCustomersQuerySchema,
  logInteractionBodySchema,
  mergeBodySchema,
  updateCustomerBodySchema,
} from '../../shared/schemas/customers.ts';
import type { Db } from '../db/create-db.ts';
import { customerTimeline, getCustomer } from './customer-360.service.ts';
import { customerFilesRoutes } from './customer-files.routes.ts';
import {
  addContact,
  getCadence,
  logInteraction,
  mergeCustomers,
  removeContact,
  revealContact,
  setCadence,
} from './customer-records.service.ts';
import { createCustomer, listCustomers, updateCustomer } from './customers.service.ts';

const readers = ['admin', 'supervisor', 'agent', 'inspector'] as const;
const writers = ['admin', 'supervisor', 'agent'] as const;
const contactParams = z.object({ id: z.coerce.number().int().positive(), contactId: z.coerce.number().int().positive() });

/** The customer archive: list and search, 360 view, profile, contacts, timeline, merge, cadence rules. */
export const customersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['customers'];
  await app.register(customerFilesRoutes, { db });
  app.get('/customers', { config: { access: readers }, schema: { tags, querystring: listCustomersQuerySchema, response: { 200: pageSchema(customerListItemSchema) } } }, (request) =>
    listCustomers(db, request.actor!, request.query),
  );
  app.post('/customers', { config: { access: writers }, schema: { tags, body: createCustomerBodySchema, response: { 201: customerSchema } } }, async (request, reply) => {
    const id = await createCustomer(db, request.actor!, request.body);
    return reply.status(201).send(await getCustomer(db, request.actor!, id));
  });
  app.get('/customers/cadence', { config: { access: readers }, schema: { tags, response: { 200: cadenceRulesSchema } } }, () => getCadence(db));
  app.put('/customers/cadence', { config: { access: ['admin'] }, schema: { tags, body: cadenceRulesSchema, response: { 200: cadenceRulesSchema } } }, (request) =>
    setCadence(db, request.actor!, request.body),
  );
  app.get('/customers/:id', { config: { access: readers }, schema: { tags, params: idParamsSchema, response: { 200: customerSchema } } }, (request) =>
    getCustomer(db, request.actor!, request.params.id),
  );
  app.patch('/customers/:id', { config: { access: writers }, schema: { tags, params: idParamsSchema, body: updateCustomerBodySchema, response: { 200: customerSchema } } }, async (request) => {
    await updateCustomer(db, request.actor!, request.params.id, request.body);
    return getCustomer(db, request.actor!, request.params.id);
  });
  app.get('/customers/:id/timeline', { config: { access: readers }, schema: { tags, params: idParamsSchema, querystring: pageQuerySchema, response: { 200: pageSchema(interactionSchema) } } }, (request) =>
    customerTimeline(db, request.actor!, request.params.id, request.query),
  );
  app.post('/customers/:id/interactions', { config: { access: writers }, schema: { tags, params: idParamsSchema, body: logInteractionBodySchema, response: { 201: okSchema } } }, async (request, reply) => {
    await logInteraction(db, request.actor!, request.params.id, request.body);
    return reply.status(201).send({ ok: true as const });
  });
  app.post(
    '/customers/:id/contacts',
    { config: { access: writers }, schema: { tags, params: idParamsSchema, body: contactInputSchema.extend({ allowDuplicate: z.boolean().optional() }), response: { 201: z.array(contactSchema) } } },
    async (request, reply) => reply.status(201).send(await addContact(db, request.actor!, request.params.id, request.body)),
  );
  app.delete('/customers/:id/contacts/:contactId', { config: { access: writers }, schema: { tags, params: contactParams, response: { 200: okSchema } } }, async (request) => {
    await removeContact(db, request.actor!, request.params.id, request.params.contactId);
    return { ok: true as const };
  });
  app.post('/customers/:id/contacts/:contactId/reveal', { config: { access: readers }, schema: { tags, params: contactParams, response: { 200: z.object({ value: z.string() }) } } }, (request) =>
    revealContact(db, request.actor!, request.params.id, request.params.contactId),
  );
  app.post('/customers/:id/merge', { config: { access: ['admin', 'supervisor'] }, schema: { tags, params: idParamsSchema, body: mergeBodySchema, response: { 200: customerSchema } } }, async (request) => {
    await mergeCustomers(db, request.actor!, request.params.id, request.body.sourceId);
    return getCustomer(db, request.actor!, request.params.id);
  });
};
