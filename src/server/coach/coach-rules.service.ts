import { validateCustomRule } from '../../shared/coach/custom-rules.ts';
import type { CoachRuleBody } from '../../shared/schemas/coach.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { toCoachRule } from '../../shared/coach/custom-rules.ts';
import { ruleColumns, ruleView } from './coach-rules.ts';
import { canManageCoachRules } from './coach.policy.ts';
import { deleteCoachRule, findCoachRule, insertCoachRule, selectCoachRules, updateCoachRule } from './coach.queries.ts';
import { assertCanUseCoach } from './coach.service.ts';

function assertCanManage(actor: Actor | null): asserts actor is Actor {
  assertCanUseCoach(actor);
  if (!canManageCoachRules(actor)) throw new AppError(403, 'forbidden');
}

/** Refuses a rule that fails its own examples, naming the first failing example (all of them in details). */
export function assertRuleValid(body: CoachRuleBody): void {
  const failures = validateCustomRule(toCoachRule('draft', body));
  const first = failures[0];
  if (!first) return;
  const details = { failures };
  if (first.expected === 'match') throw new AppError(400, 'coach_rule_positive_missed', { example: first.example }, details);
  if (first.expected === 'no_match') throw new AppError(400, 'coach_rule_negative_flagged', { example: first.example }, details);
  throw new AppError(400, 'coach_rule_invalid', { reason: first.reason }, details);
}

/** Every company rule (any signed-in staff member). */
export async function listCoachRules(db: Db, actor: Actor | null) {
  assertCanUseCoach(actor);
  return (await selectCoachRules(db)).map(ruleView);
}

/** Creates a rule after checking it against its examples (admins; audited). */
export async function createCoachRule(db: Db, actor: Actor | null, body: CoachRuleBody) {
  assertCanManage(actor);
  assertRuleValid(body);
  const id = await db.transaction().execute(async (trx) => {
    const ruleId = await insertCoachRule(trx, ruleColumns(body), actor.id);
    await insertAudit(trx, { actorId: actor.id, action: 'coach_rule.created', entityType: 'coach_rule', entityId: ruleId, after: body, ip: actor.ip });
    return ruleId;
  });
  return ruleView((await findCoachRule(db, id))!);
}

/** Replaces a rule after checking it against its examples (admins; audited). */
export async function updateCoachRuleById(db: Db, actor: Actor | null, id: number, body: CoachRuleBody) {
  assertCanManage(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findCoachRule(trx, id);
    if (!before) throw new AppError(404, 'coach_rule_not_found', { id });
    assertRuleValid(body);
    await updateCoachRule(trx, id, ruleColumns(body));
    await insertAudit(trx, { actorId: actor.id, action: 'coach_rule.updated', entityType: 'coach_rule', entityId: id, before: ruleView(before), after: body, ip: actor.ip });
  });
  return ruleView((await findCoachRule(db, id))!);
}

/** Deletes a rule (admins; audited). */
export async function deleteCoachRuleById(db: Db, actor: Actor | null, id: number): Promise<void> {
  assertCanManage(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findCoachRule(trx, id);
    if (!before) throw new AppError(404, 'coach_rule_not_found', { id });
    await deleteCoachRule(trx, id);
    await insertAudit(trx, { actorId: actor.id, action: 'coach_rule.deleted', entityType: 'coach_rule', entityId: id, before: ruleView(before), ip: actor.ip });
  });
}
