// Titles of assignable items per kind: courses and quizzes from their tables (one query per kind, never per
// item), self-assessments and simulator personas from code.
import type { Kysely } from 'kysely';
import { assessments, isAssessmentKey, type Localized } from '../../../shared/academy/assessments.ts';
import type { LearningKind } from '../../../shared/academy/progress/rules.ts';
import type { LearningItem } from '../../../shared/schemas/academy-progress.ts';
import type { Tables } from '../../db/tables.ts';
import { personas } from '../../../shared/academy/simulator/personas.ts';

type ItemRef = { kind: LearningKind; ref: string };
type TableKind = 'course' | 'quiz';
const tableOf = { course: 'courses', quiz: 'quizzes' } as const;

/** The lookup key of an item. */
export function itemKey(item: ItemRef): string {
  return `${item.kind}:${item.ref}`;
}


async function tableTitles(db: Kysely<Tables>, kind: TableKind, ids: number[] | 'all', publishedOnly: boolean): Promise<LearningItem[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db.selectFrom(tableOf[kind]).select(['id', 'title']).orderBy('id');
  if (ids !== 'all') query = query.where('id', 'in', ids);
  if (publishedOnly) query = query.where('status', '=', 'published');
  const rows = await query.execute();
  return rows.map((r) => ({ kind, ref: String(r.id), title: JSON.parse(r.title) as Localized }));
}

function codeItems(kind: 'assessment' | 'simulation'): LearningItem[] {
  return kind === 'assessment'
    ? Object.values(assessments).map((a) => ({ kind, ref: a.key, title: a.title }))
    : personas.map((p) => ({ kind, ref: p.key, title: p.name }));
}

/** Everything a trainer can assign now: published courses and quizzes, both self-assessments, every persona. */
export async function listLearningItems(db: Kysely<Tables>): Promise<LearningItem[]> {
  const [courses, quizzes] = await Promise.all([tableTitles(db, 'course', 'all', true), tableTitles(db, 'quiz', 'all', true)]);
  return [...courses, ...quizzes, ...codeItems('assessment'), ...codeItems('simulation')];
}

/**
 * Titles of the given items by `itemKey`; items that do not exist (or, with `publishedOnly`, are not published)
 * are absent from the map.
 */
export async function resolveItems(db: Kysely<Tables>, items: readonly ItemRef[], publishedOnly = false): Promise<Map<string, Localized>> {
  const ids = (kind: TableKind) => [...new Set(items.filter((i) => i.kind === kind && /^\d{1,15}$/.test(i.ref)).map((i) => Number(i.ref)))];
  const [courses, quizzes] = await Promise.all([tableTitles(db, 'course', ids('course'), publishedOnly), tableTitles(db, 'quiz', ids('quiz'), publishedOnly)]);
  const known = [...courses, ...quizzes, ...codeItems('assessment').filter((a) => isAssessmentKey(a.ref)), ...codeItems('simulation')];
  return new Map(known.map((i) => [itemKey(i), i.title]));
}
