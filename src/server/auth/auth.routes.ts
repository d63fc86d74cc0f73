import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  updatePreferencesBodySchema,
} from '../../shared/schemas/auth.ts';
import { okSchema } from '../../shared/schemas/common.ts';
import type { Db } from '../db/create-db.ts';
import { sessionCookie } from '../plugins/access.ts';
import { AppError } from '../plugins/errors.ts';
import { changePassword, login, logout, profile, sessionTtlMs, updatePreferences } from './auth.service.ts';

/** Options of the auth routes: the login attempts allowed per address and email each minute. */
export type AuthRouteOptions = { db: Db; loginAttemptsPerMinute: number };

/** Login, logout, the signed-in user and their own preferences and password. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { db, loginAttemptsPerMinute }) => {
  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          // After parsing, so the limit can be kept per address and email.
          hook: 'preHandler',
          max: loginAttemptsPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '')}`,
          errorResponseBuilder: (_request, context) => new AppError(429, 'too_many_requests', { retryAfter: context.after }),
        },
      },
      schema: { tags: ['auth'], body: loginBodySchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const { userId, cookieValue } = await login(db, { ...request.body, ip: request.ip });
      reply.setCookie(sessionCookie, cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        maxAge: sessionTtlMs / 1000,
      });
      return { ...(await profile(db, userId)), csrfToken: reply.generateCsrf() };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: okSchema } } },
    async (request, reply) => {
      await logout(db, request.cookies[sessionCookie]);
      reply.clearCookie(sessionCookie, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: meSchema } } },
    async (request, reply) => ({ ...(await profile(db, request.actor!.id)), csrfToken: reply.generateCsrf() }),
  );

  app.patch(
    '/auth/me',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], body: updatePreferencesBodySchema, response: { 200: meSchema } } },
    async (request, reply) => ({
      ...(await updatePreferences(db, request.actor!, request.body)),
      csrfToken: reply.generateCsrf(),
    }),
  );

  app.post(
    '/auth/password',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], body: changePasswordBodySchema, response: { 200: okSchema } } },
    async (request) => {
      await changePassword(db, request.actor!, request.body);
      return { ok: true as const };
    },
  );
};
