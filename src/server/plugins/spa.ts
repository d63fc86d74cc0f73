import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` puts the web client. */
export const webDistDir = resolve(import.meta.dirname, '../../../dist/web');

/** Serves the built web client; any non-API path gets index.html so the client router takes over. */
export async function registerSpa(app: FastifyInstance): Promise<void> {
  if (!existsSync(resolve(webDistDir, 'index.html'))) {
    app.log.warn('web client not built: run `npm run build`');
    return;
  }
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false });
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (request.method !== 'GET' || path.startsWith('/api/') || path.includes('.')) return;
    return reply.sendFile('index.html');
  });
}
