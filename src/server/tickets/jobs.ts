import type { Insertable, Kysely } from 'kysely';
import { refreshDerived } from '../customers/customer-derived.ts';
import type { Db } from '../db/create-db.ts';
import { insertRows } from '../db/compiled-queries.ts';
import type { Tables } from '../db/tables.ts';
import { insertEvent } from './tickets.queries.ts';

const unresolved = ['open', 'pending_customer', 'pending_department', 'escalated'];

type NewJob = Insertable<Tables['jobs']>;

/** A job row: work to run at `runAt` (by default soon after the current transaction commits). */
export function jobRow(kind: 'customer_refresh' | 'sla_warning' | 'sla_breach', payload: Record<string, unknown>, runAt = new Date()): NewJob {
  return { kind, run_at: runAt.toISOString(), payload: JSON.stringify(payload), locked_until: null, done_at: null, created_at: new Date().toISOString() };
}

/** The SLA warning and breach timers of a ticket with a resolution due time. */
export function slaJobRows(ticketId: number, sla: { resolutionDueAt: string | null; warnBeforeMinutes: number | null }): NewJob[] {
  if (!sla.resolutionDueAt) return [];
  const due = new Date(sla.resolutionDueAt);
  const warnAt = new Date(due.getTime() - (sla.warnBeforeMinutes ?? 0) * 60_000);
  return [jobRow('sla_warning', { ticketId }, warnAt), jobRow('sla_breach', { ticketId }, due)];
}

/** Inserts jobs in one statement. */
export async function insertJobs(db: Kysely<Tables>, rows: NewJob[]) {
  await insertRows(db, 'jobs', rows);
}

/** Queues work to run soon after the current transaction commits (e.g. recomputing a customer's risk). */
export async function enqueueJob(db: Kysely<Tables>, kind: 'customer_refresh', payload: Record<string, unknown>, runAt = new Date()) {
  await insertJobs(db, [jobRow(kind, payload, runAt)]);
}

/**
 * Runs the jobs that are due (SLA warnings and breaches, customer risk refreshes). Each job is claimed by setting `locked_until`
 * in a transaction — with `FOR UPDATE SKIP LOCKED` on PostgreSQL — so several app instances share the work
 * and a job interrupted by a restart runs again once its lock expires.
 */
export async function runDueJobs(db: Db, now = new Date()): Promise<number> {
  const nowIso = now.toISOString();
  const claimed = await db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('jobs')
      .select(['id', 'kind', 'payload'])
      .where('done_at', 'is', null)
      .where('run_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .orderBy('run_at')
      .limit(100);
    if (db.dialectName === 'postgres') query = query.forUpdate().skipLocked();
    const jobs = await query.execute();
    if (jobs.length) {
      await trx
        .updateTable('jobs')
        .set((eb) => ({ locked_until: new Date(now.getTime() + 60_000).toISOString(), attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', jobs.map((j) => j.id))
        .execute();
    }
    return jobs;
  });
  for (const job of claimed) {
    await db.transaction().execute(async (trx) => {
      if (job.kind === 'customer_refresh') {
        await refreshDerived(trx, (JSON.parse(job.payload) as { customerId: number }).customerId, 'Asia/Shanghai');
        await trx.updateTable('jobs').set({ done_at: nowIso }).where('id', '=', job.id).execute();
        return;
      }
      const { ticketId } = JSON.parse(job.payload) as { ticketId: number };
      const ticket = await trx.selectFrom('tickets').select(['id', 'status', 'sla_breached_at']).where('id', '=', ticketId).executeTakeFirst();
      if (ticket && unresolved.includes(ticket.status)) {
        if (job.kind === 'sla_breach' && !ticket.sla_breached_at) {
          await trx.updateTable('tickets').set({ sla_breached_at: nowIso }).where('id', '=', ticketId).execute();
          await insertEvent(trx, ticketId, null, 'sla_breached');
        } else if (job.kind === 'sla_warning') {
          await insertEvent(trx, ticketId, null, 'sla_warning');
        }
      }
      await trx.updateTable('jobs').set({ done_at: nowIso }).where('id', '=', job.id).execute();
    });
  }
  return claimed.length;
}

/** Polls for due jobs every `intervalMs` until the returned stop function is called. */
export function startJobRunner(db: Db, onError: (error: unknown) => void, intervalMs = 5_000): () => void {
  const timer = setInterval(() => {
    runDueJobs(db).catch(onError);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
