import {
  AssessmentAnswerError,
  assessments,
  isAssessmentKey,
  scoreAssessment,
  type Assessment,
  type AssessmentKey,
} from '../../shared/academy/assessments.ts';
import type { AssessmentList, AssessmentResult, AssessmentTeam, AssessmentView } from '../../shared/schemas/academy.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Kysely } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { AppError } from '../plugins/errors.ts';
import { recordLearning } from './progress/learning-records.ts';
import { saveSetting, selectSetting } from '../settings/settings.queries.ts';

const settingsKey = 'academy_assessments';

/** The company's consistency tolerance: how far items 3, 11 and 12 may differ before a flag (default 0). */
export async function loadTolerance(db: Kysely<Tables>): Promise<number> {
  const value = ((await selectSetting(db, settingsKey)) as { tolerance?: unknown } | undefined)?.tolerance;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Changes the consistency tolerance (audited). */
export async function saveTolerance(db: Db, actor: Actor, tolerance: number): Promise<{ tolerance: number }> {
  await db.transaction().execute(async (trx) => {
    const before = { tolerance: await loadTolerance(trx) };
    await saveSetting(trx, settingsKey, { tolerance });
    await insertAudit(trx, { actorId: actor.id, action: 'assessment_settings.updated', entityType: 'settings', entityId: settingsKey, before, after: { tolerance }, ip: actor.ip });
  });
  return { tolerance };
}

function view(a: Assessment): AssessmentView {
  return {
    key: a.key,
    scale: a.scale,
    title: a.title,
    intro: a.intro,
    min: a.min,
    max: a.max,
    items:
      a.scale === 'frequency'
        ? a.items.map((item, i) => ({ number: i + 1, text: item.text, negative: null, positive: null }))
        : a.items.map((item, i) => ({ number: i + 1, text: null, negative: item.negative, positive: item.positive })),
    scaleLabels: a.scale === 'frequency' ? [...a.scaleLabels] : [],
    consistencyItems: a.scale === 'frequency' ? [...a.consistency.items] : [],
    bands: a.bands.map((b) => ({ ...b })),
  };
}

/** Both self-assessments with their items, bands and the tolerance in force. */
export async function listAssessments(db: Db): Promise<AssessmentList> {
  return { tolerance: await loadTolerance(db), assessments: Object.values(assessments).map(view) };
}

function keyOrNotFound(key: string): AssessmentKey {
  if (!isAssessmentKey(key)) throw new AppError(404, 'assessment_not_found', { key });
  return key;
}

/** Scores the actor's answers, stores the result for them and returns it; bad answers name the item. */
export async function scoreAndStore(db: Db, actor: Actor, rawKey: string, answers: number[]) {
  const key = keyOrNotFound(rawKey);
  let score;
  try {
    score = scoreAssessment(key, answers, { tolerance: await loadTolerance(db) });
  } catch (error) {
    if (!(error instanceof AssessmentAnswerError)) throw error;
    const p = error.problem;
    const code = p.reason === 'missing' ? 'assessment_answer_missing' : p.reason === 'extra' ? 'assessment_answer_extra' : 'assessment_answer_out_of_range';
    throw new AppError(400, code, { ...p }, { item: p.item, reason: p.reason });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('assessment_results')
      .values({ user_id: actor.id, key, answers: JSON.stringify(answers), total: score.total, band: score.band, flags: JSON.stringify(score.flags), created_at: new Date().toISOString() })
      .execute();
    // Taking a self-assessment completes it wherever it was assigned; there is no pass mark.
    await recordLearning(trx, { userId: actor.id, kind: 'assessment', ref: key, score: score.total, passed: true });
  });
  return score;
}

/** The actor's own results of one assessment, oldest first. */
export async function listOwnResults(db: Db, actor: Actor, rawKey: string): Promise<AssessmentResult[]> {
  const key = keyOrNotFound(rawKey);
  const rows = await db.selectFrom('assessment_results').selectAll().where('user_id', '=', actor.id).where('key', '=', key).orderBy('id').execute();
  return rows.map((r) => ({ id: Number(r.id), total: r.total, band: r.band, flags: JSON.parse(r.flags) as string[], answers: JSON.parse(r.answers) as number[], createdAt: r.created_at }));
}

/**
 * The team view: each active person's latest result (people of the actor's department, or everyone when the
 * actor has none), counted per band and averaged per item.
 */
export async function teamView(db: Db, actor: Actor, rawKey: string): Promise<AssessmentTeam> {
  const key = keyOrNotFound(rawKey);
  const assessment = assessments[key];
  let query = db
    .selectFrom('assessment_results')
    .innerJoin('users', 'users.id', 'assessment_results.user_id')
    .select(['assessment_results.id', 'assessment_results.user_id', 'users.name', 'assessment_results.answers', 'assessment_results.total', 'assessment_results.band', 'assessment_results.flags', 'assessment_results.created_at'])
    .where('assessment_results.key', '=', key)
    .where('users.deactivated_at', 'is', null);
  if (actor.departmentId !== null) query = query.where('users.department_id', '=', actor.departmentId);
  const rows = await query.orderBy('assessment_results.id', 'desc').execute();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(Number(row.user_id))) latest.set(Number(row.user_id), row);
  const people = [...latest.values()];
  const sums = assessment.items.map(() => 0);
  for (const person of people) (JSON.parse(person.answers) as number[]).forEach((a, i) => (sums[i] += a));
  return {
    respondents: people.length,
    bands: assessment.bands.map((b) => ({ band: b.key, count: people.filter((p) => p.band === b.key).length })),
    items: sums.map((sum, i) => ({ number: i + 1, average: people.length ? Math.round((sum / people.length) * 100) / 100 : null })),
    people: people
      .map((p) => ({ userId: Number(p.user_id), name: p.name, total: p.total, band: p.band, flags: JSON.parse(p.flags) as string[], createdAt: p.created_at }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}
