// Emotion self-care: each person may pin one self-talk from the table, offered again after a hard ticket.
import { moodOf } from '../../../shared/academy/courses/self-care.ts';
import type { SelfCarePin } from '../../../shared/schemas/academy-courses.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../plugins/errors.ts';
import * as q from './cases.queries.ts';

const now = () => new Date().toISOString();

/** The self-talk the actor pinned, if any. */
export async function getPin(db: Db, actor: Actor): Promise<SelfCarePin> {
  const row = await q.selectPin(db, actor.id);
  // A pin whose mood was since removed from the table counts as no pin.
  return row && moodOf(row.mood_key) ? { moodKey: row.mood_key, pinnedAt: row.pinned_at } : { moodKey: null, pinnedAt: null };
}

/** Pins one self-talk for the actor, replacing the previous one. */
export async function pinSelfTalk(db: Db, actor: Actor, moodKey: string): Promise<SelfCarePin> {
  if (!moodOf(moodKey)) throw new AppError(404, 'mood_not_found', { key: moodKey });
  await q.upsertPin(db, actor.id, moodKey, now());
  return getPin(db, actor);
}

/** Removes the actor's pin. */
export async function unpinSelfTalk(db: Db, actor: Actor): Promise<SelfCarePin> {
  await q.deletePin(db, actor.id);
  return { moodKey: null, pinnedAt: null };
}
