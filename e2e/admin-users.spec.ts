import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('admin manages users (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('creates a user through the modal, sees the temporary password once, and finds the user', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'admin-users', async () => {
      await logIn(page, harness.baseUrl, 'admin@lingting.demo');
      await page.getByRole('menu').getByText('设置', { exact: true }).click();
      await page.getByRole('menu').getByText('用户与角色', { exact: true }).click();
      await page.waitForURL(/\/settings\/users$/);
      await page.getByRole('cell', { name: '李主管' }).waitFor();

      await page.getByRole('button', { name: '新建用户' }).click();
      const modal = page.getByRole('dialog');
      const createButton = modal.locator('.ant-modal-footer .ant-btn-primary');
      const idle = () => expect.poll(() => createButton.getAttribute('class'), { timeout: 15_000 }).not.toContain('ant-btn-loading');
      await modal.locator('#email').fill('not-an-email');
      await modal.locator('#name').fill('周新人');
      expect(await createButton.textContent()).toBe('新建');
      await createButton.click();
      const emailError = modal.locator('#email_help');
      await emailError.waitFor();
      expect((await emailError.textContent())?.length).toBeGreaterThan(0);

      await modal.locator('#email').fill('zhou.xinren@lingting.demo');
      await idle();
      await createButton.click();
      const secretDialog = page.getByRole('dialog').filter({ hasText: '临时密码' });
      await secretDialog.getByText('关闭此窗口后将无法再次查看', { exact: false }).waitFor();
      const secret = (await secretDialog.getByTestId('secret-value').textContent())?.trim() ?? '';
      expect(secret.length).toBeGreaterThanOrEqual(10);
      await secretDialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

      await page.getByPlaceholder('搜索姓名或邮箱').fill('zhou.xinren');
      await page.getByPlaceholder('搜索姓名或邮箱').press('Enter');
      // The filtered list holds only the new user (the unfiltered list showed it too, so wait for the others to go).
      await expect.poll(() => page.getByRole('cell', { name: '李主管' }).count(), { timeout: 10_000 }).toBe(0);
      await page.getByRole('cell', { name: 'zhou.xinren@lingting.demo' }).waitFor();
      await page.getByRole('cell', { name: '周新人' }).waitFor();
    });
    await context.close();
  });
});
