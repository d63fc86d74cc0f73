// Words for the customer archive's computed states: warranty windows, churn-risk reasons, badges' colours.
import type { TFunction } from 'i18next';
import type { Entitlement } from '../api.ts';
import type { riskReasonSchema } from '../../shared/schemas/customers.ts';
import type { z } from 'zod';

/** A churn-risk reason as the API sends it. */
export type RiskReason = z.output<typeof riskReasonSchema>;
/** A churn-risk band. */
export type RiskBand = 'low' | 'medium' | 'high';

/** The band a risk score falls in (the same thresholds as the server's filter). */
export function riskBandOf(score: number): RiskBand {
  if (score >= 50) return 'high';
  if (score >= 25) return 'medium';
  return 'low';
}

/** Badge colour of a risk band. */
export const riskColors: Record<RiskBand, string> = { low: 'green', medium: 'orange', high: 'red' };
/** Tag colour of each maturity tier. */
export const tierColors = { current: 'blue', target: 'cyan', potential: 'default' } as const;
/** Tag colour of each relationship level. */
export const levelColors = { transactional: 'default', preferred: 'geekblue', partner: 'purple', strategic: 'gold' } as const;

/** One commitment's state in words, e.g. "可换货至 2026-12-01 · 剩 9 天" or "已过换货期（2026-06-05）". */
export function warrantyText(t: TFunction, entitlement: Pick<Entitlement, 'kind' | 'until' | 'active' | 'daysLeft'>): string {
  const { kind, until, active, daysLeft } = entitlement;
  return t(`customers.warranty.${kind}.${active ? 'active' : 'expired'}`, { until, days: daysLeft });
}

/** A churn-risk reason in words, with the numbers from its detail. */
export function riskReasonText(t: TFunction, reason: RiskReason): string {
  return t(`customers.riskReasons.reasons.${reason.code}`, { ...reason.detail });
}
