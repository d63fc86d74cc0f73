import type { Locale } from '../../../shared/schemas/common.ts';

const shape = (zh: string, en: string) => ({ 'zh-CN': `第 {number} 题${zh}`, en: `Question {number} ${en}` });

/** Error messages of quizzes, in every locale. */
export const quizMessages = {
  quiz_not_found: { 'zh-CN': '没有编号为 {id} 的测验，或它还没有发布。', en: 'There is no quiz {id}, or it has not been published yet.' },
  quiz_not_published: { 'zh-CN': '测验 {id} 还是草稿，发布后才能作答。', en: 'Quiz {id} is still a draft; it can be taken once it is published.' },
  quiz_question_not_found: { 'zh-CN': '这个测验里没有编号为 {id} 的题目。', en: 'This quiz has no question {id}.' },
  quiz_attempt_not_found: { 'zh-CN': '没有找到你编号为 {id} 的作答记录。', en: 'You have no attempt {id}.' },
  quiz_attempt_limit: {
    'zh-CN': '本测验每人最多作答 {limit} 次，你的次数已经用完。',
    en: 'This quiz allows {limit} attempts per person and you have used them all.',
  },
  quiz_time_up: {
    'zh-CN': '作答时间已到（截止 {deadline}）。本次作答已按截止前保存的答案结束，迟交的答案不计分。',
    en: 'Time is up (the deadline was {deadline}). The attempt was closed with the answers saved before the deadline; late answers do not count.',
  },
  quiz_attempt_closed: { 'zh-CN': '作答 {id} 已经交卷，不能再修改。', en: 'Attempt {id} has already been submitted and can no longer change.' },
  quiz_feedback_deferred: {
    'zh-CN': '本测验在交卷后统一给出答案和解析，不能逐题核对。',
    en: 'This quiz gives answers and explanations after submission, so questions cannot be checked one by one.',
  },
  quiz_question_checked: { 'zh-CN': '第 {number} 题已经核对过，答案不能再改。', en: 'Question {number} has already been checked; its answer can no longer change.' },
  quiz_question_not_in_attempt: { 'zh-CN': '编号为 {id} 的题目不在本次作答中。', en: 'Question {id} is not part of this attempt.' },
  quiz_empty: { 'zh-CN': '测验 {id} 还没有题目，先添加题目再发布。', en: 'Quiz {id} has no questions yet; add some before publishing it.' },
  quiz_spec_correct_option: {
    'zh-CN': '正确答案必须是已列出的选项，且不能重复。',
    en: 'The correct answers must be options listed above, each at most once.',
  },
  quiz_answer_shape_true_false: shape('是判断题，请选择“对”或“错”。', 'is true or false: answer true or false.'),
  quiz_answer_shape_single: shape('是单选题，请选择一个列出的选项。', 'is single choice: pick one of the listed options.'),
  quiz_answer_shape_multiple: shape('是多选题，请选择列出的选项，每项最多一次。', 'is multiple choice: pick listed options, each at most once.'),
  quiz_answer_shape_ordering: shape('是排序题，请把每一项各排一次。', 'is an ordering question: place every item exactly once.'),
  quiz_answer_shape_matching: shape('是连线题，请为左边每一项各选一个答案。', 'is a matching question: choose an answer for every item on the left.'),
  quiz_answer_shape_short_answer: shape('是简答题，请填写文字（不超过 2000 字）。', 'is a short answer: write text of at most 2000 characters.'),
} satisfies Record<string, Record<Locale, string>>;
