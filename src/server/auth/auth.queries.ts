import { runCompiled } from '../db/compiled-queries.ts';
import type { Db } from '../db/create-db.ts';
import type { Actor } from './actor.ts';
import { sha256 } from './secrets.ts';

const actorColumns = [
  'users.id',
  'users.email',
  'users.name',
  'users.role',
  'users.department_id as departmentId',
  'users.locale',
  'users.time_zone as timeZone',
] as const;

/** The active user behind a session cookie value, or null when unknown or expired. */
export async function findActorBySession(db: Db, cookieValue: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(actorColumns)
    .where('sessions.id', '=', sha256(cookieValue))
    .where('sessions.expires_at', '>', new Date().toISOString())
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** The active user behind a personal API token, or null when unknown or revoked; notes its last use (once a minute). */
export async function findActorByToken(db: Db, token: string): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const build = () =>
    db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([...actorColumns, 'api_tokens.last_used_at as lastUsedAt'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.deactivated_at', 'is', null);
  const [row] = await runCompiled(db, 'actor by token', build, [tokenHash]);
  if (!row) return null;
  const now = new Date();
  // An integration may call many times a second; one write a minute keeps "last used" true without a write per call.
  if (!row.lastUsedAt || Date.parse(row.lastUsedAt) < now.getTime() - 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('token_hash', '=', tokenHash).execute();
  }
  const { lastUsedAt: _lastUsedAt, ...actor } = row;
  return actor;
}

/** The login record of an active user by email. */
export function findLoginByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash as passwordHash'])
    .where('email', '=', email)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
}

/** Stores a new session for a user. */
export async function insertSession(db: Db, userId: number, cookieValue: string, ttlMs: number): Promise<void> {
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(cookieValue),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlMs).toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute();
}

/** Ends the session with this cookie value. */
export async function deleteSession(db: Db, cookieValue: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(cookieValue)).execute();
}

/** The signed-in user's profile with department name, for `GET /auth/me`. */
export function findProfile(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([...actorColumns, 'departments.name as departmentName'])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
}
