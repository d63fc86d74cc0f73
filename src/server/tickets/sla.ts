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

/** The policy and due times for a new ticket, counted in business hours from `from`. */
export async function computeSla(db: Kysely<Tables>, criteria: { kind: TicketKind; priority: Priority; customerLevel: string | null }, from: Date) {
  const [policies, calendar] = await Promise.all([loadPolicies(db), loadCalendar(db)]);
  const policy = pickPolicy(policies, criteria);
  if (!policy) return { policyId: null, firstResponseDueAt: null, resolutionDueAt: null, warnBeforeMinutes: 0 };
  return {
    policyId: policy.id ?? null,
    firstResponseDueAt: addBusinessMinutes(from, policy.firstResponseMinutes, calendar).toISOString(),
    resolutionDueAt: addBusinessMinutes(from, policy.resolutionMinutes, calendar).toISOString(),
    warnBeforeMinutes: policy.warnBeforeMinutes,
  };
}

/** The state of one SLA target now: met once done, else ok/warning/breached by the due time. */
export function targetState(dueAt: string | null, doneAt: string | null, warnBeforeMinutes: number, now = new Date()) {
  if (!dueAt) return 'none' as const;
  if (doneAt) return 'met' as const;
  return slaState(now, new Date(dueAt), warnBeforeMinutes);
}
