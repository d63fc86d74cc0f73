import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import {
  productBodySchema,
  productSchema,
  purchaseBodySchema,
  purchaseSchema,
  serviceCommitmentBodySchema,
  serviceCommitmentSchema,
} from '../../shared/schemas/customers.ts';
import type { Db } from '../db/create-db.ts';
import { createProduct, createPurchase, deletePurchase, listCommitments, listProducts, saveCommitment } from './purchases.service.ts';

const readers = ['admin', 'supervisor', 'agent', 'inspector'] as const;
const writers = ['admin', 'supervisor', 'agent'] as const;

/** Products, purchases and the service commitments that define warranty windows. */
export const purchasesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/products', { config: { access: readers }, schema: { tags: ['products'], response: { 200: z.array(productSchema) } } }, (request) =>
    listProducts(db, request.actor!),
  );
  app.post('/products', { config: { access: writers }, schema: { tags: ['products'], body: productBodySchema, response: { 201: productSchema } } }, async (request, reply) =>
    reply.status(201).send(await createProduct(db, request.actor!, request.body)),
  );
  app.post('/purchases', { config: { access: writers }, schema: { tags: ['purchases'], body: purchaseBodySchema, response: { 201: purchaseSchema } } }, async (request, reply) =>
    reply.status(201).send(await createPurchase(db, request.actor!, request.body)),
  );
  app.delete('/purchases/:id', { config: { access: writers }, schema: { tags: ['purchases'], params: idParamsSchema, response: { 200: okSchema } } }, async (request) => {
    await deletePurchase(db, request.actor!, request.params.id);
    return { ok: true as const };
  });
  app.get('/service-commitments', { config: { access: 'signed-in' }, schema: { tags: ['service-commitments'], response: { 200: z.array(serviceCommitmentSchema) } } }, () =>
    listCommitments(db),
  );
  app.post(
    '/service-commitments',
    { config: { access: ['admin'] }, schema: { tags: ['service-commitments'], body: serviceCommitmentBodySchema, response: { 201: serviceCommitmentSchema } } },
    async (request, reply) => reply.status(201).send(await saveCommitment(db, request.actor!, null, request.body)),
  );
  app.put(
    '/service-commitments/:id',
    { config: { access: ['admin'] }, schema: { tags: ['service-commitments'], params: idParamsSchema, body: serviceCommitmentBodySchema, response: { 200: serviceCommitmentSchema } } },
    (request) => saveCommitment(db, request.actor!, request.params.id, request.body),
  );
};
