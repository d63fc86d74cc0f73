import { EventEmitter } from 'node:events';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Tables } from '../db/tables.ts';

const channel = 'lingting_ticket_changes';

/** Ticket changes of this process's clients: emits `change` with the ticket id once the change is committed. */
export const ticketChanges = new EventEmitter();
ticketChanges.setMaxListeners(0);

/**
 * Announces that a ticket changed, from inside the transaction that changed it. On PostgreSQL this is a
 * NOTIFY, delivered to every app instance only when the transaction commits; on SQLite (one instance) the
 * local clients hear it as soon as the current statement's turn ends.
 */
export async function announceTicketChange(db: Kysely<Tables>, ticketId: number): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_notify(${channel}, ${String(ticketId)})`.execute(db);
  } else {
    setImmediate(() => ticketChanges.emit('change', ticketId));
  }
}

/** Relays PostgreSQL notifications from every instance to this process's clients; returns a stop function. */
export async function listenForTicketChanges(databaseUrl: string, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', onError);
  client.on('notification', (message) => {
    if (message.channel === channel) ticketChanges.emit('change', Number(message.payload));
  });
  await client.connect();
  await client.query(`listen ${channel}`);
  return () => client.end();
}
