import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../shared/schemas/common.ts';
import { apiTokenSchema, createTokenBodySchema, createTokenResponseSchema } from '../../shared/schemas/tokens.ts';
import type { Db } from '../db/create-db.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';

/** The signed-in user's personal API tokens for integrations. */
export const tokensRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/tokens',
    { config: { access: 'signed-in' }, schema: { tags: ['tokens'], response: { 200: z.array(apiTokenSchema) } } },
    (request) => listTokens(db, request.actor!),
  );
  app.post(
    '/tokens',
    { config: { access: 'signed-in' }, schema: { tags: ['tokens'], body: createTokenBodySchema, response: { 201: createTokenResponseSchema } } },
    async (request, reply) => reply.status(201).send(await createToken(db, request.actor!, request.body)),
  );
  app.delete(
    '/tokens/:id',
    { config: { access: 'signed-in' }, schema: { tags: ['tokens'], params: idParamsSchema, response: { 200: apiTokenSchema } } },
    (request) => revokeToken(db, request.actor!, request.params.id),
  );
};
