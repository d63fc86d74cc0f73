import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, call } from './api-client.ts';
import { logIn, newPage, startHarness, withFailureShot, type Harness } from './harness.ts';

describe('public complaint form and status page (browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a customer files a complaint on a phone, an agent replies, the customer sees the signed reply; search finds the ticket', async () => {
    // The customer: a fresh phone-sized browser, nobody signed in.
    const customer = await harness.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    customer.setDefaultTimeout(15_000);
    const phone = await customer.newPage();
    let number = '';
    let ticketId = 0;
    await withFailureShot(phone, 'public-complaint', async () => {
      await phone.goto(`${harness.baseUrl}/complain`);
      await phone.getByRole('heading', { name: '告诉我们您遇到的情况' }).waitFor();
      await phone.getByLabel('您的称呼').fill('欧阳女士');
      await phone.getByLabel('手机号码').fill('13712345678');
      await phone.getByLabel('一句话说明问题').fill('新买的手机充电时发烫');
      await phone.getByLabel('发生了什么').fill('上周在杭州门店买的手机，充电十分钟机身就很烫，不敢再用。');
      await phone.getByLabel('什么时候购买或使用的服务').fill('上周六在杭州门店');
      await phone.getByLabel('问题是什么时候出现的').fill('买回来第二天');
      await phone.getByLabel('您希望我们怎么处理').fill('换一台新的');

      // The bot check: a small sum shown as text.
      const question = await phone.getByTestId('challenge-question').innerText();
      const [a, b] = (question.match(/\d+/g) ?? []).map(Number);
      expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true);
      await phone.locator('#challengeAnswer').fill(String(a + b));
      await phone.getByRole('button', { name: '提交投诉' }).click();

      // The ticket number and the private link, then the status page.
      number = await phone.getByTestId('ticket-number').innerText();
      expect(number).toMatch(/^TS-\d{8}-\d{4,}$/);
      await phone.getByRole('button', { name: '查看处理进度' }).click();
      await phone.waitForURL(new RegExp(`/status/${number}\\?key=.{10,}`));
      await phone.getByTestId('current-stage').getByText('我们已收到您的反馈，正在安排专人处理。').waitFor();
      await phone.getByText('新买的手机充电时发烫').waitFor();

      // An agent replies through the API.
      const token = await apiToken(harness.baseUrl, 'agent1@lingting.demo');
      const found = await call<{ tickets: { id: number; number: string }[] }>(harness.baseUrl, token, 'GET', `/search?q=${encodeURIComponent(number)}`);
      const ticket = found.tickets.find((t) => t.number === number);
      expect(ticket).toBeDefined();
      ticketId = ticket!.id;
      await call(harness.baseUrl, token, 'POST', `/tickets/${ticketId}/messages`, {
        body: '欧阳女士您好，感谢您告诉我们，给您带来不便，我很抱歉。我已为您登记换机，明天下午 3 点前给您回电。',
      });

      // The customer reloads and sees the reply signed with the agent's name and staff number.
      await phone.reload();
      const reply = phone.getByTestId('agent-reply');
      await reply.getByText('我已为您登记换机').waitFor();
      expect(await reply.innerText()).toMatch(/张晓雯 · 工号 LT\d{4}/);
      await phone.getByText('您可以凭工号对该客服人员的服务进行评价').waitFor();
      await phone.getByTestId('current-stage').getByText('客服人员').waitFor();

      // And answers from the status page.
      await phone.getByLabel('补充说明或回复').fill('好的，明天下午我都在。');
      await phone.getByRole('button', { name: '发送' }).click();
      await phone.getByTestId('customer-message').filter({ hasText: '好的，明天下午我都在。' }).waitFor();
    });
    await customer.close();

    // An agent finds the ticket from the header search: the number opens it, a word lists it with the match marked.
    const { context, page } = await newPage(harness);
    await withFailureShot(page, 'public-complaint-search', async () => {
      await logIn(page, harness.baseUrl, 'agent1@lingting.demo');
      const search = page.getByPlaceholder('搜索工单号、手机尾号、关键词');
      await search.fill(number);
      await search.press('Enter');
      await page.waitForURL(new RegExp(`/tickets/${ticketId}$`));

      await search.fill('发烫');
      await search.press('Enter');
      await page.waitForURL(/\/search\?q=/);
      await page.getByRole('link', { name: number }).waitFor();
      expect(await page.locator('mark', { hasText: '发烫' }).count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: number }).click();
      await page.waitForURL(new RegExp(`/tickets/${ticketId}$`));
    });
    await context.close();
  });
});
