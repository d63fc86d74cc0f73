import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { dueSoonWindowMs } from './sla.ts';
import { canWorkTickets, isSupervising } from './tickets.policy.ts';

/** Live counts of the desk's queues for the actor. */
export async function deskCounts(db: Db, actor: Actor) {
  if (!canWorkTickets(actor) && actor.role !== 'inspector' && actor.role !== 'department_member') throw new AppError(403, 'forbidden');
  // A department member's "waiting on a department" is their own department's; everyone else sees all of them.
  const ownDepartment = actor.role === 'department_member' ? (actor.departmentId ?? -1) : null;
  const now = new Date().toISOString();
  const soon = new Date(Date.now() + dueSoonWindowMs).toISOString();
  const count = async (build: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
    Number((await build(base()).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const base = () => db.selectFrom('tickets').where('queue_due_at', 'is not', null);
  const [mine, team, dueSoon, breached, escalated, department, followUps] = await Promise.all([
    count((q) => q.where('owner_id', '=', actor.id)),
    count((q) => q),
    count((q) => q.where('queue_due_at', '>=', now).where('queue_due_at', '<', soon)),
    count((q) => q.where('queue_due_at', '<', now)),
    count((q) => q.where('status', '=', 'escalated')),
    count((q) => (ownDepartment === null ? q : q.where('department_id', '=', ownDepartment)).where('status', '=', 'pending_department')),
    db.selectFrom('follow_ups').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').where('due_at', '<=', soon).$if(!isSupervising(actor), (q) => q.where('assignee_id', '=', actor.id)).executeTakeFirstOrThrow().then((r) => Number(r.n)),
  ]);
  return { mine, team, dueSoon, breached, escalated, department, followUps };
}
