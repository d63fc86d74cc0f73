import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A new random secret, URL-safe, with an optional readable prefix (`lt_` for API tokens). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, the only form in which session ids and API tokens are stored. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against its argon2 hash. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A readable temporary password (letters and digits, 14 characters). */
export function newTemporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}
