// A company's banned phrase, as the tests of company rules (API, reply editor, simulator) create it.
import type { CoachRuleBody } from '../schemas/coach.ts';

/** "亲" is banned: the rule body an admin posts to /api/v1/coach/rules. */
export const bannedQin = {
  kind: 'banned',
  phrase: '亲',
  category: 'rude',
  severity: 'warning',
  messageZh: '本公司不用“亲”称呼客户。',
  messageEn: 'We do not address customers as "亲".',
  suggestionZh: '改用“您”。',
  suggestionEn: 'Use "您".',
  positiveExamples: ['亲，您的快递到了。'],
  negativeExamples: ['感谢您的耐心等待，订单已经发货。'],
  active: true,
} satisfies CoachRuleBody;
