import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, pageSchema } from '../../shared/schemas/common.ts';
import {
  createUserBodySchema,
  createUserResponseSchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userSchema,
} from '../../shared/schemas/users.ts';
import type { Db } from '../db/create-db.ts';
import { createUser, listUsers, resetPassword, updateUser } from './users.service.ts';

/** Staff accounts: list, create (invite), change role/department/state, reset password. */
export const usersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/users',
    {
      config: { access: ['admin', 'supervisor'] },
      schema: { tags: ['users'], querystring: listUsersQuerySchema, response: { 200: pageSchema(userSchema) } },
    },
    (request) => listUsers(db, request.actor!, request.query),
  );

  app.post(
    '/users',
    {
      config: { access: ['admin'] },
      schema: { tags: ['users'], body: createUserBodySchema, response: { 201: createUserResponseSchema } },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, request.actor!, request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: ['admin'] },
      schema: { tags: ['users'], params: idParamsSchema, body: updateUserBodySchema, response: { 200: userSchema } },
    },
    (request) => updateUser(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: ['admin'] },
      schema: { tags: ['users'], params: idParamsSchema, response: { 200: z.object({ temporaryPassword: z.string() }) } },
    },
    (request) => resetPassword(db, request.actor!, request.params.id),
  );
};
