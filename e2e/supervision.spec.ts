import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, call } from './api-client.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

type Created = { id: number; number: string; version: number };

// The owner shown in the ticket page's header.
async function ownerOnTicketPage(page: Page, baseUrl: string, id: number): Promise<string> {
  await page.goto(`${baseUrl}/tickets/${id}`);
  const item = page.locator('.ant-descriptions-item').filter({ hasText: '负责人' });
  await item.waitFor();
  return (await item.locator('.ant-descriptions-item-content').innerText()).trim();
}

describe('supervision (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a supervisor bulk-assigns two tickets to agent2 from the desk', async () => {
    // Two tickets the supervisor took (so they are the only ones in the supervisor's own queue).
    const token = await apiToken(harness.baseUrl, 'supervisor@lingting.demo');
    const customer = await call<{ id: number }>(harness.baseUrl, token, 'POST', '/customers', { name: '批量先生' });
    const tickets: Created[] = [];
    for (const subject of ['批量分配测试一', '批量分配测试二']) {
      tickets.push(await call<Created>(harness.baseUrl, token, 'POST', '/tickets', { kind: 'inquiry', channel: 'phone', customerId: customer.id, subject }));
    }

    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'supervision-bulk', async () => {
      await logIn(page, harness.baseUrl, 'supervisor@lingting.demo');
      await page.getByTestId('queue-mine').click();
      const table = page.getByTestId('ticket-table');
      for (const t of tickets) await table.getByRole('link', { name: t.number }).waitFor();
      expect(await table.locator('tbody tr.ant-table-row').count()).toBe(2);
      await expect.poll(() => page.getByTestId('desk-live').innerText()).toContain('实时更新中');

      // Select both rows: the toolbar appears with the count.
      for (const t of tickets) await table.getByRole('checkbox', { name: t.number }).check();
      await expect.poll(() => page.getByTestId('bulk-count').innerText()).toBe('已选 2 张工单');

      // Assign to 陈志强 (agent2): one call, then the queue refreshes and they leave the supervisor's own queue.
      await page.getByTestId('bulk-assign').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '陈志强' }).click();
      await page.getByText('已更新 2 张工单').waitFor();
      await page.getByTestId('bulk-toolbar').waitFor({ state: 'detached' });
      for (const t of tickets) await table.getByRole('link', { name: t.number }).waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('queue-mine').innerText()).toContain('0');

      for (const t of tickets) expect(await ownerOnTicketPage(page, harness.baseUrl, t.id)).toBe('陈志强');
    });
    await context.close();
  });

  it('a supervisor evaluates a closed difficult case from the board', async () => {
    // A talkative customer's enquiry, closed by agent1: a difficult case waiting for evaluation.
    const agent = await apiToken(harness.baseUrl, 'agent1@lingting.demo');
    const customer = await call<{ id: number }>(harness.baseUrl, agent, 'POST', '/customers', { name: '评价女士' });
    const ticket = await call<Created>(harness.baseUrl, agent, 'POST', '/tickets', { kind: 'inquiry', channel: 'phone', customerId: customer.id, subject: '反复询问宽带资费', difficultType: 'talkative' });
    const closed = await call<{ status: string }>(harness.baseUrl, agent, 'POST', `/tickets/${ticket.id}/steps`, { version: ticket.version, action: 'close', customerAccepted: true });
    expect(closed.status).toBe('closed');

    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'supervision-evaluation', async () => {
      await logIn(page, harness.baseUrl, 'supervisor@lingting.demo');
      await page.goto(`${harness.baseUrl}/board`);
      const card = page.getByTestId('board-pending-evaluations');
      await card.getByRole('link', { name: ticket.number }).click();
      await page.waitForURL(new RegExp(`/tickets/${ticket.id}$`));

      // Four points rated 1–5 and a comment.
      const form = page.getByTestId('evaluation-form');
      const scores = { listening: 5, language: 4, resolution: 4, followUp: 3 };
      for (const [point, score] of Object.entries(scores)) await form.getByTestId(`evaluation-${point}`).locator('.ant-rate-star').nth(score - 1).click();
      await form.getByLabel('评语').fill('耐心倾听，没有打断客户；回访可以更及时。');
      await form.getByTestId('evaluation-submit').click();

      const view = page.getByTestId('evaluation-view');
      await view.getByText('耐心倾听，没有打断客户；回访可以更及时。').waitFor();
      await view.getByText(/李主管 评价于/).waitFor();
      expect(await view.getByText('4/5').count()).toBe(2);

      // The case has left the board's list.
      await page.goto(`${harness.baseUrl}/board`);
      await card.locator('.ant-card-extra .ant-tag').waitFor(); // shown once the list has loaded
      expect(await card.getByRole('link', { name: ticket.number }).count()).toBe(0);
    });
    await context.close();
  });
});
