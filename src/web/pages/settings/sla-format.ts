// SLA targets are business minutes on a 9-hour working day; these helpers show them as hours and days.
import { BUSINESS_DAY_MINUTES } from '../../../shared/tickets/business-calendar.ts';
import type { Locale } from '../../../shared/schemas/common.ts';

/** Minutes split into whole business days, hours and minutes. */
export type BusinessDuration = { days: number; hours: number; minutes: number };

/** Splits business minutes into 9-hour working days, hours and minutes. */
export function toBusinessDuration(totalMinutes: number): BusinessDuration {
  const total = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(total / BUSINESS_DAY_MINUTES);
  const rest = total - days * BUSINESS_DAY_MINUTES;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}

/**
 * The two names of a seeded policy ("紧急投诉 Urgent complaint"): the Chinese part for zh-CN, the English
 * part for en; a name without both parts is shown as it is.
 */
export function policyName(name: string, locale: Locale): string {
  const m = /^([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Za-z].*)$/.exec(name.trim());
  if (!m) return name;
  return locale === 'en' ? m[2] : m[1];
}
