import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of courses, cases and self-care, in every locale. */
export const courseMessages = {
  course_not_found: { 'zh-CN': '没有找到编号为 {id} 的课程。', en: 'There is no course number {id}.' },
  course_version_not_found: { 'zh-CN': '课程 {id} 没有第 {version} 版。', en: 'Course {id} has no version {version}.' },
  lesson_not_found: { 'zh-CN': '课程 {id} 中没有编号为 {lessonId} 的课时。', en: 'Course {id} has no lesson number {lessonId}.' },
  course_no_lessons: { 'zh-CN': '课程至少要有一个课时才能发布。', en: 'A course needs at least one lesson before it can be published.' },
  course_edit_forbidden: { 'zh-CN': '只有培训师和管理员可以编辑课程与案例。', en: 'Only trainers and admins can edit courses and cases.' },
  case_not_found: { 'zh-CN': '没有找到编号为 {id} 的案例。', en: 'There is no case study number {id}.' },
  case_answer_count: {
    'zh-CN': '本案例有 {expected} 个讨论题，请每题作答（收到 {given} 个回答）。',
    en: 'This case has {expected} questions; answer each of them ({given} answers received).',
  },
  case_answer_empty: { 'zh-CN': '请至少写下一个问题的想法再提交。', en: 'Write your thoughts on at least one question before submitting.' },
  mood_not_found: { 'zh-CN': '没有名为「{key}」的情绪条目。', en: 'There is no mood called "{key}".' },
} satisfies Record<string, Record<Locale, string>>;
