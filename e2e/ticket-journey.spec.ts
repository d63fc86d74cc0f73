import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('phone complaint journey (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('takes an angry caller through the six steps to a scheduled follow-up, with the coach checking replies', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'ticket-journey', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');

      // "New phone complaint" is one key away on the desk.
      await page.getByTestId('new-phone-complaint').waitFor();
      await page.keyboard.press('n');
      await page.waitForURL(/\/tickets\/new$/);

      // Caller number first: no customer matches, so Enter picks "new customer" and moves to the name.
      const phone = page.getByTestId('caller-phone');
      await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
      await phone.fill('13977665544');
      await page.getByText('没有匹配的客户，新建客户').waitFor();
      await phone.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('intake_newName');
      await page.keyboard.type('欧阳明');
      await page.locator('#intake_subject').fill('新手机屏幕出现黑点');
      await page.locator('#intake_customerMessage').fill('你们这是什么破服务！我要投诉！');
      await page.getByText('聆听助手判断：愤怒，情绪失控型').waitFor();
      await page.locator('#intake_customerMessage').press('Control+Enter');
      await page.waitForURL(/\/tickets\/\d+$/);
      const number = (await page.getByTestId('ticket-number').innerText()).trim();
      expect(number).toMatch(/^TS-\d{8}-\d{4}$/);

      // The customer's latest message carries the coach's emotion and type badges; the type opens its playbook.
      await expect.poll(() => page.getByTestId('emotion-badge').innerText()).toContain('愤怒');
      await page.getByTestId('customer-type-badge').click();
      await page.getByRole('dialog').getByTestId('playbook').waitFor();
      await page.keyboard.press('Escape');

      // The coach underlines a bare refusal as it is typed, and applying its suggestion adds an offer after it.
      const reply = page.getByTestId('reply-text');
      await reply.fill('这个不能退');
      const refusal = page.getByTestId('coach-preview').locator('[data-mark="error"]');
      await expect.poll(() => refusal.first().innerText()).toBe('不能');
      await page.getByTestId('coach-finding').first().getByTestId('apply-suggestion').click();
      await expect.poll(() => reply.inputValue()).not.toBe('这个不能退');
      expect(await reply.inputValue()).toBe('这个不能退，我可以为您……，您看可以吗？');
      await reply.fill('');

      // Listen → apologise → ask (with a question kind) → record the mandated fields → resolve → close.
      const stepper = page.getByTestId('stepper');
      await stepper.getByTestId('step-listen').click();
      await stepper.getByTestId('step-apologise').click();
      await stepper.getByTestId('question-kind-targeted').click();
      await stepper.getByTestId('question-kind-consultative').click();
      await stepper.getByTestId('step-ask').click();
      await stepper.getByTestId('record-save').waitFor();
      await stepper.getByText('产品', { exact: true }).click();
      await page.locator('#record_content').fill('购买一周后屏幕右上角出现三个黑点');
      await page.locator('#record_purchaseOrServiceTime').fill('2026年11月15日');
      await page.locator('#record_problemTime').fill('11月20日起');
      await page.locator('#record_usage').fill('日常通话和上网，未摔过');
      await page.locator('#record_customerRequest').fill('更换一台新机');
      await stepper.getByTestId('record-save').click();
      await stepper.getByTestId('step-resolve').waitFor();
      await page.locator('#resolve_type').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '换货' }).click();
      await page.locator('#resolve_summary').fill('为客户更换同型号新机，明天下午五点前送达');
      await stepper.getByTestId('customer-informed').click();
      await stepper.getByTestId('step-resolve').click();
      await stepper.getByTestId('step-close').click();
      await stepper.getByText('已完成', { exact: true }).waitFor();

      // Closing a difficult case offers the agent a self-talk before the next customer.
      const offer = page.getByRole('dialog').filter({ hasText: '辛苦了，先照顾好自己' });
      await offer.getByText('刚才的工单不容易。试试对自己说：').waitFor();
      await offer.getByRole('button', { name: '好的' }).click();
      await offer.waitFor({ state: 'hidden' });

      // The follow-up visit is scheduled on the ticket and in the follow-ups queue.
      await page.getByTestId('ticket-follow-ups').getByText('待回访').waitFor();
      await page.getByTestId('event-follow_up_scheduled').waitFor();
      await page.getByRole('menu').getByText('回访', { exact: true }).click();
      await page.waitForURL(/\/follow-ups$/);
      await page.getByTestId('follow-ups-table').getByRole('link', { name: number }).waitFor();
    });
    await context.close();
  });
});
