import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of assignments and progress, in every locale. */
export const progressMessages = {
  progress_due_date_past: {
    'zh-CN': '截止日期 {dueOn} 已经过去，请选择今天（{today}）或之后的日期。',
    en: 'The due date {dueOn} has passed; choose today ({today}) or a later date.',
  },
  progress_item_unknown: {
    'zh-CN': '以下学习内容无法分配：{items}。请确认它们存在；课程和测验还须已发布。',
    en: 'These items cannot be assigned: {items}. Check that they exist and, for courses and quizzes, that they are published.',
  },
  progress_nobody_assigned: {
    'zh-CN': '请至少选择一位在职人员或一个有成员的部门。',
    en: 'Choose at least one active person or a department that has members.',
  },
  progress_people_unknown: {
    'zh-CN': '这些人员不存在或已停用：{ids}。',
    en: 'These people do not exist or are deactivated: {ids}.',
  },
  progress_duplicate_item: {
    'zh-CN': '同一项学习内容在路径中出现了两次：{item}。',
    en: 'The same item appears twice in the path: {item}.',
  },
  progress_assignment_not_found: { 'zh-CN': '学习任务 {id} 不存在。', en: 'Learning assignment {id} does not exist.' },
  progress_certificate_not_found: { 'zh-CN': '证书 {id} 不存在。', en: 'Certificate {id} does not exist.' },
  progress_forbidden: { 'zh-CN': '只有培训师、客服主管和管理员可以分配学习任务或查看团队进度。', en: 'Only trainers, supervisors and admins assign learning or see team progress.' },
} satisfies Record<string, Record<Locale, string>>;
