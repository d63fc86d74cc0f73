import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

/** A conversation that follows the six steps with the emotional customer's black-screen scenario. */
const conversation = [
  '您好，谢谢您告诉我这件事，我非常理解您的心情，真的很抱歉给您添了麻烦。',
  '为了尽快帮您处理，请问您是哪天买的手机？',
  '您的意思是手机买了五天，通话时屏幕就黑了，已经来了两次，对吗？',
  '我马上为您换一台新机，今天下午五点前就能办好，您看可以吗？',
  '感谢您的理解，还有什么可以帮您的吗？祝您生活愉快，再见。',
];

/** Sends a message and waits for the customer's answer (or for the debrief, when the answer ends the simulation). */
async function say(page: Page, text: string): Promise<void> {
  const replies = await page.getByTestId('bubble-customer').count();
  await page.getByTestId('simulation-input').fill(text);
  await page.getByRole('button', { name: '发 送' }).or(page.getByRole('button', { name: '发送' })).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="bubble-customer"]').length > n || document.querySelector('[data-testid="simulation-debrief"]') !== null,
    replies,
  );
}

describe('an agent practises with the emotional customer in the simulator (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('calms the customer down, sees the mood fall, reads the debrief with score, steps and mood curve; a trainer reviews it', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy-simulator', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=simulator`);
      await page.getByText('还没有练习记录', { exact: false }).waitFor();
      await page.getByTestId('persona-emotional').getByRole('button', { name: '选择情景' }).click();
      await page.getByTestId('scenario-black-screen').getByRole('button', { name: '开始练习' }).click();

      const meter = page.getByTestId('mood-meter');
      await meter.waitFor();
      expect(await meter.getAttribute('data-band')).toBe('furious');
      await page.getByText('一打电话就黑屏', { exact: false }).waitFor();

      // The coach checks the draft while it is typed.
      await page.getByTestId('simulation-input').fill('您不必这么生气');
      await page.getByTestId('live-coach').waitFor();

      for (const text of conversation.slice(0, 4)) await say(page, text);
      await page.getByTestId('closing-hint').waitFor();
      expect(Number(await meter.getAttribute('data-mood'))).toBeLessThan(35);
      await say(page, conversation[4]);

      const debrief = page.getByTestId('simulation-debrief');
      await debrief.waitFor();
      expect(Number(await page.getByTestId('debrief-score').textContent())).toBeGreaterThanOrEqual(90);
      expect(await page.getByTestId('debrief-outcome').textContent()).toBe('客户接受了方案');
      for (const step of ['listen', 'apologise', 'ask', 'record', 'resolve', 'close']) {
        expect(await page.getByTestId(`step-${step}`).getAttribute('data-achieved')).toBe('true');
      }
      const chart = page.getByTestId('mood-chart');
      await chart.waitFor();
      expect(await chart.locator('circle').count()).toBe(conversation.length + 1);
      await chart.getByText('80', { exact: true }).waitFor();
      await page.getByTestId('debrief-playbook').getByText('应对要点：情绪失控型').or(page.getByText('应对要点：情绪失控型')).first().waitFor();

      // The finished simulation is listed with its score.
      await page.getByRole('button', { name: '换一位客户' }).click();
      await page.getByTestId('simulations-mine').getByText('客户接受了方案').waitFor();

      // A trainer reviewing it reads the trainee's lines under the trainee's name, not "我".
      await context.clearCookies();
      await logIn(page, harness.baseUrl, 'trainer@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=simulator`);
      const team = page.getByTestId('simulations-team');
      await team.getByText('张晓雯').first().waitFor();
      await team.getByRole('button').filter({ hasText: /查看|打开/ }).first().click();
      await page.getByText('对话记录').click();
      await page.getByTestId('bubble-trainee').first().getByText('张晓雯', { exact: true }).waitFor();
    });
    await context.close();
  }, 120_000);
});
