import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A spreadsheet read into headings and rows of text cells. */
export type Sheet = { encoding: 'utf-8' | 'gbk' | 'xlsx'; columns: string[]; rows: Record<string, string>[] };

/** Why a file could not be read, as a message code of the customer archive. */
export type UnreadableReason = 'import_not_xlsx' | 'import_no_sheet' | 'import_wrong_type' | 'import_no_heading' | 'import_malformed_csv';

/** A file that cannot be read as a spreadsheet. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: UnreadableReason, readonly detail = '') {
    super(reason);
  }
}

/** Decodes CSV bytes: UTF-8 (with or without BOM) when valid, otherwise GBK as Excel in China saves it. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('import_not_xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('import_no_sheet');
  const columns: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    columns[col - 1] = cellText(cell.value).trim();
  });
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      record[column] = cellText(row.getCell(i + 1).value).trim();
    });
    if (Object.values(record).some((v) => v !== '')) rows.push(record);
  }
  return { encoding: 'xlsx', columns: columns.filter(Boolean), rows };
}

/** Reads a CSV (UTF-8 or GBK) or XLSX file; the first row holds the column headings. */
export async function readSpreadsheet(filename: string, bytes: Uint8Array): Promise<Sheet> {
  if (/\.xlsx$/i.test(filename)) return readXlsx(bytes);
  if (!/\.(csv|txt)$/i.test(filename)) throw new UnreadableFileError('import_wrong_type');
  const { text, encoding } = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new UnreadableFileError('import_malformed_csv', error instanceof Error ? error.message : '');
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h === '')) throw new UnreadableFileError('import_no_heading');
  const rows = body.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
  return { encoding, columns: header.filter(Boolean), rows };
}
