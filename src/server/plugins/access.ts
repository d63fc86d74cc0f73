import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { isAllowed, type Access, type Actor } from '../auth/actor.ts';
import { findActorBySession, findActorByToken } from '../auth/auth.queries.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from './errors.ts';

/** Name of the httpOnly session cookie. */
export const sessionCookie = 'lingting_session';

/** One registered route and the access it declares; the role-check test walks this list. */
export type RouteEntry = { method: string; url: string; access: Access };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    access?: Access;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    actor: Actor | null;
    authMethod: 'session' | 'token' | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyInstance {
    routeCatalog: RouteEntry[];
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the actor of every request (session cookie or `Authorization: Bearer` token), refuses routes
 * whose declared access the actor lacks, and demands a CSRF token on cookie-authenticated writes.
 * Every route must declare `config.access`; one that does not fails at start-up.
 */
export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorate('routeCatalog', [] as RouteEntry[]);
  app.decorateRequest('actor', null);
  app.decorateRequest('authMethod', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeCatalog.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await findActorByToken(db, authorization.slice(7).trim());
      request.authMethod = request.actor ? 'token' : null;
    } else if (request.cookies[sessionCookie]) {
      request.actor = await findActorBySession(db, request.cookies[sessionCookie]);
      request.authMethod = request.actor ? 'session' : null;
    }
    if (request.actor) request.actor.ip = request.ip;
    const access = request.routeOptions.config?.access;
    if (!access || isAllowed(access, request.actor)) return;
    throw new AppError(request.actor ? 403 : 401, request.actor ? 'forbidden' : 'unauthenticated');
  });

  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (request.authMethod === 'session' && unsafeMethods.has(request.method)) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });
}
