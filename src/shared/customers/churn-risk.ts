import { daysBetween } from './warranty.ts';

/** Why a customer may leave; each reason carries the points it adds to the score. */
export type RiskReason = {
  code: 'open_complaint' | 'satisfaction_falling' | 'contact_overdue' | 'warranty_ending' | 'no_recent_purchase';
  points: number;
  detail: Record<string, number | string>;
};

/** What the churn-risk rules look at. */
export type RiskInput = {
  today: string;
  contactDueOn: string;
  openComplaints: number;
  recentSatisfaction: number[];
  warrantyEndsOn: string[];
  lastPurchaseOn: string | null;
  tier: 'current' | 'target' | 'potential';
};

/**
 * A transparent churn-risk score (0–100) and the reasons behind it. Weights follow the method: staff
 * indifference and mishandled complaints drive most departures, so an unresolved complaint and neglected
 * contact weigh most.
 */
export function churnRisk(input: RiskInput): { score: number; reasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  if (input.openComplaints > 0) {
    reasons.push({ code: 'open_complaint', points: Math.min(40, 30 + 5 * (input.openComplaints - 1)), detail: { count: input.openComplaints } });
  }
  const scores = input.recentSatisfaction;
  if (scores.length >= 2 && scores[scores.length - 1] < scores[0]) {
    reasons.push({ code: 'satisfaction_falling', points: 20, detail: { from: scores[0], to: scores[scores.length - 1] } });
  }
  const overdueDays = daysBetween(input.contactDueOn, input.today);
  if (overdueDays > 0) {
    reasons.push({ code: 'contact_overdue', points: Math.min(25, 10 + overdueDays), detail: { days: overdueDays } });
  }
  const ending = input.warrantyEndsOn.map((d) => daysBetween(input.today, d)).filter((left) => left >= 0 && left <= 30);
  if (ending.length > 0) {
    reasons.push({ code: 'warranty_ending', points: 10, detail: { days: Math.min(...ending) } });
  }
  if (input.tier === 'current' && input.lastPurchaseOn && daysBetween(input.lastPurchaseOn, input.today) > 365) {
    reasons.push({ code: 'no_recent_purchase', points: 15, detail: { days: daysBetween(input.lastPurchaseOn, input.today) } });
  }
  return { score: Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}

/** The band a score falls in, for badges and filters. */
export function riskBand(score: number): 'low' | 'medium' | 'high' {
  if (score >= 50) return 'high';
  if (score >= 25) return 'medium';
  return 'low';
}
