import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('an agent studies the method course, a case and self-care (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('reads a lesson and marks it done, answers a case to see its analysis, and pins a self-talk', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy-courses', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=courses`);

      // The method course: open it, read chapter 1 with its key points, mark it done.
      await page.getByText('优质客户服务六讲').first().waitFor();
      await page.getByText('已学完 0 / 6 课时').waitFor();
      await page.getByRole('button', { name: '开始学习' }).click();
      await page.getByRole('heading', { name: '第一章 认识客户：需求、类型与层级' }).waitFor();
      await page.getByTestId('key-points').getByText('本课要点').waitFor();
      await page.getByRole('button', { name: '查看参考思路' }).click();
      await page.getByText('多数情况下是情感需求', { exact: false }).waitFor();
      await page.getByRole('button', { name: '学完了，下一课' }).click();
      await page.getByRole('heading', { name: /^第二章 接待客户/ }).waitFor();
      await page.getByText('已学完 1 / 6 课时').waitFor();
      expect(page.url()).toMatch(/tab=courses&course=\d+&lesson=\d+/);

      // A case: the analysis appears only after answering.
      await page.getByRole('tab', { name: '案例研讨' }).click();
      await page.getByText('一部上了锁的电话', { exact: false }).click();
      await page.getByText('先写下你自己的想法并提交，再看参考分析。').waitFor();
      expect(await page.getByTestId('case-analysis').count()).toBe(0);
      await page.getByTestId('case-answer-1').fill('经理只修好了电话，却让客户觉得自己不被重视。');
      await page.getByTestId('case-answer-2').fill('耐心教客户开锁，走前问问还有什么需要。');
      await page.getByRole('button', { name: '提交并查看分析' }).click();
      const analysis = page.getByTestId('case-analysis');
      await analysis.waitFor();
      expect(await analysis.textContent()).toContain('情感需求');

      // Self-care: pin the self-talk for losing one's temper.
      await page.getByRole('tab', { name: '情绪调适' }).click();
      await page.getByText('还没有置顶的自我暗示', { exact: false }).waitFor();
      await page.getByTestId('mood-about_to_explode').getByRole('button', { name: '置顶' }).click();
      await page.getByTestId('pinned-self-talk').getByText('发火解决不了问题', { exact: false }).waitFor();
      const pin = await page.evaluate(() => fetch('/api/v1/academy/self-care/pin').then((r) => r.json() as Promise<{ moodKey: string }>));
      expect(pin.moodKey).toBe('about_to_explode');
    });
    await context.close();
  });

  it('lets a trainer write a course with the rich-text editor and publish it as version 1', async () => {
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'academy-courses-trainer', async () => {
      await logIn(page, harness.baseUrl, 'trainer@lingting.demo');
      await page.goto(`${harness.baseUrl}/academy?tab=courses`);
      await page.getByRole('button', { name: '新建课程' }).click();
      await page.getByLabel('标题（中文）').fill('电话礼仪速成');
      await page.getByRole('button', { name: '创建' }).click();
      await page.getByText('还没有课时。至少添加一个课时才能发布。').waitFor();

      await page.getByRole('button', { name: '添加课时' }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByLabel('标题（中文）').fill('接听电话');
      const body = drawer.getByTestId('lesson-body-zh').locator('.tiptap');
      await body.click();
      await page.keyboard.type('铃响三声之内接听。');
      await drawer.getByRole('button', { name: 'H2' }).click();
      await drawer.getByLabel('本课要点').first().fill('先问候，再报工号');
      await drawer.getByRole('button', { name: '保存课时' }).click();
      await page.getByText('1. 接听电话').waitFor();

      await page.getByRole('button', { name: '发布' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
      await page.getByText('已发布第 1 版。').waitFor();
      await page.getByRole('button', { name: '查看已发布版本' }).click();
      await page.getByRole('heading', { name: '铃响三声之内接听。' }).waitFor();
      await page.getByText('先问候，再报工号').waitFor();
    });
    await context.close();
  });
});
