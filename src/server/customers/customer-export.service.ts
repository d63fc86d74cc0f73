import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/schemas/common.ts';
import type { CustomerListItem, ListCustomersQuery } from '../../shared/schemas/customers.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { customerColumnLabels } from './customer-columns.ts';
import { canManageCustomerData } from './customers.policy.ts';
import { listCustomers } from './customers.service.ts';

const columns = ['id', 'name', 'phone', 'email', 'tier', 'level', 'region', 'tags', 'owner', 'risk', 'nextContactDueOn', 'createdAt'] as const;
const tierNames = { current: '现行', target: '目标', potential: '潜在' } as const;
const levelNames = { transactional: '买卖中介', preferred: '优先选择', partner: '合作伙伴', strategic: '战略联盟' } as const;

function toCells(c: CustomerListItem, locale: Locale, timeZone: string): (string | number)[] {
  const zh = locale === 'zh-CN';
  const created = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(c.createdAt));
  return [c.id, c.name, c.primaryPhone ?? '', c.primaryEmail ?? '', zh ? tierNames[c.tier] : c.tier, zh ? levelNames[c.level] : c.level, c.region ?? '', c.tags.join(', '), c.ownerName ?? '', c.riskScore, c.nextContactDueOn, created];
}

// Walks the filtered list page by page (keyset), so memory stays flat however many customers match.
async function* pages(db: Db, actor: Actor, query: Omit<ListCustomersQuery, 'cursor' | 'limit'>) {
  let cursor: string | undefined;
  do {
    const page = await listCustomers(db, actor, { ...query, limit: 1000, cursor });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Streams every customer matching the filters as CSV (UTF-8 with BOM, for Excel) or XLSX; audited. */
export async function exportCustomers(db: Db, actor: Actor, query: Omit<ListCustomersQuery, 'cursor' | 'limit'> & { format: 'csv' | 'xlsx' }, locale: Locale) {
  if (!canManageCustomerData(actor)) throw new AppError(403, 'forbidden');
  const { format, ...filters } = query;
  await insertAudit(db, { actorId: actor.id, action: 'customer.exported', entityType: 'customer', entityId: null, after: { format, filters }, ip: actor.ip });
  const header = columns.map((c) => customerColumnLabels[c][locale]);
  if (format === 'csv') {
    return Readable.from(
      (async function* () {
        yield '\ufeff' + stringify([header]);
        for await (const items of pages(db, actor, filters)) yield stringify(items.map((c) => toCells(c, locale, actor.timeZone)));
      })(),
    );
  }
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet(locale === 'zh-CN' ? '客户' : 'Customers');
  sheet.addRow(header).commit();
  void (async () => {
    try {
      for await (const items of pages(db, actor, filters)) for (const c of items) sheet.addRow(toCells(c, locale, actor.timeZone)).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return stream;
}
