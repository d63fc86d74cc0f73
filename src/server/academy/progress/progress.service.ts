// "My learning", progress per person and per team, and certificates.
import { averageScore, percentDone } from '../../../shared/academy/progress/rules.ts';
import type { Certificate, MyLearning, Progress } from '../../../shared/schemas/academy-progress.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../plugins/errors.ts';
import { assertManager } from './assignments.service.ts';
import { resolveItems } from './learning-items.ts';
import { assignmentStatuses, titled, type AssignmentStatus } from './path-status.ts';
import { canManageLearning } from './progress.policy.ts';
import * as q from './progress.queries.ts';

type Assignment = Awaited<ReturnType<typeof q.selectAssignments>>[number];

async function withStatuses(db: Db, assignments: Assignment[]) {
  const items = await q.selectPathItems(db, assignments.map((a) => a.pathId));
  const records = await q.selectRecords(db, assignments.map((a) => a.userId), items.map((i) => i.ref));
  return { items, statuses: assignmentStatuses(assignments, items, records) };
}

/** The signed-in person's paths (open ones first, soonest due first) and certificates. */
export async function myLearning(db: Db, actor: Actor): Promise<MyLearning> {
  const [assignments, certificates] = await Promise.all([q.selectAssignments(db, { userId: actor.id }), q.selectCertificates(db, actor.id)]);
  const { items, statuses } = await withStatuses(db, assignments);
  const titles = await resolveItems(db, items);
  const paths = statuses
    .map((a) => ({
      id: a.pathId,
      title: a.title,
      note: a.note,
      dueOn: a.dueOn,
      assignedAt: a.assignedAt,
      items: a.items.map((i) => ({ ...titled(i, titles), done: i.done, score: i.score, completedAt: i.completedAt })),
      percent: a.complete ? 100 : percentDone(a.items),
      complete: a.complete,
      overdue: a.overdue,
      certificateId: a.certificateId,
    }))
    .sort((a, b) => Number(a.complete) - Number(b.complete) || a.dueOn.localeCompare(b.dueOn) || b.id - a.id);
  return { paths, certificates };
}

type Totals = { assigned: number; done: number; overdue: number; scores: (number | null)[] };

function add(totals: Totals, a: AssignmentStatus<Assignment>): void {
  totals.assigned += a.items.length;
  totals.done += a.items.filter((i) => i.done).length;
  totals.overdue += a.overdue ? a.items.filter((i) => !i.done).length : 0;
  totals.scores.push(...a.items.map((i) => i.score));
}

function finish(t: Totals) {
  return { assigned: t.assigned, done: t.done, overdue: t.overdue, percent: t.assigned ? Math.round((t.done / t.assigned) * 100) : 0, averageScore: averageScore(t.scores) };
}

/** Completion and scores of every assigned item, per person and per team (one department or everyone). */
export async function teamProgress(db: Db, actor: Actor, departmentId?: number): Promise<Progress> {
  assertManager(actor);
  const assignments = await q.selectAssignments(db, { departmentId });
  const { statuses } = await withStatuses(db, assignments);
  const certificates = await q.selectCertificateCounts(db, assignments.map((a) => a.userId));
  const people = new Map<number, { name: string; department: string | null; totals: Totals }>();
  const teams = new Map<number | null, { name: string | null; people: Set<number>; totals: Totals }>();
  for (const a of statuses) {
    const person = people.get(a.userId) ?? { name: a.name, department: a.department, totals: { assigned: 0, done: 0, overdue: 0, scores: [] } };
    const team = teams.get(a.departmentId) ?? { name: a.department, people: new Set<number>(), totals: { assigned: 0, done: 0, overdue: 0, scores: [] } };
    add(person.totals, a);
    add(team.totals, a);
    team.people.add(a.userId);
    people.set(a.userId, person);
    teams.set(a.departmentId, team);
  }
  return {
    people: [...people].map(([userId, p]) => ({ userId, name: p.name, department: p.department, certificates: certificates.get(userId) ?? 0, ...finish(p.totals) })),
    teams: [...teams]
      .map(([id, t]) => ({ departmentId: id, name: t.name, people: t.people.size, ...finish(t.totals) }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN')),
  };
}

/** A certificate: its holder sees it, and so do trainers, supervisors and admins; anyone else gets 404. */
export async function getCertificate(db: Db, actor: Actor, id: number): Promise<Certificate> {
  const certificate = await q.selectCertificate(db, id);
  if (!certificate || (certificate.userId !== actor.id && !canManageLearning(actor.role))) throw new AppError(404, 'progress_certificate_not_found', { id });
  const items = certificate.pathId === null ? [] : await q.selectPathItems(db, [certificate.pathId]);
  const titles = await resolveItems(db, items);
  return { id: certificate.id, userId: certificate.userId, name: certificate.name, title: certificate.title, issuedAt: certificate.issuedAt, items: items.map((i) => titled(i, titles)) };
}
