import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

const labels = ['从不', '很少', '有时', '经常', '总是'];

/** Answers every item of the service awareness test (1 never … 5 always), in order. */
async function answerAll(page: Page, answers: number[]): Promise<void> {
  for (const [index, value] of answers.entries()) {
    await page.getByTestId(`item-${index + 1}`).getByText(labels[value - 1], { exact: true }).click();
  }
}

describe('an agent takes the service awareness test (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('sees the band of a known total, then the inconsistency warning when items 3/11/12 differ', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.getByRole('menu').getByText('培训学院', { exact: true }).click();
      await page.waitForURL(/\/academy$/);
      await page.getByText('我的学习', { exact: true }).waitFor();
      const card = page.getByTestId('assessment-service-awareness');
      await card.getByText('尚未测试').waitFor();
      await card.getByRole('button', { name: '开始测试' }).click();

      // Sixteen "often" (4) and four "always" (5) on items 1, 3, 11, 12: 64 + 20 = 84, very high, consistent.
      const first = Array.from({ length: 20 }, (_, i) => ([1, 3, 11, 12].includes(i + 1) ? 5 : 4));
      await page.getByText('已答 0 / 20 题').waitFor();
      await answerAll(page, first);
      await page.getByText('已答 20 / 20 题').waitFor();
      await page.getByRole('button', { name: '提交并计分' }).click();
      const result = page.getByTestId('assessment-result');
      await result.waitFor();
      expect(await result.getByTestId('result-total').textContent()).toBe('84');
      expect(await result.getByTestId('result-band').textContent()).toBe('服务意识很强');
      expect(await page.getByTestId('inconsistent-warning').count()).toBe(0);
      await page.getByTestId('history-chart').getByText('84', { exact: true }).waitFor();

      // Retake: all "sometimes" (3) except item 3 "always" and item 12 "rarely": 60 + 2 − 1 = 61, good, inconsistent.
      await result.getByRole('button', { name: '再测一次' }).click();
      const second = Array.from({ length: 20 }, (_, i) => (i + 1 === 3 ? 5 : i + 1 === 12 ? 2 : 3));
      await answerAll(page, second);
      await page.getByRole('button', { name: '提交并计分' }).click();
      await page.getByTestId('assessment-result').waitFor();
      expect(await page.getByTestId('result-total').textContent()).toBe('61');
      expect(await page.getByTestId('result-band').textContent()).toBe('服务意识良好');
      const warning = page.getByTestId('inconsistent-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('第 3、11、12 题');
      expect(await warning.textContent()).toContain('误解');
      // Both attempts are in the history chart.
      await page.getByTestId('history-chart').getByText('61', { exact: true }).waitFor();
    });
    await context.close();
  });

  it('lets a trainer change the consistency tolerance from the team view', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy-tolerance', async () => {
      await logIn(page, harness.baseUrl, 'trainer@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=team`);
      const input = page.locator('input[data-testid="tolerance"], [data-testid="tolerance"] input').first();
      await input.fill('2');
      await input.blur();
      await page.getByText('容差已保存。').waitFor();
      const list = await page.evaluate(() => fetch('/api/v1/academy/assessments').then((r) => r.json() as Promise<{ tolerance: number }>));
      expect(list.tolerance).toBe(2);
    });
    await context.close();
  });
});
