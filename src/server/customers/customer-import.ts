import { normalizeContact } from '../../shared/customers/contact-values.ts';
import { parseLevel, parseTags, parseTier, type ImportField } from '../../shared/customers/import-fields.ts';
import type { Locale } from '../../shared/schemas/common.ts';
import type { CustomersTable } from '../db/tables.ts';
import { message } from '../plugins/messages.ts';
import { customerColumnLabels } from './customer-columns.ts';

/** A row of an import file turned into a customer, ready to insert. */
export type ImportedCustomer = {
  row: number;
  name: string;
  tier: CustomersTable['tier'];
  level: CustomersTable['level'];
  segments: { business: string | null; region: string | null; scale: string | null; attributes: string | null; values: string | null };
  tags: string[];
  source: string | null;
  notes: string | null;
  contacts: { kind: 'phone' | 'email' | 'wechat' | 'address'; value: string }[];
};

/** A problem with one cell, worded in the request's language. */
export type RowError = { row: number; field: string; message: string };

const maxLength: Partial<Record<ImportField, number>> = { name: 100, business: 50, region: 50, scale: 50, attributes: 50, values: 50, source: 50, notes: 2000 };

/** Checks one mapped row; returns the customer or the errors naming each bad field. */
export function readImportRow(
  cells: Record<string, string>,
  row: number,
  mapping: Partial<Record<ImportField, string>>,
  locale: Locale,
): { customer?: ImportedCustomer; errors: RowError[] } {
  const errors: RowError[] = [];
  const label = (field: ImportField) => customerColumnLabels[field][locale];
  const fail = (field: ImportField, code: 'import_required' | 'import_invalid_value' | 'import_too_long', value = '') =>
    errors.push({ row, field, message: message(code, locale, { field: label(field), value, max: maxLength[field] }) });
  const get = (field: ImportField) => {
    const value = (mapping[field] ? cells[mapping[field]!] ?? '' : '').trim();
    const max = maxLength[field];
    if (max && value.length > max) fail(field, 'import_too_long');
    return value;
  };
  const name = get('name');
  if (!name) fail('name', 'import_required');
  const contacts: ImportedCustomer['contacts'] = [];
  for (const kind of ['phone', 'email', 'wechat', 'address'] as const) {
    const raw = get(kind);
    if (!raw) continue;
    const value = normalizeContact(kind, raw);
    if (value) contacts.push({ kind, value });
    else fail(kind, 'import_invalid_value', raw);
  }
  const tierText = get('tier');
  const tier = tierText ? parseTier(tierText) : 'potential';
  if (!tier) fail('tier', 'import_invalid_value', tierText);
  const levelText = get('level');
  const level = levelText ? parseLevel(levelText) : 'transactional';
  if (!level) fail('level', 'import_invalid_value', levelText);
  const optional = (field: ImportField) => get(field) || null;
  const customer: ImportedCustomer = {
    row,
    name,
    tier: tier ?? 'potential',
    level: level ?? 'transactional',
    segments: { business: optional('business'), region: optional('region'), scale: optional('scale'), attributes: optional('attributes'), values: optional('values') },
    tags: parseTags(get('tags')),
    source: optional('source'),
    notes: optional('notes'),
    contacts,
  };
  return errors.length ? { errors } : { customer, errors };
}

/** Flags phones and emails that appear on more than one row of the same file. */
export function repeatsWithinFile(customers: ImportedCustomer[], locale: Locale): RowError[] {
  const firstRow = new Map<string, number>();
  const errors: RowError[] = [];
  for (const customer of customers) {
    for (const contact of customer.contacts.filter((c) => c.kind === 'phone' || c.kind === 'email')) {
      const other = firstRow.get(contact.value);
      if (other === undefined) firstRow.set(contact.value, customer.row);
      else errors.push({ row: customer.row, field: contact.kind, message: message('import_duplicate_in_file', locale, { value: contact.value, other }) });
    }
  }
  return errors;
}
