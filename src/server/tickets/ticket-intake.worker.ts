// The ticket intake thread (see ticket-intake.ts): opens desk tickets on its own connection to the SQLite file.
import { parentPort, workerData } from 'node:worker_threads';
import type { Actor } from '../auth/actor.ts';
import { createDb } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { ticketChanges } from '../realtime/ticket-changes.ts';
import { forgetSlaSettings } from './sla.ts';
import { openDeskTicket, type DeskTicketInput, type OpenedTicketView } from './tickets.service.ts';

/** What the main thread asks of the intake thread. */
export type IntakeRequest = { type: 'open'; id: number; actor: Actor; input: DeskTicketInput } | { type: 'forget-sla' } | { type: 'close' };

/** A failure, as it crosses threads: an AppError keeps its status, code and parameters. */
export type IntakeFailure = { statusCode?: number; code?: string; params?: Record<string, unknown>; message: string };

/** What the intake thread tells the main thread. */
export type IntakeReply =
  | { type: 'opened'; id: number; view: OpenedTicketView }
  | { type: 'failed'; id: number; error: IntakeFailure }
  | { type: 'change'; ticketId: number };

const port = parentPort;
if (port) {
  const db = createDb(`sqlite:${(workerData as { sqliteFile: string }).sqliteFile}`, { secondary: true });
  const tell = (reply: IntakeReply) => port.postMessage(reply);
  // The desk's live counts listen on the main thread.
  ticketChanges.on('change', (ticketId: number) => tell({ type: 'change', ticketId }));
  port.on('message', (request: IntakeRequest) => {
    if (request.type === 'forget-sla') forgetSlaSettings(db);
    else if (request.type === 'close') void db.destroy().then(() => port.close());
    else openDeskTicket(db, request.actor, request.input).then(
      (view) => tell({ type: 'opened', id: request.id, view }),
      (error: unknown) => tell({ type: 'failed', id: request.id, error: failure(error) }),
    );
  });
}

function failure(error: unknown): IntakeFailure {
  if (error instanceof AppError) return { statusCode: error.statusCode, code: error.code, params: error.params, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}
