import { Worker } from 'node:worker_threads';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import type { MessageCode } from '../plugins/messages.ts';
import { ticketChanges } from '../realtime/ticket-changes.ts';
import { slaSettingsChanges } from './sla.ts';
import { openDeskTicket, readyDeskTicket, type DeskTicketInput, type OpenedTicketView, type OpenTicketInput } from './tickets.service.ts';
import type { IntakeReply, IntakeRequest } from './ticket-intake.worker.ts';

/** Opens the tickets agents create at the desk. */
export type TicketIntake = {
  open(actor: Actor, input: OpenTicketInput): Promise<OpenedTicketView>;
  /** Starts the intake thread ahead of the first ticket, which would otherwise wait a second or two for it. */
  warmUp(): void;
  close(): Promise<void>;
};

/**
 * Ticket intake for `db`. On an SQLite file, tickets are opened on a thread of their own with its own connection:
 * opening one costs as much CPU as everything else in its request (HTTP, sign-in, validation, the answer), and one
 * event loop caps a server at what one core can do, so taking calls uses the machine's second core. SQLite still
 * writes one transaction at a time; the main thread's transactions start IMMEDIATE and wait their turn. On
 * PostgreSQL (concurrent writers) and in-memory SQLite tickets open on the main thread.
 */
export function createTicketIntake(db: Db): TicketIntake {
  const thread = db.sqliteFile ? intakeThread(db, db.sqliteFile) : null;
  return {
    async open(actor, input) {
      const ready = await readyDeskTicket(db, actor, input);
      return thread ? thread.open(actor, ready) : openDeskTicket(db, actor, ready);
    },
    warmUp: () => thread?.warmUp(),
    close: async () => thread?.close(),
  };
}

// The worker's source is TypeScript: register tsx's loader in it before importing, whether or not this process
// runs under tsx (the test runner does not).
const bootstrap = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.entry); });
`;

type Pending = { resolve: (view: OpenedTicketView) => void; reject: (error: unknown) => void };

/** The intake thread, started on the first ticket and stopped by `close`. */
function intakeThread(db: Db, sqliteFile: string) {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const forget = (changed: object) => {
    if (changed === db) worker?.postMessage({ type: 'forget-sla' } satisfies IntakeRequest);
  };
  slaSettingsChanges.on('forget', forget);

  const start = () => {
    const started = new Worker(bootstrap, { eval: true, execArgv: [], workerData: { sqliteFile, entry: new URL('./ticket-intake.worker.ts', import.meta.url).href } });
    started.on('message', (reply: IntakeReply) => {
      if (reply.type === 'change') {
        ticketChanges.emit('change', reply.ticketId);
        return;
      }
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.type === 'opened') call?.resolve(reply.view);
      else call?.reject(reply.error.statusCode ? new AppError(reply.error.statusCode, reply.error.code as MessageCode, reply.error.params) : new Error(reply.error.message));
    });
    // A thread that dies fails the calls it had, with what killed it; the next ticket starts a new one.
    let failure: unknown;
    started.on('error', (error) => (failure = error));
    started.on('exit', () => {
      if (worker === started) worker = null;
      for (const call of pending.values()) call.reject(new Error('the ticket intake thread stopped', { cause: failure }));
      pending.clear();
    });
    return started;
  };

  const running = () => (worker ??= start());

  return {
    warmUp: () => void running(),
    open(actor: Actor, input: DeskTicketInput): Promise<OpenedTicketView> {
      const thread = running();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.postMessage({ type: 'open', id, actor, input } satisfies IntakeRequest);
      });
    },
    async close() {
      slaSettingsChanges.off('forget', forget);
      const running = worker;
      worker = null;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.postMessage({ type: 'close' } satisfies IntakeRequest);
      await exited;
    },
  };
}
