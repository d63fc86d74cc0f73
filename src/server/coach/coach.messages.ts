import type { Locale } from '../../shared/schemas/common.ts';

/** Error messages of the language coach, in every locale. */
export const coachMessages = {
  text_empty: {
    'zh-CN': '「{field}」不能为空，请填写要检查的文字。',
    en: 'The field "{field}" is empty; enter the text to check.',
  },
  text_too_long: {
    'zh-CN': '「{field}」超过了 {limit} 个字符的上限，请缩短后再检查。',
    en: 'The field "{field}" is longer than {limit} characters; shorten it and try again.',
  },
  coach_rule_not_found: { 'zh-CN': '话术规则 {id} 不存在。', en: 'Coach rule {id} does not exist.' },
  coach_rule_positive_missed: {
    'zh-CN': '正例「{example}」没有被这条规则标出，请修改规则或示例后再保存。',
    en: 'The positive example "{example}" is not flagged by this rule; change the rule or the example before saving.',
  },
  coach_rule_negative_flagged: {
    'zh-CN': '反例「{example}」被这条规则标出了，请修改规则或示例后再保存。',
    en: 'The negative example "{example}" is flagged by this rule; change the rule or the example before saving.',
  },
  coach_rule_invalid: {
    'zh-CN': '这条规则无法使用：{reason}',
    en: 'This rule cannot be used: {reason}',
  },
} satisfies Record<string, Record<Locale, string>>;
