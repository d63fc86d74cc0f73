import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localDate } from '../src/shared/customers/dates.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

/** Picks an option of the antd select labelled `label` by typing part of it and clicking the match. */
// Picks an option of a searchable select and waits until the select shows it; on a loaded machine a click can land
// while the option list is still being filtered, so the choice is made again until it shows.
async function choose(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  const chosen = page.locator('.ant-form-item').filter({ has: input }).locator('.ant-select-selection-item').filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await input.fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
    await page.keyboard.press('Escape');
    try {
      await chosen.first().waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('a trainer assigns a self-assessment and the learner earns the certificate (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('assigns, shows it in 我的学习, completes it by taking the test and opens the certificate', async () => {
    const due = localDate(new Date(Date.now() + 7 * 86_400_000), 'Asia/Shanghai');
    const trainer = await newPage(harness);
    await withFailureShot(trainer.page, 'progress-assign', async () => {
      const page = trainer.page;
      await logIn(page, harness.baseUrl, 'trainer@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=team`);
      await page.getByTestId('team-progress').getByText('还没有布置过学习任务', { exact: false }).waitFor();
      await page.getByRole('button', { name: '分配学习任务' }).click();
      await page.getByLabel('任务名称', { exact: true }).fill('服务意识入门');
      await choose(page, '学习内容', '服务意识', '服务意识测试');
      await choose(page, '人员', '张晓雯', '张晓雯');
      await page.getByLabel('截止日期', { exact: true }).click();
      await page.getByLabel('截止日期', { exact: true }).fill(due);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: '分配', exact: true }).click();
      // The paths table is the lasting proof of the assignment (the "已分配给 1 人。" toast is gone after 3 s).
      const row = page.getByTestId('paths-table').getByRole('row').filter({ hasText: '服务意识入门' });
      await row.getByText(due).waitFor();
      await row.getByText('0 / 1').waitFor();
    });
    await trainer.context.close();

    const agent = await newPage(harness);
    await withFailureShot(agent.page, 'progress-learn', async () => {
      const page = agent.page;
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.getByRole('menu').getByText('培训学院', { exact: true }).click();
      const item = page.getByTestId('path-item-assessment-service-awareness');
      await item.getByText('未完成').waitFor();
      await page.getByTestId('my-learning').getByText(`截止 ${due}`).waitFor();
      await item.getByRole('link', { name: '去学习' }).click();
      await page.waitForURL(/assessment=service-awareness/);

      for (let n = 1; n <= 20; n++) await page.getByTestId(`item-${n}`).getByText('经常', { exact: true }).click();
      await page.getByRole('button', { name: '提交并计分' }).click();
      await page.getByTestId('assessment-result').waitFor();
      expect(await page.getByTestId('result-total').textContent()).toBe('80');
      await page.getByRole('button', { name: '返回我的学习' }).first().click();

      await item.getByText('已完成').waitFor();
      await item.getByText('80 分').waitFor();
      await page.getByTestId('my-certificates').getByText('服务意识入门', { exact: false }).waitFor();
      await page.getByTestId('path-certificate').click();
      const certificate = page.getByTestId('certificate');
      await certificate.waitFor();
      expect(await certificate.getByTestId('certificate-name').textContent()).toBe('张晓雯');
      expect(await certificate.textContent()).toContain('服务意识入门');
      expect(await certificate.textContent()).toContain('结业证书');
    });
    await agent.context.close();
  }, 120_000);
});
