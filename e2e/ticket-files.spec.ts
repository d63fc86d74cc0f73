import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, call } from './api-client.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

// A real 1×1 PNG: the server accepts files by their bytes, so the browser must send a genuine image.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('ticket attachments and saved views (browser)', () => {
  let harness: Harness;
  let ticketId: number;
  beforeAll(async () => {
    harness = await startHarness();
    const token = await apiToken(harness.baseUrl, 'agent1@lingting.demo');
    const customer = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/customers', { name: '韩女士', tier: 'target', contacts: [{ kind: 'phone', value: '13900007777' }] });
    ticketId = (await call<{ id: number }>(harness.baseUrl, token, 'POST', '/tickets', { kind: 'complaint', channel: 'phone', customerId: customer.id, subject: '新手机屏幕有裂纹' })).id;
    await call(harness.baseUrl, token, 'POST', `/tickets/${ticketId}/messages`, { body: '刚买的手机屏幕就裂了！太过分了！', author: 'customer' });
    // A ticket of a current customer, which the saved view must leave out.
    const other = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/customers', { name: '邓先生', tier: 'current', contacts: [{ kind: 'phone', value: '13900008888' }] });
    await call(harness.baseUrl, token, 'POST', '/tickets', { kind: 'inquiry', channel: 'web', customerId: other.id, subject: '咨询保修期' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('an agent attaches a photo to a reply and sees it in the conversation', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'ticket-files-attach', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/tickets/${ticketId}`);
      await page.getByTestId('reply-editor').waitFor();
      await page.getByTestId('attachment-uploader').locator('input[type="file"]').setInputFiles({ name: '裂纹照片.png', mimeType: 'image/png', buffer: png });
      await page.getByTestId('attachment-uploader').getByText('裂纹照片.png').waitFor();
      await expect.poll(() => page.getByTestId('reply-send').isEnabled()).toBe(true);
      await page.getByTestId('reply-text').fill('您好，照片已收到，我们会尽快为您安排检测。');
      await page.getByTestId('reply-send').click();
      const sent = page.getByTestId('message-agent').last().getByTestId('message-attachments').locator('img');
      await sent.waitFor();
      // The thumbnail really loads from the server (same session, inline image).
      await expect.poll(() => sent.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
      expect(await sent.getAttribute('alt')).toBe('裂纹照片.png');
      // The editor's file list empties once the files went out (after antd's leave animation).
      await expect.poll(() => page.getByTestId('attachment-uploader').getByText('裂纹照片.png').count()).toBe(0);
    });
    await context.close();
  });

  it('an agent saves the filtered list as a view and re-applies it later', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'ticket-files-views', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/tickets?customerTier=target`);
      const table = page.getByTestId('ticket-table');
      await table.getByText('新手机屏幕有裂纹').waitFor();
      await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
      // The desk's emotion badge comes from the customer's latest message.
      await table.getByTestId('emotion-angry').waitFor();

      await page.getByTestId('view-save').click();
      await page.getByTestId('view-name').fill('目标客户的工单');
      await page.getByTestId('view-save-ok').click();
      await page.getByText('视图「目标客户的工单」已保存').waitFor();

      await page.getByRole('button', { name: '清除筛选' }).click();
      await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(1);

      await page.getByTestId('view-select').click();
      await page.locator('.ant-select-item-option').getByText('目标客户的工单').click();
      await page.waitForURL(/customerTier=target/);
      await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
      await table.getByText('新手机屏幕有裂纹').waitFor();
    });
    await context.close();
  });
});
