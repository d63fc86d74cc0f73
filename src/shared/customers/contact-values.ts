/** Kinds of contact detail a customer can have. */
export const contactKinds = ['phone', 'email', 'wechat', 'address'] as const;
/** A kind of contact detail. */
export type ContactKind = (typeof contactKinds)[number];

/** Mainland mobile (11 digits starting 1), or a landline with area code; separators and +86 are dropped. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (/^0\d{2,3}\d{7,8}$/.test(digits)) return digits;
  if (/^400\d{7}$/.test(digits)) return digits;
  return null;
}

/** Lower-cased email, or null when it is not an email address. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

/** The stored form of a contact value, or null when the value is invalid for its kind. */
export function normalizeContact(kind: ContactKind, raw: string): string | null {
  if (kind === 'phone') return normalizePhone(raw);
  if (kind === 'email') return normalizeEmail(raw);
  const value = raw.trim();
  return value.length > 0 && value.length <= 200 ? value : null;
}

/** Masks a phone as 138****5678 (keeps the first three and the last four digits). */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return `${phone.slice(0, 1)}****${phone.slice(-2)}`;
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Masks an email as z***@example.com (keeps the first letter and the domain). */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Masks any contact value by its kind; WeChat ids and addresses keep only their beginning. */
export function maskContact(kind: ContactKind, value: string): string {
  if (kind === 'phone') return maskPhone(value);
  if (kind === 'email') return maskEmail(value);
  return value.length <= 2 ? '***' : `${value.slice(0, Math.min(6, Math.ceil(value.length / 3)))}***`;
}
