import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiToken, call } from './api-client.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('admin extends the language coach (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses a banned phrase whose own example it does not flag, saves it once the example is right, and agents meet it as they type', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'coach-rules', async () => {
      await logIn(page, harness.baseUrl, 'admin@lingting.demo');
      await page.goto(`${harness.baseUrl}/settings/coach-rules`);
      await page.getByText('还没有公司自定义规则', { exact: false }).waitFor();
      await page.getByRole('button', { name: '新建规则' }).click();
      const modal = page.getByRole('dialog');
      await modal.locator('#phrase').fill('亲');
      await modal.locator('#messageZh').fill('“亲”过于随意，不适合正式服务场合。');
      await modal.locator('#messageEn').fill('"Qin" is too casual for a service reply.');
      await modal.locator('#suggestionZh').fill('称呼客户为“您”或“X先生/女士”。');
      await modal.locator('#suggestionEn').fill('Address the customer formally.');
      await modal.locator('#positiveExamples').fill('您好，这件事我来帮您处理。');
      await modal.locator('.ant-modal-footer .ant-btn-primary').click();
      await modal.getByText('正例「您好，这件事我来帮您处理。」没有被这条规则标出', { exact: false }).waitFor();
      await modal.locator('#positiveExamples').fill('亲，您的快递明天到。');
      await modal.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByRole('cell', { name: '亲', exact: true }).waitFor();
      await page.getByRole('cell', { name: '禁用语' }).waitFor();

      // An agent typing the banned phrase in a reply sees the company's own message at once.
      const token = await apiToken(harness.baseUrl, 'agent1@lingting.demo');
      const customer = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/customers', { name: '规则测试客户' });
      const ticket = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/tickets', { kind: 'inquiry', channel: 'web', customerId: customer.id, subject: '快递什么时候到' });
      await context.clearCookies();
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/tickets/${ticket.id}`);
      await page.getByTestId('reply-text').fill('亲，您的快递明天送到。');
      await page.getByTestId('coach-finding').filter({ hasText: '“亲”过于随意' }).waitFor();
    });
    await context.close();
  });
});
