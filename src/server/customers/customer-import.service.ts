import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { localDate } from '../../shared/customers/dates.ts';
import { requiredImportFields, suggestMapping } from '../../shared/customers/import-fields.ts';
import type { Locale } from '../../shared/schemas/common.ts';
import type { importFileSchema, importRequestSchema } from '../../shared/schemas/customers.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import type { Tables } from '../db/tables.ts';
import { AppError } from '../plugins/errors.ts';
import { insertCustomersBulk } from './customer-bulk.ts';
import { readImportRow, repeatsWithinFile, type ImportedCustomer, type RowError } from './customer-import.ts';
import { canManageCustomerData } from './customers.policy.ts';
import { selectDuplicates } from './customers.queries.ts';
import { readSpreadsheet, UnreadableFileError } from './spreadsheet.ts';

/** The most rows one import takes. */
export const maxImportRows = 200_000;

async function readFile(file: z.infer<typeof importFileSchema>) {
  try {
    const sheet = await readSpreadsheet(file.filename, Buffer.from(file.contentBase64, 'base64'));
    if (sheet.rows.length === 0) throw new AppError(400, 'import_empty', { filename: file.filename });
    if (sheet.rows.length > maxImportRows) throw new AppError(400, 'import_too_many_rows', { max: maxImportRows, count: sheet.rows.length });
    return sheet;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new AppError(400, error.reason, { filename: file.filename, detail: error.detail });
    throw error;
  }
}

function assertCanImport(actor: Actor) {
  if (!canManageCustomerData(actor)) throw new AppError(403, 'forbidden');
}

/** Reads a file's columns and first rows and proposes a column mapping. */
export async function previewImport(_db: Db, actor: Actor, file: z.infer<typeof importFileSchema>) {
  assertCanImport(actor);
  const sheet = await readFile(file);
  return {
    encoding: sheet.encoding,
    columns: sheet.columns,
    sampleRows: sheet.rows.slice(0, 5),
    rowCount: sheet.rows.length,
    suggestedMapping: suggestMapping(sheet.columns),
  };
}

async function findExisting(db: Kysely<Tables>, customers: ImportedCustomer[]) {
  const values = customers.flatMap((c) => c.contacts.filter((k) => k.kind === 'phone' || k.kind === 'email').map((k) => k.value));
  const found = new Map<string, { id: number; name: string }>();
  for (let i = 0; i < values.length; i += 500) {
    for (const d of await selectDuplicates(db, values.slice(i, i + 500))) found.set(d.matchedOn, { id: d.id, name: d.name });
  }
  return customers.flatMap((c) => {
    const hit = c.contacts.map((k) => ({ k, existing: found.get(k.value) })).find((x) => x.existing);
    return hit ? [{ row: c.row, existingId: hit.existing!.id, name: hit.existing!.name, matchedOn: hit.k.value }] : [];
  });
}

/**
 * Checks every row (dry run) or imports them all in one transaction — all or nothing. Rows whose phone or
 * email is already known are reported as duplicates and skipped unless `duplicates` is `create`.
 */
export async function importCustomers(db: Db, actor: Actor, request: z.output<typeof importRequestSchema>, locale: Locale) {
  assertCanImport(actor);
  const missing = requiredImportFields.filter((f) => !request.mapping[f]);
  if (missing.length) throw new AppError(400, 'import_missing_columns', { fields: missing.join(', ') });
  const sheet = await readFile(request);
  for (const [field, column] of Object.entries(request.mapping)) {
    if (!sheet.columns.includes(column)) throw new AppError(400, 'import_unknown_column', { column, field });
  }
  const errors: RowError[] = [];
  const customers: ImportedCustomer[] = [];
  sheet.rows.forEach((cells, index) => {
    const result = readImportRow(cells, index + 2, request.mapping, locale);
    errors.push(...result.errors);
    if (result.customer) customers.push(result.customer);
  });
  const repeats = repeatsWithinFile(customers, locale);
  errors.push(...repeats);
  errors.sort((a, b) => a.row - b.row);
  const duplicates = await findExisting(db, customers);
  const skipped = new Set(request.duplicates === 'skip' ? duplicates.map((d) => d.row) : []);
  const toImport = customers.filter((c) => !skipped.has(c.row));
  const result = { dryRun: request.dryRun, total: sheet.rows.length, valid: customers.length - new Set(repeats.map((e) => e.row)).size, imported: 0, errors, duplicates };
  if (request.dryRun) return result;
  if (errors.length) throw new AppError(400, 'import_has_errors', { count: new Set(errors.map((e) => e.row)).size }, { errors });
  await db.transaction().execute(async (trx) => {
    await insertCustomersBulk(trx, db.dialectName, actor.id, toImport, localDate(new Date(), actor.timeZone));
    await insertAudit(trx, { actorId: actor.id, action: 'customer.imported', entityType: 'customer', entityId: null, after: { filename: request.filename, count: toImport.length }, ip: actor.ip });
  });
  return { ...result, imported: toImport.length };
}
