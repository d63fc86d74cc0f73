import { addDays } from './warranty.ts';

/** Maturity tiers: transacting now, in contact and likely next, or potential. */
export const tiers = ['current', 'target', 'potential'] as const;
/** A maturity tier. */
export type Tier = (typeof tiers)[number];

/** Relationship levels, from a plain transaction to a strategic alliance. */
export const levels = ['transactional', 'preferred', 'partner', 'strategic'] as const;
/** A relationship level. */
export type Level = (typeof levels)[number];

/** How often each kind of customer must be contacted, in days (configurable per company). */
export type CadenceRules = { current: number; prospect: number; referrer: number };

/** The method's default: current customers weekly, prospects every half month, referrers monthly. */
export const defaultCadence: CadenceRules = { current: 7, prospect: 15, referrer: 30 };

/** The contact interval for a customer: the strictest of the rules that apply to them. */
export function cadenceDays(tier: Tier, isReferrer: boolean, rules: CadenceRules = defaultCadence): number {
  const intervals = [tier === 'current' ? rules.current : rules.prospect];
  if (isReferrer) intervals.push(rules.referrer);
  return Math.min(...intervals);
}

/** The day the next contact is due: the interval after the last contact, or at once if never contacted. */
export function nextContactDue(
  customer: { tier: Tier; isReferrer: boolean; lastContactOn: string | null; createdOn: string },
  rules: CadenceRules = defaultCadence,
): string {
  if (!customer.lastContactOn) return customer.createdOn;
  return addDays(customer.lastContactOn, cadenceDays(customer.tier, customer.isReferrer, rules));
}

/** Whether a contact is overdue on `today` (due strictly before today). */
export function isContactOverdue(dueOn: string, today: string): boolean {
  return dueOn < today;
}
