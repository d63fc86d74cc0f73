import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/create-db.ts';
import { ticketChanges } from './ticket-changes.ts';

/** `GET /desk/stream`: server-sent events telling the desk which ticket changed, so queues and counts refresh live. */
export const realtimeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app) => {
  app.get('/desk/stream', { config: { access: ['admin', 'supervisor', 'agent', 'inspector', 'department_member'] }, schema: { tags: ['tickets'] } }, (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    reply.raw.write('retry: 5000\n\n');
    const onChange = (id: number) => reply.raw.write(`event: ticket\ndata: ${JSON.stringify({ id })}\n\n`);
    // A comment every 25 s keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), 25_000);
    ticketChanges.on('change', onChange);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      ticketChanges.off('change', onChange);
    });
  });
};
