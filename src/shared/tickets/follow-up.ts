// When a follow-up visit 回访 is due after closing a ticket, and what its outcome means.
import type { DifficultType, FollowUpOutcome, Severity, TicketKind } from './model.ts';
import { guidedKinds } from './model.ts';
import { loc, type Localized } from './localized.ts';

/** What decides whether and when a closed ticket gets a follow-up visit. */
export type FollowUpFacts = { kind: TicketKind; difficultType: DifficultType | null; severity: Severity | null };

const DAY = 86_400_000;
/** Days after closing a complaint or grievance. */
export const COMPLAINT_FOLLOW_UP_DAYS = 3;
/** Days after closing a difficult case or a high/critical one. */
export const URGENT_FOLLOW_UP_DAYS = 1;

/**
 * Due time of the follow-up visit, or null when none is needed: 1 day after a difficult case (any kind)
 * or a high/critical one (except inquiries), 3 days after a complaint or grievance, none otherwise.
 * Days are 24-hour periods from the closing time.
 */
export function followUpDueAt(closedAt: Date, facts: FollowUpFacts): Date | null {
  const serious = facts.severity === 'high' || facts.severity === 'critical';
  let days: number | null = null;
  if (guidedKinds.includes(facts.kind)) days = COMPLAINT_FOLLOW_UP_DAYS;
  if (facts.difficultType !== null || (serious && facts.kind !== 'inquiry')) days = URGENT_FOLLOW_UP_DAYS;
  return days === null ? null : new Date(closedAt.getTime() + days * DAY);
}

/** Whether a follow-up outcome reopens the ticket (the customer is not satisfied). */
export function outcomeReopens(outcome: FollowUpOutcome): boolean {
  return outcome === 'not_satisfied';
}

/** Labels of follow-up outcomes. */
export const followUpOutcomeLabels: Record<FollowUpOutcome, Localized> = {
  satisfied: loc('满意', 'Satisfied'),
  not_satisfied: loc('不满意（重新打开工单）', 'Not satisfied (ticket reopened)'),
  new_need: loc('有新的需求', 'Has a new need'),
  unreachable: loc('未联系上', 'Unreachable'),
};
