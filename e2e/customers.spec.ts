import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/shared/customers/dates.ts';
import { addDays } from '../src/shared/customers/warranty.ts';
import { apiToken, call } from './api-client.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('customer archive (browser)', () => {
  let harness: Harness;
  let dir: string;
  beforeAll(async () => {
    harness = await startHarness();
    dir = mkdtempSync(join(tmpdir(), 'lingting-e2e-csv-'));
  });
  afterAll(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a CSV, finds a customer by the phone tail and sees the warranty state on the 360 page', async () => {
    const csv = join(dir, '客户名单.csv');
    writeFileSync(csv, '姓名,手机,邮箱,地区,客户类型,标签\n欧阳晓雪,13912348765,xiaoxue@example.com,杭州,现行,VIP\n司马光明,15011112222,,苏州,目标,\n', 'utf8');
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'customers', async () => {
      await logIn(page, harness.baseUrl, 'supervisor@lingting.demo');
      await page.getByRole('menu').getByText('客户', { exact: true }).click();
      await page.waitForURL(/\/customers$/);

      // The wizard: file → mapping (prefilled from the headings) → dry run → commit.
      await page.getByRole('button', { name: '导入' }).click();
      const wizard = page.getByRole('dialog').filter({ hasText: '导入客户' });
      await wizard.locator('input[type=file]').setInputFiles(csv);
      await wizard.getByText('前几行预览').waitFor();
      await wizard.getByText('客户名单.csv · 2 行 · 编码 UTF-8').waitFor();
      await wizard.getByRole('button', { name: '检查数据' }).click();
      await wizard.getByText('所有行都通过了检查。').waitFor();
      await wizard.getByRole('button', { name: '导入 2 位客户' }).click();
      await wizard.getByText('已导入 2 位客户。').waitFor();
      await wizard.getByRole('button', { name: '完成' }).click();
      await page.getByRole('link', { name: '欧阳晓雪' }).waitFor();

      // Seed a product and a purchase 21 days ago (Shanghai time) through the API.
      const token = await apiToken(harness.baseUrl, 'supervisor@lingting.demo');
      const found = await call<{ items: { id: number; name: string }[] }>(harness.baseUrl, token, 'GET', '/customers?q=8765');
      const customer = found.items.find((c) => c.name === '欧阳晓雪');
      expect(customer).toBeDefined();
      const product = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/products', { name: '聆听手机 X2', model: 'LT-X2', category: '手机' });
      const purchasedOn = addDays(localDate(new Date(), 'Asia/Shanghai'), -21);
      await call(harness.baseUrl, token, 'POST', '/purchases', { customerId: customer!.id, productId: product.id, serial: 'IMEI860000000000021', purchasedOn, channel: '杭州门店', price: 2999 });

      // Find the customer by the last four digits of the phone and open the 360 page.
      const search = page.getByPlaceholder('搜索姓名、手机尾号、邮箱或序列号');
      await search.fill('8765');
      await search.press('Enter');
      await page.waitForURL(/q=8765/);
      await expect.poll(() => page.getByRole('link', { name: '司马光明' }).count(), { timeout: 10_000 }).toBe(0);
      await page.getByRole('link', { name: '欧阳晓雪' }).click();
      await page.waitForURL(/\/customers\/\d+$/);
      await page.getByRole('heading', { name: '欧阳晓雪' }).waitFor();
      await page.getByText(`可换货至 ${addDays(purchasedOn, 30)} · 剩 9 天`).waitFor();
      await page.getByText(`可保修至 ${addDays(purchasedOn, 365)} · 剩 344 天`).waitFor();
      await page.getByText('聆听手机 X2').waitFor();

      // A new ticket from the 360 page opens phone intake with this customer already chosen.
      await page.getByText('这位客户目前没有未结工单。').waitFor();
      await page.getByRole('button', { name: '新建工单' }).click();
      await page.waitForURL(/\/tickets\/new$/);
      await expect.poll(() => page.locator('#caller-phone').inputValue()).toContain('8765');
    });
    await context.close();
  });
});
