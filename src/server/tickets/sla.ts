import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import { defaultCalendar } from '../../shared/tickets/business-calendar.ts';
import { addBusinessMinutes, slaState, type BusinessCalendar } from '../../shared/tickets/sla-clock.ts';
import { pickPolicy, type SlaPolicy } from '../../shared/tickets/sla-policy.ts';
import type { Priority, TicketKind } from '../../shared/tickets/model.ts';
import { selectSetting } from '../settings/settings.queries.ts';
import type { Tables } from '../db/tables.ts';

/** The company's business calendar (the default Mon–Fri 09:00–18:00 with China's holidays until changed). */
export async function loadCalendar(db: Kysely<Tables>): Promise<BusinessCalendar> {
  const stored = (await selectSetting(db, 'calendar')) as BusinessCalendar | undefined;
  return stored ?? defaultCalendar;
}

/** The active SLA policies. */
export async function loadPolicies(db: Kysely<Tables>): Promise<SlaPolicy[]> {
  const rows = await db.selectFrom('sla_policies').selectAll().where('active', '=', 1).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as TicketKind | null,
    priority: r.priority as Priority | null,
    customerLevel: r.customer_level,
    firstResponseMinutes: r.first_response_minutes,
    resolutionMinutes: r.resolution_minutes,
    warnBeforeMinutes: r.warn_before_minutes,
  }));
}

/** What every new ticket's due times are computed from. */
export type SlaSettings = { policies: SlaPolicy[]; calendar: BusinessCalendar };

// Policies and the calendar change a few times a year but every new ticket needs them, so each process keeps
// them per database. This process forgets them as soon as it changes them (forgetSlaSettings); another app
// instance on the same PostgreSQL picks a change up within the TTL — a ticket opened in those seconds gets the
// targets it would have got a moment earlier, which is harmless, and it needs no cross-instance messaging.
const ttlMs = 10_000;
const cache = new WeakMap<object, SlaSettings & { loadedAt: number }>();

/**
 * The SLA settings of database `db`, read through `executor` on a miss — pass the open transaction when
 * there is one (SQLite has one connection, so reading through `db` inside a transaction would wait forever).
 */
export async function slaSettings(db: object, executor: Kysely<Tables>): Promise<SlaSettings> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.loadedAt < ttlMs) return hit;
  const [policies, calendar] = await Promise.all([loadPolicies(executor), loadCalendar(executor)]);
  const settings = { policies, calendar, loadedAt: Date.now() };
  cache.set(db, settings);
  return settings;
}

/** Emits `forget` with the database whose SLA settings changed, for threads that keep their own copy. */
export const slaSettingsChanges = new EventEmitter();

/** Drops the cached SLA settings of `db` once a policy or the calendar changed (after the change committed). */
export function forgetSlaSettings(db: object): void {
  cache.delete(db);
  slaSettingsChanges.emit('forget', db);
}

/** The policy and due times for a new ticket, counted in business hours from `from`. */
export function computeSla(settings: SlaSettings, criteria: { kind: TicketKind; priority: Priority; customerLevel: string | null }, from: Date) {
  const policy = pickPolicy(settings.policies, criteria);
  if (!policy) return { policyId: null, policyName: null, firstResponseDueAt: null, resolutionDueAt: null, warnBeforeMinutes: null };
  return {
    policyId: policy.id ?? null,
    policyName: policy.name,
    firstResponseDueAt: addBusinessMinutes(from, policy.firstResponseMinutes, settings.calendar).toISOString(),
    resolutionDueAt: addBusinessMinutes(from, policy.resolutionMinutes, settings.calendar).toISOString(),
    warnBeforeMinutes: policy.warnBeforeMinutes,
  };
}

/**
 * The desk's planning horizon: the "due soon" queue, its count and the list's due-soon filter hold the open
 * tickets due within it. A ticket's warning badge follows its own policy's warning time instead.
 */
export const dueSoonWindowMs = 4 * 3600_000;

/** The state of one SLA target now: met once done, else ok/warning/breached by the due time. */
export function targetState(dueAt: string | null, doneAt: string | null, warnBeforeMinutes: number, now = new Date()) {
  if (!dueAt) return 'none' as const;
  if (doneAt) return 'met' as const;
  return slaState(now, new Date(dueAt), warnBeforeMinutes);
}
