import { queryTokens } from '../search/tokens.ts';
import type { CustomerSearch } from './customers.queries.ts';

/**
 * Decides how a search text is matched: an email by prefix, digits by the phone's last digits or a serial
 * prefix, letters-and-digits by serial or name, anything else by name (any part of a Chinese name).
 */
export function resolveCustomerSearch(q: string): CustomerSearch[] {
  const text = q.trim();
  if (text.includes('@')) return [{ by: 'email', prefix: text.toLowerCase() }];
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d{3,}$/.test(digits)) return [{ by: 'phoneTail', digits }, { by: 'serial', prefix: digits }];
  const nameTokens = queryTokens(text, { anyPart: true });
  const searches: CustomerSearch[] = nameTokens.length ? [{ by: 'name', tokens: nameTokens }] : [];
  if (/^[A-Za-z0-9-]{4,}$/.test(text)) searches.push({ by: 'serial', prefix: text.toUpperCase() });
  return searches;
}
