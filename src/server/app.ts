import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { academyRoutes } from './academy/academy.routes.ts';
import { coursesRoutes } from './academy/courses/courses.routes.ts';
import { progressRoutes } from './academy/progress/progress.routes.ts';
import { quizzesRoutes } from './academy/quizzes/quizzes.routes.ts';
import { simulatorRoutes } from './academy/simulator/simulator.routes.ts';
import { ticketFilesRoutes } from './tickets/attachments.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { coachRoutes } from './coach/coach.routes.ts';
import { customersRoutes } from './customers/customers.routes.ts';
import { purchasesRoutes } from './purchases/purchases.routes.ts';
import { publicRoutes } from './tickets/public.routes.ts';
import { realtimeRoutes } from './realtime/realtime.routes.ts';
import { supervisionRoutes } from './tickets/supervision.routes.ts';
import { taxonomyRoutes } from './tickets/taxonomy.routes.ts';
import { ticketsRoutes } from './tickets/tickets.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import type { Config } from './config.ts';
import type { Db } from './db/create-db.ts';
import { departmentsRoutes } from './departments/departments.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { registerAccessControl } from './plugins/access.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSpa } from './plugins/spa.ts';
import { tokensRoutes } from './tokens/tokens.routes.ts';
import { usersRoutes } from './users/users.routes.ts';

/** What the app is built from: an open database and the configuration. */
export type AppDeps = { db: Db; config: Pick<Config, 'logLevel' | 'loginAttemptsPerMinute'> & Partial<Pick<Config, 'publicRequestsPerMinute' | 'attachmentMaxBytes'>>; serveWeb?: boolean };

/** Builds the Fastify app with every plugin and route; tests call it with their own database. */
export async function buildApp({ db, config, serveWeb = true }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  // Validation errors keep zod's issues so the error handler can word them in the request's language.
  app.setValidatorCompiler<z.ZodType>(({ schema }) => (data) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  });
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(csrf, { cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto' } });
  await app.register(rateLimit, { global: false });
  registerAccessControl(app, db);
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { db });
      await api.register(authRoutes, { db, loginAttemptsPerMinute: config.loginAttemptsPerMinute });
      await api.register(usersRoutes, { db });
      await api.register(departmentsRoutes, { db });
      await api.register(tokensRoutes, { db });
      await api.register(auditRoutes, { db });
      await api.register(customersRoutes, { db });
      await api.register(purchasesRoutes, { db });
      await api.register(ticketsRoutes, { db });
      await api.register(taxonomyRoutes, { db });
      await api.register(supervisionRoutes, { db });
      await api.register(realtimeRoutes, { db });
      await api.register(publicRoutes, { db, publicRequestsPerMinute: config.publicRequestsPerMinute ?? 10 });
      await api.register(coachRoutes, { db });
      await api.register(academyRoutes, { db });
      await api.register(coursesRoutes, { db });
      await api.register(quizzesRoutes, { db });
      await api.register(simulatorRoutes, { db });
      await api.register(progressRoutes, { db });
      await api.register(ticketFilesRoutes, { db, attachmentMaxBytes: config.attachmentMaxBytes });
    },
    { prefix: '/api/v1' },
  );
  if (serveWeb) await registerSpa(app);
  return app;
}
