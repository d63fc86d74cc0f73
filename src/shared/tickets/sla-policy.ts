// SLA policies: first-response and resolution targets in business minutes, picked by specificity.
import type { Priority, TicketKind } from './model.ts';
import { BUSINESS_DAY_MINUTES as DAY } from './business-calendar.ts';

/** Targets for tickets matching kind, priority and customer level (null matches anything). */
export type SlaPolicy = {
  id?: number;
  name: string;
  kind: TicketKind | null;
  priority: Priority | null;
  customerLevel: string | null;
  /** Business minutes until the first agent reply is due. */
  firstResponseMinutes: number;
  /** Business minutes until the ticket must be resolved. */
  resolutionMinutes: number;
  /** Minutes before a due time when the ticket turns to 'warning'. */
  warnBeforeMinutes: number;
};

/** What a ticket offers to match against policies. */
export type SlaCriteria = { kind: TicketKind; priority: Priority; customerLevel: string | null };

function matches(policy: SlaPolicy, c: SlaCriteria): boolean {
  return (
    (policy.kind === null || policy.kind === c.kind) &&
    (policy.priority === null || policy.priority === c.priority) &&
    (policy.customerLevel === null || policy.customerLevel === c.customerLevel)
  );
}

function specificity(policy: SlaPolicy): number {
  return [policy.kind, policy.priority, policy.customerLevel].filter((v) => v !== null).length;
}

/**
 * The most specific matching policy (most non-null fields); ties go to the lowest id, then to the
 * earlier one in the list. Null when nothing matches.
 */
export function pickPolicy(policies: readonly SlaPolicy[], criteria: SlaCriteria): SlaPolicy | null {
  let best: SlaPolicy | null = null;
  for (const p of policies) {
    if (!matches(p, criteria)) continue;
    if (!best) { best = p; continue; }
    const diff = specificity(p) - specificity(best);
    const lowerId = (p.id ?? Infinity) < (best.id ?? Infinity);
    if (diff > 0 || (diff === 0 && lowerId)) best = p;
  }
  return best;
}

const p = (
  name: string, kind: TicketKind | null, priority: Priority | null, customerLevel: string | null,
  firstResponseMinutes: number, resolutionMinutes: number, warnBeforeMinutes: number,
): SlaPolicy => ({ name, kind, priority, customerLevel, firstResponseMinutes, resolutionMinutes, warnBeforeMinutes });

/** Seed policies (business minutes on a 9-hour day); stricter ones first so they win ties. */
export const defaultSlaPolicies: SlaPolicy[] = [
  p('紧急投诉 Urgent complaint', 'complaint', 'urgent', null, 30, DAY, 10),
  p('高优先级投诉 High-priority complaint', 'complaint', 'high', null, 60, 2 * DAY, 15),
  p('战略客户投诉 Strategic customer complaint', 'complaint', null, 'strategic', 60, 2 * DAY, 15),
  p('投诉 Complaint', 'complaint', null, null, 120, 3 * DAY, 30),
  p('紧急抱怨 Urgent grievance', 'grievance', 'urgent', null, 60, DAY, 15),
  p('抱怨 Grievance', 'grievance', null, null, 120, 2 * DAY, 30),
  p('紧急咨询 Urgent inquiry', 'inquiry', 'urgent', null, 60, DAY, 15),
  p('咨询 Inquiry', 'inquiry', null, null, 240, 2 * DAY, 60),
  p('业务办理 Request', 'request', null, null, 240, 3 * DAY, 60),
  p('建议 Suggestion', 'suggestion', null, null, 480, 5 * DAY, 120),
  p('默认 Default', null, null, null, 240, 3 * DAY, 60),
];
