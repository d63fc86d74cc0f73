/** What a service commitment grants: an exchange, a repair, or another free service. */
export const commitmentKinds = ['exchange', 'repair', 'refund', 'maintenance'] as const;
/** A kind of service commitment. */
export type CommitmentKind = (typeof commitmentKinds)[number];

/** A company's service commitment (e.g. exchange within 30 days for quality faults). */
export type ServiceCommitment = {
  id: number;
  kind: CommitmentKind;
  name: string;
  days: number;
  condition: string;
  nationwide: boolean;
  active: boolean;
};

/** One commitment applied to one purchase: until which day it holds and whether it still does. */
export type WarrantyEntitlement = {
  commitmentId: number;
  kind: CommitmentKind;
  name: string;
  condition: string;
  nationwide: boolean;
  until: string;
  active: boolean;
  daysLeft: number;
};

const dayMs = 24 * 60 * 60 * 1000;

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * The warranty state of a purchase on `today`: a commitment of N days covers the purchase day and the
 * N days after it, so a phone bought on 1 March can be exchanged (30 days) up to and including 31 March.
 */
export function warrantyFor(purchasedOn: string, commitments: readonly ServiceCommitment[], today: string): WarrantyEntitlement[] {
  return commitments
    .filter((c) => c.active)
    .map((c) => {
      const until = addDays(purchasedOn, c.days);
      const daysLeft = daysBetween(today, until);
      return {
        commitmentId: c.id,
        kind: c.kind,
        name: c.name,
        condition: c.condition,
        nationwide: c.nationwide,
        until,
        active: daysLeft >= 0,
        daysLeft: Math.max(daysLeft, 0),
      };
    });
}
