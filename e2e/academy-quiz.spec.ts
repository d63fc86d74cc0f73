import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('an agent takes the customer-care myths quiz (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('answers all eight "false", scores 100 % and reads every explanation with its figure; the trainer sees the results', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy-quiz', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=quizzes`);
      const card = page.locator('[data-testid^="quiz-card-"]').filter({ hasText: '客户关怀八大误区' });
      await card.getByText('尚未作答').waitFor();
      await card.getByRole('button').click();
      await page.getByText('交卷后反馈').first().waitFor();
      await page.getByRole('button', { name: /开始作答/ }).click();

      await page.getByText('已答 0 / 8 题').waitFor();
      for (let i = 1; i <= 8; i++) await page.getByTestId(`question-${i}`).getByText('错', { exact: true }).click();
      await page.getByText('已答 8 / 8 题').waitFor();
      // Deferred feedback: nothing is explained before submitting.
      expect(await page.getByTestId('explanation').count()).toBe(0);
      await page.getByRole('button', { name: /交\s?卷/ }).click();

      const result = page.getByTestId('quiz-result');
      await result.waitFor();
      expect(await result.getByTestId('quiz-score').textContent()).toBe('100%');
      expect(await result.getByTestId('quiz-band').textContent()).toContain('八条全部识破');
      const explanations = await page.getByTestId('explanation').allTextContents();
      expect(explanations).toHaveLength(8);
      expect(explanations[0]).toContain('55%');
      expect(explanations[2]).toContain('15 倍');
      expect(explanations[4]).toContain('16 个人');

      await result.getByRole('button', { name: '返回测验' }).click();
      expect(await page.getByTestId('kept-grade').textContent()).toContain('100%');
    });
    await context.close();

    const trainer = await newPage(harness);
    await withFailureShot(trainer.page, 'academy-quiz-results', async () => {
      await logIn(trainer.page, harness.baseUrl, 'trainer@lingting.demo');
      await trainer.page.goto(`${harness.baseUrl}/academy?tab=quizzes`);
      const card = trainer.page.locator('[data-testid^="quiz-card-"]').filter({ hasText: '客户关怀八大误区' });
      await card.getByRole('button').click();
      await trainer.page.getByRole('button', { name: /答题统计/ }).click();
      const table = trainer.page.getByTestId('question-results');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(8);
      expect(await table.textContent()).toContain('100%');
    });
    await trainer.context.close();
  });
});
