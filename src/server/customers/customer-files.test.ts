import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const mapping = { name: '姓名', phone: '手机', email: '邮箱', tier: '客户类型', tags: '标签', region: '地区' };
const header = '姓名,手机,邮箱,客户类型,标签,地区\n';

// GBK bytes of "姓名,手机\n赵六,13600001234\n" as Excel in China saves a CSV.
function gbkCsv(): string {
  const bytes = [
    0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0x0a, 0xd5, 0xd4, 0xc1, 0xf9, 0x2c,
    ...Buffer.from('13600001234\n'),
  ];
  return Buffer.from(bytes).toString('base64');
}

describe.each(testDialects())('customer import and export on %s', (dialect) => {
  let t: TestApp;
  let supervisor: SessionClient;
  const imports = (body: object) => supervisor.request('POST', '/api/v1/customers/import', body);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    supervisor = await loginAs(t.app, 'supervisor@lingting.demo');
  });
  afterAll(() => t.close());

  it('previews a CSV with its columns and a proposed mapping', async () => {
    const response = await supervisor.request('POST', '/api/v1/customers/import/preview', {
      filename: 'customers.csv',
      contentBase64: csv(`\ufeff${header}王芳,13811112222,wf@example.com,现行,VIP,北京\n`),
    });
    expect(response.json()).toMatchObject({ encoding: 'utf-8', columns: ['姓名', '手机', '邮箱', '客户类型', '标签', '地区'], rowCount: 1, suggestedMapping: mapping });
  });

  it('reads a GBK-encoded CSV correctly', async () => {
    const preview = (await supervisor.request('POST', '/api/v1/customers/import/preview', { filename: 'gbk.csv', contentBase64: gbkCsv() })).json();
    expect(preview.encoding).toBe('gbk');
    expect(preview.sampleRows[0]).toEqual({ 姓名: '赵六', 手机: '13600001234' });
  });

  it('reports each bad row with its field in a dry run, and imports nothing when committing such a file', async () => {
    const file = csv(`${header}李雷,13811113333,,目标,,\n,13811114444,,,,\n韩梅梅,12345,not-mail,金牌,,\n李雷二,13811113333,,,,\n`);
    const dry = (await imports({ filename: 'bad.csv', contentBase64: file, mapping, dryRun: true })).json();
    expect(dry).toMatchObject({ dryRun: true, total: 4, valid: 1, imported: 0 });
    expect(dry.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['3:name', '4:phone', '4:email', '4:tier', '5:phone']);
    expect(dry.errors[0].message).toBe('姓名不能为空。');
    expect(dry.errors[1].message).toBe('「12345」不是有效的电话。');
    const commit = await imports({ filename: 'bad.csv', contentBase64: file, mapping, dryRun: false });
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.code).toBe('import_has_errors');
    expect((await supervisor.request('GET', '/api/v1/customers?q=李雷')).json().items).toEqual([]);
  });

  it('imports every valid row in one transaction, searchable at once, skipping known phones', async () => {
    await supervisor.request('POST', '/api/v1/customers', { name: '已存在', contacts: [{ kind: 'phone', value: '13899990000' }] });
    const file = csv(`${header}王芳,13811112222,wf@example.com,现行,VIP；老客户,北京\n陈明,13899990000,,potential,,上海\n`);
    const dry = (await imports({ filename: 'ok.csv', contentBase64: file, mapping, dryRun: true })).json();
    expect(dry.duplicates).toEqual([{ row: 3, existingId: expect.any(Number), name: '已存在', matchedOn: '13899990000' }]);
    const result = (await imports({ filename: 'ok.csv', contentBase64: file, mapping, dryRun: false })).json();
    expect(result).toMatchObject({ dryRun: false, total: 2, imported: 1 });
    const found = (await supervisor.request('GET', '/api/v1/customers?q=2222')).json().items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '王芳', tier: 'current', tags: ['VIP', '老客户'], region: '北京', primaryEmail: 'wf@example.com' });
    expect((await supervisor.request('GET', '/api/v1/customers?q=' + encodeURIComponent('芳'))).json().items).toHaveLength(1);
    expect((await supervisor.request('GET', '/api/v1/customers?q=' + encodeURIComponent('陈明'))).json().items).toEqual([]);
  });

  it('reads XLSX, and refuses a mapping to a missing column or a file of another type', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名', '手机']);
    sheet.addRow(['孙丽', '13722223333']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = (await imports({ filename: 'c.xlsx', contentBase64, mapping: { name: '姓名', phone: '手机' }, dryRun: false })).json();
    expect(result.imported).toBe(1);
    const missing = await imports({ filename: 'c.xlsx', contentBase64, mapping: { name: '姓名', email: 'E-mail' }, dryRun: true });
    expect(missing.json().error.message).toBe('文件中没有名为「E-mail」的列（映射到 email）。');
    const pdf = await supervisor.request('POST', '/api/v1/customers/import/preview', { filename: 'x.pdf', contentBase64: csv('%PDF') });
    expect(pdf.json().error.code).toBe('import_wrong_type');
  });

  it('exports the filtered list as CSV and XLSX with localized headings, audited', async () => {
    const csvResponse = await supervisor.request('GET', '/api/v1/customers/export?format=csv&tag=VIP');
    expect(csvResponse.headers['content-type']).toContain('text/csv');
    const lines = csvResponse.body.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('编号,姓名,电话,邮箱,客户类型,关系层级,地区,标签,负责人,流失风险,下次联系,创建时间');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('王芳,13811112222,wf@example.com,现行,买卖中介,北京');
    const xlsx = await supervisor.request('GET', '/api/v1/customers/export?format=xlsx', undefined, { 'accept-language': 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Name');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(4);
    const admin = await loginAs(t.app, 'admin@lingting.demo');
    const audit = (await admin.request('GET', '/api/v1/audit?action=customer.exported')).json().items;
    expect(audit.map((a: { after: { format: string } }) => a.after.format)).toEqual(['xlsx', 'csv']);
  });

  it('keeps import and export from agents', async () => {
    const agent = await loginAs(t.app, 'agent1@lingting.demo');
    expect((await agent.request('GET', '/api/v1/customers/export')).statusCode).toBe(403);
  });
});
