import type { Kysely } from 'kysely';
import { readCustomerEmotion } from '../../shared/tickets/customer-emotion.ts';
import type { Tables } from '../db/tables.ts';

/**
 * Keeps the ticket's customer emotion at the reading of the customer's latest message, so the desk shows it
 * without reading messages. Call it in the transaction that saves the customer's message.
 */
export async function recordCustomerEmotion(db: Kysely<Tables>, ticketId: number, text: string) {
  if (!text.trim()) return;
  const { emotion, cue } = readCustomerEmotion(text);
  await db.updateTable('tickets').set({ customer_emotion: emotion, customer_emotion_cue: cue }).where('id', '=', ticketId).execute();
}
