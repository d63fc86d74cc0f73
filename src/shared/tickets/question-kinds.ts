// The six kinds of question an agent uses in the "ask" step, each with its purpose and an example.
import { loc, type Localized } from './localized.ts';

/** Question kinds: targeted, choice (closed), informational, clarifying, consultative, open. */
export const questionKinds = ['targeted', 'choice', 'informational', 'clarifying', 'consultative', 'open'] as const;
/** A question kind. */
export type QuestionKind = (typeof questionKinds)[number];

/** What a question kind is for, shown with one example question. */
export type QuestionKindGuide = { name: Localized; purpose: Localized; example: Localized };

/** Guide to the six question kinds, written for the ask step and the academy. */
export const questionKindGuide: Record<QuestionKind, QuestionKindGuide> = {
  targeted: {
    name: loc('针对性询问', 'Targeted question'),
    purpose: loc('围绕客户反映的具体问题追问细节，补齐型号、时间、地点等事实。', 'Dig into the exact problem the customer raised to collect the facts: model, time, place.'),
    example: loc('黑点大概出现在屏幕的哪个位置？有多大？', 'Where on the screen do the dark spots appear, and roughly how large are they?'),
  },
  choice: {
    name: loc('选择性询问', 'Choice (closed) question'),
    purpose: loc('只需回答"是"或"否"，用来核实某个事实、缩小问题范围。', 'A yes-or-no question that checks one fact and narrows the problem down.'),
    example: loc('充电的时候也会出现这种情况吗？', 'Does this also happen while the phone is charging?'),
  },
  informational: {
    name: loc('了解性询问', 'Informational question'),
    purpose: loc('收集客户资料时先说明用途，客户知道原因才更愿意配合。', 'Gather the customer\'s details, and say why you need them so they are glad to help.'),
    example: loc('为了查到这台手机的保修记录，方便告诉我您是哪天购买的吗？', 'So that I can find the warranty record, could you tell me the date you bought the phone?'),
  },
  clarifying: {
    name: loc('澄清性询问', 'Clarifying question'),
    purpose: loc('客户说得笼统或带着情绪时，弄清问题到底是什么、严重到什么程度。', 'When the customer speaks in general or heated terms, find out what exactly is wrong and how serious it is.'),
    example: loc('您说网速特别慢，打开一个网页大约要等多长时间？', 'You said the connection is very slow; about how long does one web page take to open?'),
  },
  consultative: {
    name: loc('征询性询问', 'Consultative question'),
    purpose: loc('先提出初步方案，再请客户拿主意，体现对客户的尊重。', 'Propose a first solution, then let the customer decide, which shows respect.'),
    example: loc('维修期间我先为您准备一台备用机，修好后我打电话通知您，您看这样安排合适吗？', 'While it is being repaired I will set aside a spare phone for you and call you when yours is ready. Does that suit you?'),
  },
  open: {
    name: loc('开放式询问', 'Open question'),
    purpose: loc('不限定答案，请客户完整讲述经过，常用于了解全貌。', 'Leave the answer open and invite the whole story, to see the full picture.'),
    example: loc('能跟我讲讲问题第一次出现时的情形吗？', 'Could you tell me what was happening when the problem first appeared?'),
  },
};
