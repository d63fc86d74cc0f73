// Apology and thank-you letters sent after a complaint is resolved, in Chinese and English.
import type { Locale } from '../schemas/common.ts';

/** The two letters: an apology when we fell short, thanks when the customer helped us improve. */
export type LetterKind = 'apology' | 'thanks';

/** Values filled into a letter. */
export type LetterVars = {
  customerName: string;
  ticketNumber: string;
  agentName: string;
  companyName: string;
  resolutionSummary: string;
};

/** A letter template or a rendered letter. */
export type Letter = { subject: string; body: string };

/** Letter templates with {customerName}, {ticketNumber}, {agentName}, {companyName}, {resolutionSummary}. */
export const letterTemplates: Record<LetterKind, Record<Locale, Letter>> = {
  apology: {
    'zh-CN': {
      subject: '{companyName}致{customerName}的一封信（工单 {ticketNumber}）',
      body: [
        '尊敬的{customerName}：',
        '',
        '您好！谢谢您把遇到的问题告诉我们（工单号 {ticketNumber}），让我们有机会及时改进。',
        '',
        '这次给您添了麻烦，我代表{companyName}向您郑重致歉。针对您反映的情况，我们已经做了如下处理：',
        '{resolutionSummary}',
        '',
        '我们会把这次的经验落实到今后的每一次服务中。如果您还有其他需要，欢迎随时联系我，我很乐意继续为您服务。',
        '',
        '再次感谢您的理解与信任！',
        '',
        '{agentName}',
        '{companyName}',
      ].join('\n'),
    },
    en: {
      subject: 'A letter from {companyName} to {customerName} (ticket {ticketNumber})',
      body: [
        'Dear {customerName},',
        '',
        'Thank you for telling us about the problem you met (ticket {ticketNumber}); it gave us the chance to put things right.',
        '',
        'On behalf of {companyName}, I sincerely apologise for the trouble this caused you. Here is what we have done:',
        '{resolutionSummary}',
        '',
        'We will carry what we learned into every service we give from now on. If there is anything else you need, please contact me at any time; I will be glad to help.',
        '',
        'Thank you again for your understanding and your trust.',
        '',
        '{agentName}',
        '{companyName}',
      ].join('\n'),
    },
  },
  thanks: {
    'zh-CN': {
      subject: '感谢您的宝贵意见（工单 {ticketNumber}）',
      body: [
        '尊敬的{customerName}：',
        '',
        '您好！感谢您抽出宝贵的时间向我们反映意见（工单号 {ticketNumber}）。正是有您这样用心的客户，{companyName}的产品和服务才能不断进步。',
        '',
        '针对您提出的问题，我们的处理结果如下：',
        '{resolutionSummary}',
        '',
        '我们会继续跟进，确保结果符合您的期望。今后有任何想法或需要，欢迎随时告诉我。',
        '',
        '祝您生活愉快！',
        '',
        '{agentName}',
        '{companyName}',
      ].join('\n'),
    },
    en: {
      subject: 'Thank you for your feedback (ticket {ticketNumber})',
      body: [
        'Dear {customerName},',
        '',
        'Thank you for taking the time to share your views with us (ticket {ticketNumber}). Thoughtful customers like you are how {companyName} keeps improving its products and service.',
        '',
        'Here is how we have acted on what you raised:',
        '{resolutionSummary}',
        '',
        'We will keep following it up to make sure the result meets your expectations. Whenever you have an idea or a need, please let me know.',
        '',
        'With best wishes,',
        '',
        '{agentName}',
        '{companyName}',
      ].join('\n'),
    },
  },
};

/** Fills {name} placeholders from vars; unknown placeholders stay visible so a gap is noticed. */
export function fillTemplate(template: string, vars: Partial<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A letter of the given kind and locale with the variables filled in. */
export function renderLetter(kind: LetterKind, locale: Locale, vars: LetterVars): Letter {
  const t = letterTemplates[kind][locale];
  return { subject: fillTemplate(t.subject, vars), body: fillTemplate(t.body, vars) };
}
