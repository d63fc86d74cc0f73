import type { Locale } from '../../shared/schemas/common.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import type { Actor } from './actor.ts';
import { deleteSession, findLoginByEmail, findProfile, insertSession } from './auth.queries.ts';
import { hashPassword, newSecret, verifyPassword } from './secrets.ts';

/** How long a browser session lasts. */
export const sessionTtlMs = 14 * 24 * 60 * 60 * 1000;

// Verified against when the email is unknown, so a wrong email costs the same time as a wrong password.
const decoyHash = hashPassword(newSecret());

/** Checks email and password and opens a session; every failure gives the same generic error. */
export async function login(db: Db, input: { email: string; password: string; ip: string }) {
  const user = await findLoginByEmail(db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user || !ok) {
    await insertAudit(db, {
      actorId: user?.id ?? null,
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email: input.email },
      ip: input.ip,
    });
    throw new AppError(401, 'invalid_credentials');
  }
  const cookieValue = newSecret();
  await insertSession(db, user.id, cookieValue, sessionTtlMs);
  await insertAudit(db, { actorId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id, ip: input.ip });
  return { userId: user.id, cookieValue };
}

/** Ends a session. */
export async function logout(db: Db, cookieValue: string | undefined): Promise<void> {
  if (cookieValue) await deleteSession(db, cookieValue);
}

/** The signed-in user's profile, as `GET /auth/me` shows it (without the CSRF token). */
export async function profile(db: Db, userId: number) {
  const row = await findProfile(db, userId);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    department: row.departmentId && row.departmentName ? { id: row.departmentId, name: row.departmentName } : null,
    locale: row.locale,
    timeZone: row.timeZone,
  };
}

/** Changes one's own language and time zone. */
export async function updatePreferences(db: Db, actor: Actor, input: { locale?: Locale; timeZone?: string }) {
  if (input.timeZone && !isTimeZone(input.timeZone)) {
    throw new AppError(400, 'invalid_time_zone', { timeZone: input.timeZone });
  }
  await db
    .updateTable('users')
    .set({
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.timeZone ? { time_zone: input.timeZone } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', actor.id)
    .execute();
  return profile(db, actor.id);
}

/** Changes one's own password after checking the current one; other sessions are ended. */
export async function changePassword(db: Db, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await findLoginByEmail(db, actor.email);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, 'wrong_password');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date().toISOString() }).where('id', '=', actor.id).execute();
    await insertAudit(trx, { actorId: actor.id, action: 'user.password_changed', entityType: 'user', entityId: actor.id, ip: actor.ip });
  });
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
