// The canned-reply library 写好的话术: per scenario, in the positive style, with {variables}.
import type { LocalizedText } from './types.ts';
import { say } from './localized.ts';

/** Scenarios the library covers; the six question kinds each have their own. */
export const CANNED_SCENARIOS = [
  'greeting',
  'thank_and_apologise',
  'question_targeted',
  'question_choice',
  'question_informational',
  'question_clarifying',
  'question_consultative',
  'question_open',
  'paraphrase',
  'refusal_with_reason_and_alternative',
  'escalation',
  'time_commitment',
  'close',
  'follow_up_visit',
] as const;

/** One scenario of the canned-reply library. */
export type CannedScenario = (typeof CANNED_SCENARIOS)[number];

/** One canned reply; text may contain {customerName}, {ticketNumber}, {agentName}. */
export type CannedReply = { id: string; scenario: CannedScenario; text: LocalizedText };

/** Values for the variables a canned reply may contain. */
export type CannedVariables = { customerName?: string; ticketNumber?: string; agentName?: string };

/** The built-in library, written afresh for Lingting. */
export const cannedReplies: CannedReply[] = [
  { id: 'greeting.standard', scenario: 'greeting', text: say('{customerName}您好，我是{agentName}，很高兴为您服务，请问有什么可以帮您？', 'Hello {customerName}, this is {agentName}. How can I help you today?') },
  { id: 'greeting.returning', scenario: 'greeting', text: say('{customerName}您好，欢迎再次联系我们，我是{agentName}，这次由我为您服务。', 'Hello {customerName}, welcome back. I am {agentName} and I will look after you today.') },
  { id: 'thank_and_apologise.standard', scenario: 'thank_and_apologise', text: say('感谢您把这件事告诉我们，给您带来了不便，我向您诚恳道歉。', 'Thank you for telling us about this. I sincerely apologise for the trouble it has caused you.') },
  { id: 'thank_and_apologise.patience', scenario: 'thank_and_apologise', text: say('感谢您的耐心等待，这次的经历让您失望了，我代表团队向您道歉。', 'Thank you for your patience. I apologise on behalf of the team that this let you down.') },
  { id: 'question.targeted', scenario: 'question_targeted', text: say('请问您是哪一天发现这个情况的？', 'On which day did you first notice this?') },
  { id: 'question.choice', scenario: 'question_choice', text: say('请问您希望我们上门维修，还是您方便时到门店检修呢？', 'Would you prefer a home visit, or to bring it to a shop when convenient?') },
  { id: 'question.informational', scenario: 'question_informational', text: say('为了尽快帮您查清楚，请问您方便提供一下订单号吗？', 'So that I can trace this quickly, could you give me the order number?') },
  { id: 'question.clarifying', scenario: 'question_clarifying', text: say('您是说从上周开始，每天晚上网络都会断开，对吗？', 'You mean that since last week the connection drops every evening, is that right?') },
  { id: 'question.consultative', scenario: 'question_consultative', text: say('我建议先为您安排一次免费检测，结果出来后再决定下一步，您看可以吗？', 'I suggest we arrange a free check first and decide the next step from the result. Would that suit you?') },
  { id: 'question.open', scenario: 'question_open', text: say('能跟我说说当时的具体情况吗？我会认真记录。', 'Could you tell me what happened? I will note everything down.') },
  { id: 'paraphrase.standard', scenario: 'paraphrase', text: say('我跟您确认一下：您希望更换一台同型号的新机，并在本周内拿到，我理解得对吗？', 'Let me confirm: you would like a new unit of the same model, delivered this week. Have I understood you correctly?') },
  { id: 'refusal.reason_alternative', scenario: 'refusal_with_reason_and_alternative', text: say('因为这款商品已经激活，按照退货政策这次退款暂时无法办理；我可以为您免费换一台新机，或者为您延长一年保修，您看哪一种更合适？', 'Because the device has been activated, our returns policy does not allow a refund this time; I can exchange it for a new one free of charge or extend the warranty by a year. Which would suit you better?') },
  { id: 'escalation.supervisor', scenario: 'escalation', text: say('这件事需要主管审批，我现在就把工单{ticketNumber}转给主管，并在今天下午五点前给您回电话。', 'This needs a supervisor\'s approval. I am passing ticket {ticketNumber} to my supervisor now and will call you back before 5 pm today.') },
  { id: 'escalation.department', scenario: 'escalation', text: say('这个问题由技术部门的同事负责，我来帮您联系他们，处理进展我会在两小时内告诉您。', 'A colleague in the technical team owns this. I will contact them for you and update you within two hours.') },
  { id: 'time_commitment.standard', scenario: 'time_commitment', text: say('我会在明天中午十二点前把处理结果告诉您，工单号是{ticketNumber}，方便您随时查询。', 'I will tell you the outcome by noon tomorrow. Your ticket number is {ticketNumber}, so you can check it at any time.') },
  { id: 'close.standard', scenario: 'close', text: say('请问这样处理您还满意吗？还有其他需要我帮忙的吗？感谢您的来电，祝您生活愉快。', 'Are you happy with how we have handled this? Is there anything else I can do? Thank you for calling, and have a good day.') },
  { id: 'follow_up_visit.standard', scenario: 'follow_up_visit', text: say('{customerName}您好，我是{agentName}，想回访一下工单{ticketNumber}的处理情况，请问现在使用还顺利吗？有新的需要也欢迎告诉我。', 'Hello {customerName}, this is {agentName} following up on ticket {ticketNumber}. Is everything working well now? If anything new comes up, please let me know.') },
];

/** Replaces {customerName}, {ticketNumber} and {agentName}; unknown or missing variables stay visible. */
export function fillCannedReply(text: string, vars: CannedVariables): string {
  return text.replace(/\{(customerName|ticketNumber|agentName)\}/g, (whole, name: keyof CannedVariables) => vars[name] ?? whole);
}
