import type { Locale } from '../../shared/schemas/common.ts';

/** Error messages of tickets, in every locale. */
export const ticketMessages = {
  ticket_not_found: { 'zh-CN': '工单 {id} 不存在。', en: 'Ticket {id} does not exist.' },
  ticket_version_conflict: {
    'zh-CN': '工单已被他人修改（当前版本 {current}），请刷新后再改，以免覆盖对方的修改。',
    en: 'Someone else changed this ticket (now version {current}); reload it before changing it so their work is not overwritten.',
  },
  ticket_closed: { 'zh-CN': '工单已关闭，需先重新打开才能修改。', en: 'The ticket is closed; reopen it before changing it.' },
  ticket_not_guided: { 'zh-CN': '只有投诉和抱怨按六步流程处理。', en: 'Only complaints and grievances follow the six steps.' },
  step_not_current: { 'zh-CN': '当前步骤是「{current}」，不能处理「{step}」。', en: 'The current step is "{current}", not "{step}".' },
  step_incomplete: { 'zh-CN': '当前步骤还有未完成的事项：{missing}。', en: 'The current step still lacks: {missing}.' },
  step_flow_finished: { 'zh-CN': '六个步骤已全部完成。', en: 'All six steps are already done.' },
  step_reason_required: { 'zh-CN': '跳过步骤必须填写原因。', en: 'Skipping a step needs a reason.' },
  step_reason_too_short: { 'zh-CN': '跳过原因至少写 5 个字，主管会看到它。', en: 'Write at least 5 characters of reason; supervisors will read it.' },
  record_fields_missing: { 'zh-CN': '以下必填记录字段尚未填写：{fields}。', en: 'These mandated record fields are still empty: {fields}.' },
  close_needs_acceptance: {
    'zh-CN': '结束前需要客户认可处理结果，或写明未认可的原因。',
    en: 'Closing needs the customer to accept the result, or a recorded reason why not.',
  },
  cause_not_found: { 'zh-CN': '原因分类「{key}」不存在。', en: 'Cause "{key}" does not exist.' },
  cause_key_taken: { 'zh-CN': '原因代码「{key}」已存在。', en: 'The cause key "{key}" already exists.' },
  customer_required: { 'zh-CN': '请选择客户，或填写新客户的姓名。', en: 'Choose a customer, or give the new customer a name.' },
  bulk_nothing_to_change: { 'zh-CN': '请至少选择一项要修改的内容：负责人、优先级或标签。', en: 'Choose something to change: owner, priority or tags.' },
  calendar_hours_invalid: { 'zh-CN': '下班时间必须晚于上班时间。', en: 'Closing time must be after opening time.' },
  not_escalated: { 'zh-CN': '工单未升级，无需降级。', en: 'The ticket is not escalated.' },
  compensation_not_found: { 'zh-CN': '补偿申请 {id} 不存在。', en: 'Compensation request {id} does not exist.' },
  compensation_decided: { 'zh-CN': '该补偿申请已处理。', en: 'This compensation request was already decided.' },
  follow_up_not_found: { 'zh-CN': '回访 {id} 不存在。', en: 'Follow-up {id} does not exist.' },
  follow_up_done: { 'zh-CN': '该回访已记录结果。', en: 'This follow-up already has an outcome.' },
  not_reopenable: { 'zh-CN': '只有已关闭或已解决的工单可以重新打开。', en: 'Only a closed or resolved ticket can be reopened.' },
  evaluation_needs_closed: { 'zh-CN': '只能评价已关闭的案例。', en: 'Only a closed case can be evaluated.' },
  evaluation_exists: { 'zh-CN': '该案例已有主管评价。', en: 'This case has already been evaluated.' },
  challenge_failed: { 'zh-CN': '验证题答案不正确，请重新计算后提交。', en: 'The answer to the check question is wrong; work it out again and resubmit.' },
  status_key_invalid: { 'zh-CN': '查询链接无效或已失效。', en: 'This status link is invalid.' },
} satisfies Record<string, Record<Locale, string>>;
