import { analyzeConversation, type ConversationMessage } from '../../shared/coach/analyze-conversation.ts';
import { analyzeCustomer } from '../../shared/coach/analyze-customer.ts';
import { analyzeReply, MAX_COACH_TEXT_LENGTH } from '../../shared/coach/analyze-reply.ts';
import { cannedReplies, type CannedScenario } from '../../shared/coach/canned-replies.ts';
import type { CoachLocale } from '../../shared/coach/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { toCoachRule } from '../../shared/coach/custom-rules.ts';
import { ruleView } from './coach-rules.ts';
import { canUseCoach } from './coach.policy.ts';
import { selectCoachRules } from './coach.queries.ts';

/** Refuses unless a signed-in staff member is asking; narrows the actor. */
export function assertCanUseCoach(actor: Actor | null): asserts actor is Actor {
  if (!canUseCoach(actor)) throw new AppError(401, 'unauthenticated');
}

/** Answers empty text and text over the limit with 400, naming the field. */
export function checkCoachText(text: string, field: string): void {
  if (text.trim() === '') throw new AppError(400, 'text_empty', { field }, { field });
  if (text.length > MAX_COACH_TEXT_LENGTH) {
    throw new AppError(400, 'text_too_long', { field, limit: MAX_COACH_TEXT_LENGTH }, { field, limit: MAX_COACH_TEXT_LENGTH });
  }
}

/** The active company rules, ready for analyzeReply's extraRules. */
export async function activeCompanyRules(db: Db) {
  return (await selectCoachRules(db, true)).map((row) => toCoachRule(row.id, ruleView(row)));
}

/** Findings for an agent reply, built-in rules plus the company's active rules. */
export async function checkReply(db: Db, actor: Actor | null, input: { text: string }, locale: CoachLocale) {
  assertCanUseCoach(actor);
  checkCoachText(input.text, 'text');
  return { findings: analyzeReply(input.text, { locale, extraRules: await activeCompanyRules(db) }) };
}

/** Emotion, type and cues of a customer message. */
export function readCustomer(actor: Actor | null, input: { text: string; history?: string[] }, locale: CoachLocale) {
  assertCanUseCoach(actor);
  checkCoachText(input.text, 'text');
  const history = input.history ?? [];
  history.forEach((earlier, i) => {
    if (earlier.length > MAX_COACH_TEXT_LENGTH) checkCoachText(earlier, `history.${i}`);
  });
  return analyzeCustomer(input.text, history, locale);
}

/** Six steps, voices, sins and score of a conversation. */
export function scoreConversation(actor: Actor | null, input: { messages: ConversationMessage[] }, locale: CoachLocale) {
  assertCanUseCoach(actor);
  input.messages.forEach((m, i) => checkCoachText(m.text, `messages.${i}.text`));
  return analyzeConversation(input.messages, locale);
}

/** The canned-reply library, optionally of one scenario. */
export function listCannedReplies(actor: Actor | null, scenario?: CannedScenario) {
  assertCanUseCoach(actor);
  return scenario ? cannedReplies.filter((c) => c.scenario === scenario) : cannedReplies;
}
