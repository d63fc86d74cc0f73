import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../shared/schemas/common.ts';
import { academyMessages } from '../academy/academy.messages.ts';
import { courseMessages } from '../academy/courses/courses.messages.ts';
import { progressMessages } from '../academy/progress/progress.messages.ts';
import { quizMessages } from '../academy/quizzes/quizzes.messages.ts';
import { simulatorMessages } from '../academy/simulator/simulator.messages.ts';
import { coachMessages } from '../coach/coach.messages.ts';
import { customerMessages } from '../customers/customers.messages.ts';
import { ticketMessages } from '../tickets/tickets.messages.ts';

// Error messages the API sends, in every locale; keys are the stable error codes clients may rely on.
const catalog = {
  validation_failed: { 'zh-CN': '提交的内容有误：{fields}', en: 'The request has invalid fields: {fields}' },
  not_found: { 'zh-CN': '找不到所请求的地址或记录。', en: 'The requested address or record was not found.' },
  unauthenticated: { 'zh-CN': '请先登录。', en: 'Please sign in first.' },
  forbidden: { 'zh-CN': '您的角色无权执行此操作。', en: 'Your role is not allowed to do this.' },
  csrf_invalid: {
    'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试。',
    en: 'The page has expired or the request did not come from Lingting; reload the page and try again.',
  },
  invalid_credentials: { 'zh-CN': '邮箱或密码不正确。', en: 'The email or password is incorrect.' },
  too_many_requests: {
    'zh-CN': '尝试次数过多，请在 {retryAfter} 后再试。',
    en: 'Too many attempts; try again in {retryAfter}.',
  },
  email_taken: { 'zh-CN': '邮箱 {email} 已被其他用户使用。', en: 'The email {email} is already used by another user.' },
  department_not_found: { 'zh-CN': '部门 {id} 不存在。', en: 'Department {id} does not exist.' },
  department_name_taken: { 'zh-CN': '已有名为「{name}」的部门。', en: 'A department named "{name}" already exists.' },
  department_has_members: {
    'zh-CN': '部门还有 {count} 名成员，请先调整他们的部门。',
    en: 'The department still has {count} members; move them first.',
  },
  user_not_found: { 'zh-CN': '用户 {id} 不存在。', en: 'User {id} does not exist.' },
  token_not_found: { 'zh-CN': '令牌 {id} 不存在。', en: 'Token {id} does not exist.' },
  cannot_change_self: {
    'zh-CN': '不能停用自己或更改自己的角色，请让另一位管理员操作。',
    en: 'You cannot deactivate yourself or change your own role; ask another admin.',
  },
  last_admin: {
    'zh-CN': '系统至少需要一位在职的管理员。',
    en: 'Lingting needs at least one active admin.',
  },
  wrong_password: { 'zh-CN': '当前密码不正确。', en: 'The current password is incorrect.' },
  invalid_time_zone: { 'zh-CN': '未知的时区：{timeZone}。', en: 'Unknown time zone: {timeZone}.' },
  internal: { 'zh-CN': '服务器出错了，请稍后再试。', en: 'Something went wrong on the server; try again later.' },
  ...customerMessages,
  ...coachMessages,
  ...ticketMessages,
  ...academyMessages,
  ...courseMessages,
  ...quizMessages,
  ...simulatorMessages,
  ...progressMessages,
} satisfies Record<string, Record<Locale, string>>;

/** A stable error code with a message in every locale. */
export type MessageCode = keyof typeof catalog;

/** Whether a string is one of the message codes. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(catalog, code);
}

/** The message for `code` in `locale`, with `{name}` placeholders filled from `params`. */
export function message(code: MessageCode, locale: Locale, params: Record<string, unknown> = {}): string {
  return catalog[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** The request's language from `Accept-Language` (zh-CN unless English is preferred over Chinese). */
export function requestLocale(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const first = ranked.find((r) => r.tag.startsWith('zh') || r.tag.startsWith('en'));
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}
