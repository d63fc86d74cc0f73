import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, newPage, startHarness, type Harness } from './harness.ts';

describe('login journey (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the generic message for a wrong password', async () => {
    const { context, page } = await newPage(harness);
    await page.goto(`${harness.baseUrl}/desk`);
    await page.waitForURL(/\/login$/);
    await page.locator('#email').fill('supervisor@lingting.demo');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('邮箱或密码不正确');
    await context.close();
  });

  it('logs the supervisor in in Chinese, switches to English, and logs out', async () => {
    const { context, page } = await newPage(harness);
    await page.goto(harness.baseUrl);
    await page.waitForURL(/\/login$/);
    await page.getByRole('button', { name: '登录' }).waitFor();

    await logIn(page, harness.baseUrl, 'supervisor@lingting.demo');
    const nav = page.getByRole('menu');
    for (const label of ['工作台', '工单', '客户', '满意度', '质检', '报表', '培训学院']) {
      await nav.getByText(label, { exact: true }).waitFor();
    }
    expect(await nav.getByText('设置', { exact: true }).count()).toBe(0);
    await page.getByTestId('user-menu').getByText('李主管').waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain('客服主管');

    await page.getByText('English', { exact: true }).click();
    for (const label of ['Desk', 'Tickets', 'Customers', 'Satisfaction', 'Quality', 'Reports', 'Academy']) {
      await nav.getByText(label, { exact: true }).waitFor();
    }
    await page.getByText('Supervisor', { exact: true }).waitFor();
    await nav.getByText('Academy', { exact: true }).click();
    await page.waitForURL(/\/academy$/);
    await page.getByText(/role-play with difficult customers/).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByText('Log out', { exact: true }).click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    // The language was saved on the account: signing in again comes back in English.
    await logIn(page, harness.baseUrl, 'supervisor@lingting.demo');
    await page.getByRole('menu').getByText('Desk', { exact: true }).waitFor();
    await context.close();
  });
});
