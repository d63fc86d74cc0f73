import { nextContactDue, cadenceDays, isContactOverdue, type CadenceRules } from '../../shared/customers/cadence.ts';
import { churnRisk, riskBand } from '../../shared/customers/churn-risk.ts';
import { maskContact } from '../../shared/customers/contact-values.ts';
import { localDate } from '../../shared/customers/dates.ts';
import { warrantyFor, type ServiceCommitment } from '../../shared/customers/warranty.ts';
import type { Actor } from '../auth/actor.ts';
import type { CustomerContactsTable, CustomersTable } from '../db/tables.ts';
import { seesFullContacts } from './customers.policy.ts';

type ContactRow = Omit<CustomerContactsTable, 'id'> & { id: number };
type CustomerBase = Omit<CustomersTable, 'id' | 'referral_count' | 'risk_score'> & { id: number; referral_count: number; risk_score: number };

/** A contact as the actor may see it: masked unless their role needs it in full. */
export function contactView(actor: Actor, c: ContactRow) {
  const masked = !seesFullContacts(actor) && (c.kind === 'phone' || c.kind === 'email' || c.kind === 'wechat');
  return {
    id: c.id,
    kind: c.kind,
    value: masked ? maskContact(c.kind, c.value) : c.value,
    masked,
    label: c.label,
    primary: c.is_primary === 1,
  };
}

/** The fields of a list row shared with the 360 view. */
export function customerSummary(row: CustomerBase & { ownerName: string | null }, tags: string[], today: string) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    tier: row.tier,
    level: row.level,
    ownerId: row.owner_id,
    ownerName: row.ownerName,
    tags,
    riskScore: row.risk_score,
    nextContactDueOn: row.next_contact_due_on,
    overdue: isContactOverdue(row.next_contact_due_on, today),
    lastContactAt: row.last_contact_at,
    createdAt: row.created_at,
  };
}

/** The segments of a customer row as the API names them. */
export function segmentsOf(row: CustomerBase) {
  return {
    business: row.seg_business,
    region: row.seg_region,
    scale: row.seg_scale,
    attributes: row.seg_attributes,
    values: row.seg_values,
  };
}

/** Everything derived from a customer's facts: due date, risk, warranty ends. */
export function derive(
  row: Pick<CustomerBase, 'tier' | 'referral_count' | 'last_contact_on' | 'created_at'>,
  facts: { purchases: { purchasedOn: string }[]; lastPurchaseOn: string | null; openComplaints: number },
  rules: CadenceRules,
  commitments: ServiceCommitment[],
  timeZone: string,
  now = new Date(),
) {
  const today = localDate(now, timeZone);
  const contactDueOn = nextContactDue(
    {
      tier: row.tier,
      isReferrer: row.referral_count > 0,
      lastContactOn: row.last_contact_on,
      createdOn: localDate(row.created_at, timeZone),
    },
    rules,
  );
  const warrantyEnds = facts.purchases.flatMap((p) => warrantyFor(p.purchasedOn, commitments, today).map((w) => w.until));
  const risk = churnRisk({
    today,
    contactDueOn,
    openComplaints: facts.openComplaints,
    recentSatisfaction: [],
    warrantyEndsOn: warrantyEnds,
    lastPurchaseOn: facts.lastPurchaseOn,
    tier: row.tier,
  });
  return {
    today,
    contactDueOn,
    cadenceDays: cadenceDays(row.tier, row.referral_count > 0, rules),
    risk: { ...risk, band: riskBand(risk.score) },
  };
}
