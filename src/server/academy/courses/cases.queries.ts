// The only SQL of case studies, learners' answers and pinned self-talk.
import type { Kysely } from 'kysely';
import type { Localized } from '../../../shared/academy/assessments.ts';
import type { CaseContent } from '../../../shared/academy/courses/model.ts';
import type { Tables } from '../../db/tables.ts';

type Db = Kysely<Tables>;

function toCase(row: { id: number; title: string; narrative: string; questions: string; analysis: string }): CaseContent & { id: number } {
  return {
    id: Number(row.id),
    title: JSON.parse(row.title) as Localized,
    narrative: JSON.parse(row.narrative) as Localized,
    questions: JSON.parse(row.questions) as Localized[],
    analysis: JSON.parse(row.analysis) as Localized,
  };
}

/** Every case with whether `userId` has answered it, in the order they were added. */
export async function selectCases(db: Db, userId: number) {
  const rows = await db
    .selectFrom('case_studies')
    .leftJoin('case_answers', (join) => join.onRef('case_answers.case_id', '=', 'case_studies.id').on('case_answers.user_id', '=', userId))
    .select(['case_studies.id', 'case_studies.title', 'case_studies.questions', 'case_answers.id as answer_id'])
    .orderBy('case_studies.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: JSON.parse(r.title) as Localized,
    questionCount: (JSON.parse(r.questions) as unknown[]).length,
    answered: r.answer_id !== null,
  }));
}

/** One case, if it exists. */
export async function selectCase(db: Db, id: number) {
  const row = await db.selectFrom('case_studies').select(['id', 'title', 'narrative', 'questions', 'analysis']).where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

/** A learner's answers to a case, if any. */
export async function selectAnswer(db: Db, caseId: number, userId: number) {
  const row = await db.selectFrom('case_answers').select(['answers', 'updated_at']).where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
  return row && { answers: JSON.parse(row.answers) as string[], answeredAt: row.updated_at };
}

/** Adds a case and returns its id. */
export async function insertCase(db: Db, content: CaseContent, createdBy: number | null, now: string): Promise<number> {
  const row = await db
    .insertInto('case_studies')
    .values({
      title: JSON.stringify(content.title),
      narrative: JSON.stringify(content.narrative),
      questions: JSON.stringify(content.questions),
      analysis: JSON.stringify(content.analysis),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces a case's texts; false when there is no such case. */
export async function updateCase(db: Db, id: number, content: CaseContent, now: string): Promise<boolean> {
  const result = await db
    .updateTable('case_studies')
    .set({ title: JSON.stringify(content.title), narrative: JSON.stringify(content.narrative), questions: JSON.stringify(content.questions), analysis: JSON.stringify(content.analysis), updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Stores (or replaces) a learner's answers to a case. */
export async function upsertAnswer(db: Db, values: { caseId: number; userId: number; answers: string[]; now: string }): Promise<void> {
  await db
    .insertInto('case_answers')
    .values({ case_id: values.caseId, user_id: values.userId, answers: JSON.stringify(values.answers), created_at: values.now, updated_at: values.now })
    .onConflict((oc) => oc.columns(['user_id', 'case_id']).doUpdateSet({ answers: JSON.stringify(values.answers), updated_at: values.now }))
    .execute();
}

/** The self-talk a person pinned, if any. */
export async function selectPin(db: Db, userId: number) {
  return db.selectFrom('self_care_pins').select(['mood_key', 'pinned_at']).where('user_id', '=', userId).executeTakeFirst();
}

/** Pins a self-talk for a person, replacing the previous pin. */
export async function upsertPin(db: Db, userId: number, moodKey: string, now: string): Promise<void> {
  await db
    .insertInto('self_care_pins')
    .values({ user_id: userId, mood_key: moodKey, pinned_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ mood_key: moodKey, pinned_at: now }))
    .execute();
}

/** Removes a person's pin. */
export async function deletePin(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('self_care_pins').where('user_id', '=', userId).execute();
}
