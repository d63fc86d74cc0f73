import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import type { CoachRuleRow } from './coach-rules.ts';
import type { ruleColumns } from './coach-rules.ts';

type RuleColumns = ReturnType<typeof ruleColumns>;

/** Every company rule, oldest first; only the active ones when asked. */
export function selectCoachRules(db: Kysely<Tables>, onlyActive = false): Promise<CoachRuleRow[]> {
  let query = db.selectFrom('coach_rules').selectAll().orderBy('id');
  if (onlyActive) query = query.where('active', '=', 1);
  return query.execute();
}

/** One company rule by id, or undefined. */
export function findCoachRule(db: Kysely<Tables>, id: number): Promise<CoachRuleRow | undefined> {
  return db.selectFrom('coach_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a rule and returns its id. */
export async function insertCoachRule(db: Kysely<Tables>, columns: RuleColumns, createdBy: number): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('coach_rules')
    .values({ ...columns, created_by: createdBy, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a rule's columns. */
export async function updateCoachRule(db: Kysely<Tables>, id: number, columns: RuleColumns): Promise<void> {
  await db.updateTable('coach_rules').set({ ...columns, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}

/** Deletes a rule. */
export async function deleteCoachRule(db: Kysely<Tables>, id: number): Promise<void> {
  await db.deleteFrom('coach_rules').where('id', '=', id).execute();
}
