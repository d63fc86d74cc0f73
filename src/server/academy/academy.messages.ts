import type { Locale } from '../../shared/schemas/common.ts';

/** Error messages of the academy, in every locale. */
export const academyMessages = {
  assessment_not_found: { 'zh-CN': '没有名为「{key}」的自测。', en: 'There is no self-assessment called "{key}".' },
  assessment_answer_missing: {
    'zh-CN': '第 {item} 题还没有作答（本测试共 {expected} 题）。',
    en: 'Item {item} has no answer (the test has {expected} items).',
  },
  assessment_answer_extra: {
    'zh-CN': '本测试只有 {expected} 题，第 {item} 题不存在，请去掉多余的答案。',
    en: 'The test has only {expected} items; item {item} does not exist, so remove the extra answers.',
  },
  assessment_answer_out_of_range: {
    'zh-CN': '第 {item} 题的答案 {value} 无效，应为 {min} 到 {max} 之间的整数。',
    en: 'Item {item} has the invalid answer {value}; it must be a whole number from {min} to {max}.',
  },
} satisfies Record<string, Record<Locale, string>>;
