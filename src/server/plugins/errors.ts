import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../shared/schemas/common.ts';
import { isMessageCode, message, requestLocale, type MessageCode } from './messages.ts';

/** An error a person can act on: an HTTP status, a stable code and the parameters of its message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

const zodLocales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() } as const;

/** One field problem, in the request's language. */
export type FieldIssue = { field: string; message: string };

/** Turns zod issues into per-field messages in `locale`. */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  const localeError = zodLocales[locale].localeError as unknown as (issue: z.core.$ZodIssue) => unknown;
  return issues.map((issue) => {
    // Our own rules name a message code in `params`, so they are worded like every other error.
    const code = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    const localized = code && isMessageCode(code) ? message(code, locale) : issue.code === 'custom' ? issue.message : localeError(issue);
    const text = typeof localized === 'string' ? localized : (localized as { message?: string } | undefined)?.message;
    return { field: issue.path.join('.') || '(body)', message: text ?? issue.message };
  });
}

function send(reply: FastifyReply, status: number, code: string, msg: string, details?: unknown) {
  return reply.status(status).send({ error: { code, message: msg, ...(details === undefined ? {} : { details }) } });
}

/** Installs the error handler and 404 handler that answer with `{error: {code, message, details}}`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | z.ZodError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) {
      return send(reply, error.statusCode, error.code, message(error.code, locale, error.params), error.details);
    }
    if (error instanceof z.ZodError) {
      const fields = localizeIssues(error.issues, locale);
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return send(reply, 400, 'validation_failed', message('validation_failed', locale, { fields: summary }), { fields });
    }
    if (error.code?.startsWith('FST_CSRF')) {
      return send(reply, 403, 'csrf_invalid', message('csrf_invalid', locale));
    }
    if (error.statusCode === 429) {
      return send(reply, 429, 'too_many_requests', message('too_many_requests', locale, { retryAfter: error.message }));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large …) keep their code; the text stays technical.
      return send(reply, error.statusCode, error.code ?? 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'internal', message('internal', locale));
  });
  app.setNotFoundHandler((request, reply) => send(reply, 404, 'not_found', message('not_found', requestLocale(request))));
}
