// Case studies: everyone reads and answers; the model analysis appears once the person has answered.
import type { CaseBody, CaseListItem, CaseView } from '../../../shared/schemas/academy-courses.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../plugins/errors.ts';
import * as q from './cases.queries.ts';
import { assertCourseEditor, canEditCourses } from './courses.policy.ts';

const now = () => new Date().toISOString();

/** Every case, with whether the actor has answered it. */
export async function listCases(db: Db, actor: Actor): Promise<CaseListItem[]> {
  return q.selectCases(db, actor.id);
}

/** A case as the actor sees it: the analysis only after they answered, or always for editors. */
export async function getCase(db: Db, actor: Actor, id: number): Promise<CaseView> {
  const [found, answer] = await Promise.all([q.selectCase(db, id), q.selectAnswer(db, id, actor.id)]);
  if (!found) throw new AppError(404, 'case_not_found', { id });
  return {
    id,
    title: found.title,
    narrative: found.narrative,
    questions: found.questions,
    analysis: answer || canEditCourses(actor) ? found.analysis : null,
    myAnswers: answer?.answers ?? null,
    answeredAt: answer?.answeredAt ?? null,
  };
}

/** Stores the actor's answers (one per question, at least one written) and reveals the analysis. */
export async function answerCase(db: Db, actor: Actor, id: number, answers: string[]): Promise<CaseView> {
  const found = await q.selectCase(db, id);
  if (!found) throw new AppError(404, 'case_not_found', { id });
  if (answers.length !== found.questions.length) {
    throw new AppError(400, 'case_answer_count', { expected: found.questions.length, given: answers.length });
  }
  if (answers.every((a) => a.trim() === '')) throw new AppError(400, 'case_answer_empty');
  await q.upsertAnswer(db, { caseId: id, userId: actor.id, answers: answers.map((a) => a.trim()), now: now() });
  return getCase(db, actor, id);
}

/** Adds a case study. */
export async function createCase(db: Db, actor: Actor, body: CaseBody): Promise<CaseView> {
  assertCourseEditor(actor);
  const id = await q.insertCase(db, body, actor.id, now());
  return getCase(db, actor, id);
}

/** Rewrites a case study (answers already given stay with the person). */
export async function updateCase(db: Db, actor: Actor, id: number, body: CaseBody): Promise<CaseView> {
  assertCourseEditor(actor);
  if (!(await q.updateCase(db, id, body, now()))) throw new AppError(404, 'case_not_found', { id });
  return getCase(db, actor, id);
}
