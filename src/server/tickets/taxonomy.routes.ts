import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../shared/schemas/common.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { businessCalendarSchema } from '../../shared/schemas/tickets.ts';
import { saveSetting } from '../settings/settings.queries.ts';
import { forgetSlaSettings, loadCalendar, loadPolicies } from './sla.ts';

const causeSchema = z.object({ id: z.number(), key: z.string(), parentId: z.number().nullable(), nameZh: z.string(), nameEn: z.string(), routeTo: z.string().nullable(), active: z.boolean() });
const causeBody = z.object({
  key: z.string().trim().regex(/^[a-z0-9_]{2,60}$/),
  parentId: z.number().int().positive().nullable(),
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(80),
  routeTo: z.enum(['service', 'rnd', 'production', 'logistics']).nullable(),
  active: z.boolean().default(true),
});
const policySchema = z.object({ id: z.number().optional(), name: z.string(), kind: z.string().nullable(), priority: z.string().nullable(), customerLevel: z.string().nullable(), firstResponseMinutes: z.number(), resolutionMinutes: z.number(), warnBeforeMinutes: z.number() });
const policyBody = z.object({ firstResponseMinutes: z.number().int().min(1).max(100_000), resolutionMinutes: z.number().int().min(1).max(1_000_000), warnBeforeMinutes: z.number().int().min(0).max(10_000) });

/** The cause taxonomy, SLA policies and the business calendar: everyone reads them, admins change them (audited). */
export const taxonomyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const selectCauses = async () =>
    (await db.selectFrom('causes').selectAll().orderBy('position').orderBy('id').execute()).map((c) => ({
      id: c.id,
      key: c.key,
      parentId: c.parent_id,
      nameZh: c.name_zh,
      nameEn: c.name_en,
      routeTo: c.route_to,
      active: c.active === 1,
    }));
  app.get('/causes', { config: { access: 'signed-in' }, schema: { tags: ['causes'], response: { 200: z.array(causeSchema) } } }, selectCauses);
  app.post('/causes', { config: { access: ['admin'] }, schema: { tags: ['causes'], body: causeBody, response: { 201: z.array(causeSchema) } } }, async (r, reply) => {
    const b = r.body;
    await db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('causes').select('id').where('key', '=', b.key).executeTakeFirst();
      if (taken) throw new AppError(409, 'cause_key_taken', { key: b.key });
      await trx.insertInto('causes').values({ key: b.key, parent_id: b.parentId, name_zh: b.nameZh, name_en: b.nameEn, route_to: b.routeTo, active: b.active ? 1 : 0, position: 1000 }).execute();
      await insertAudit(trx, { actorId: r.actor!.id, action: 'cause.created', entityType: 'cause', entityId: b.key, after: b, ip: r.ip });
    });
    return reply.status(201).send(await selectCauses());
  });
  app.put('/causes/:id', { config: { access: ['admin'] }, schema: { tags: ['causes'], params: idParamsSchema, body: causeBody.omit({ key: true }), response: { 200: z.array(causeSchema) } } }, async (r) => {
    const b = r.body;
    await db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('causes').selectAll().where('id', '=', r.params.id).executeTakeFirst();
      if (!before) throw new AppError(404, 'cause_not_found', { key: r.params.id });
      await trx.updateTable('causes').set({ parent_id: b.parentId, name_zh: b.nameZh, name_en: b.nameEn, route_to: b.routeTo, active: b.active ? 1 : 0 }).where('id', '=', r.params.id).execute();
      await insertAudit(trx, { actorId: r.actor!.id, action: 'cause.updated', entityType: 'cause', entityId: before.key, before, after: b, ip: r.ip });
    });
    return selectCauses();
  });
  app.get('/sla-policies', { config: { access: 'signed-in' }, schema: { tags: ['sla-policies'], response: { 200: z.array(policySchema) } } }, () => loadPolicies(db));
  app.put('/sla-policies/:id', { config: { access: ['admin'] }, schema: { tags: ['sla-policies'], params: idParamsSchema, body: policyBody, response: { 200: z.array(policySchema) } } }, async (r) => {
    await db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('sla_policies').selectAll().where('id', '=', r.params.id).executeTakeFirst();
      if (!before) throw new AppError(404, 'not_found');
      await trx.updateTable('sla_policies').set({ first_response_minutes: r.body.firstResponseMinutes, resolution_minutes: r.body.resolutionMinutes, warn_before_minutes: r.body.warnBeforeMinutes }).where('id', '=', r.params.id).execute();
      await insertAudit(trx, { actorId: r.actor!.id, action: 'sla_policy.updated', entityType: 'sla_policy', entityId: r.params.id, before, after: r.body, ip: r.ip });
    });
    forgetSlaSettings(db);
    return loadPolicies(db);
  });
  app.get('/sla-calendar', { config: { access: 'signed-in' }, schema: { tags: ['sla-policies'], response: { 200: businessCalendarSchema } } }, () => loadCalendar(db));
  app.put('/sla-calendar', { config: { access: ['admin'] }, schema: { tags: ['sla-policies'], body: businessCalendarSchema, response: { 200: businessCalendarSchema } } }, async (r) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: r.body.timeZone });
    } catch {
      throw new AppError(400, 'invalid_time_zone', { timeZone: r.body.timeZone });
    }
    const calendar = { ...r.body, workdays: [...new Set(r.body.workdays)].sort(), holidays: [...new Set(r.body.holidays)].sort(), extraWorkdays: [...new Set(r.body.extraWorkdays)].sort() };
    await db.transaction().execute(async (trx) => {
      const before = await loadCalendar(trx);
      await saveSetting(trx, 'calendar', calendar);
      await insertAudit(trx, { actorId: r.actor!.id, action: 'sla_calendar.updated', entityType: 'settings', entityId: 'calendar', before, after: calendar, ip: r.ip });
    });
    forgetSlaSettings(db);
    return calendar;
  });
};
