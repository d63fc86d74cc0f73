// Demo quizzes for the first three chapters: knowing, receiving and satisfying the customer.
import { judge, standardBands, t, type SeedQuiz } from './seed-types.ts';

const immediate = { attemptLimit: 3, timeLimitMinutes: null, passMark: 60, feedbackMode: 'immediate', bands: standardBands, drawCount: null } as const;

/** Chapter "knowing the customer": five questions, four drawn per attempt. */
export const knowingQuiz: SeedQuiz = {
  body: {
    ...immediate,
    title: t('第一章测验：了解客户', 'Chapter 1 quiz: knowing the customer'),
    description: t('客户需求、成熟度、关系层级和联系节奏。每次从题库中随机抽 4 题。', 'Needs, maturity, relationship levels and contact cadence. Four questions are drawn from the bank each time.'),
    chapter: 'knowing',
    gradeMethod: 'highest',
    drawCount: 4,
  },
  questions: [
    judge(
      false,
      t('客户关系层级越高越好，每位客户都应发展成战略联盟。', 'The higher the relationship level the better: every customer should become a strategic alliance.'),
      t('错。多数客户做到“优先选择”就足够了，更高的层级要投入更多资源，只适合少数客户。', 'False. Most customers need no more than "preferred"; higher levels cost resources and suit only a few.'),
    ),
    {
      prompt: t('对现行客户，至少多久主动联系一次？', 'How often, at least, should you contact a current customer?'),
      explanation: t('现行客户至少每周联系一次；推荐人定期联系；潜在客户每半个月至少联系三位。', 'Current customers at least weekly; referrers periodically; at least three prospects every half month.'),
      spec: { kind: 'single', options: [t('每周', 'Every week'), t('每半个月', 'Every half month'), t('每月', 'Every month'), t('每季度', 'Every quarter')], correct: 0 },
    },
    {
      prompt: t('客户的四种基本需求是哪些？（多选）', 'Which are the four basic customer needs? (choose all that apply)'),
      explanation: t('四种需求是信息、环境、情感和便利；折扣只是满足需求的一种手段。', 'The four needs are information, environment, emotion and convenience; a discount is only one way to meet them.'),
      spec: { kind: 'multiple', options: [t('信息需求', 'Information'), t('环境需求', 'Environment'), t('情感需求', 'Emotion'), t('便利需求', 'Convenience'), t('折扣需求', 'Discounts')], correct: [0, 1, 2, 3] },
    },
    {
      prompt: t('把客户成熟度与它的含义连起来。', 'Match each maturity tier with what it means.'),
      explanation: t('现行客户正在交易；目标客户已有接触、最可能成交；潜在客户尚未接触，但可能有需要。', 'Current customers transact now; target customers are in contact and likely next; potential customers may need us but are not yet in contact.'),
      spec: {
        kind: 'matching',
        pairs: [
          { left: t('现行客户', 'Current'), right: t('正在与我们交易', 'Transacting with us now') },
          { left: t('目标客户', 'Target'), right: t('已有接触，最可能成交', 'In contact and most likely to buy next') },
          { left: t('潜在客户', 'Potential'), right: t('尚未接触，但可能有需要', 'Not yet in contact, but may need us') },
        ],
      },
    },
    {
      prompt: t('把一次服务的五个阶段按顺序排好。', 'Put the five stages of a service in order.'),
      explanation: t('接待 → 理解 → 打动 → 满足 → 留住。', 'Receive → understand → move → satisfy → retain.'),
      spec: { kind: 'ordering', items: [t('接待', 'Receive'), t('理解', 'Understand'), t('打动', 'Move'), t('满足', 'Satisfy'), t('留住', 'Retain')] },
    },
  ],
};

/** Chapter "receiving the customer": service language, three voices and the seven sins. */
export const receivingQuiz: SeedQuiz = {
  body: {
    ...immediate,
    title: t('第二章测验：接待客户', 'Chapter 2 quiz: receiving the customer'),
    description: t('服务用语、三声四心和七大过失，含一道由服务用语助手批改的改写题。', 'Service language, the three voices and four hearts, the seven sins — with one rewrite graded by the language coach.'),
    chapter: 'receiving',
    gradeMethod: 'last',
    timeLimitMinutes: 15,
  },
  questions: [
    judge(
      false,
      t('向客户道歉时，说“我们”比说“我”更稳妥。', 'When apologising, "we" is safer than "I".'),
      t('错。先感谢客户提出问题，再用第一人称“我”道歉，更真诚，也表明有人负责。', 'False. Thank the customer first, then apologise as "I": it sounds sincere and shows someone owns the problem.'),
    ),
    {
      prompt: t('“三声”服务指的是哪一组？', 'What are the "three voices" of service?'),
      explanation: t('来有迎声、问有答声、去有送声。', 'A greeting on arrival, an answer when asked, a farewell on leaving.'),
      spec: {
        kind: 'single',
        options: [t('来有迎声、问有答声、去有送声', 'Greet on arrival, answer when asked, farewell on leaving'), t('大声、慢声、笑声', 'Loud, slow and laughing'), t('问候声、道歉声、感谢声', 'Greeting, apology and thanks')],
        correct: 0,
      },
    },
    {
      prompt: t('下列哪些属于服务的“七大过失”？（多选）', 'Which of these are among the seven sins of service? (choose all that apply)'),
      explanation: t('七大过失：冷漠、推诿、冷淡、傲慢、机械式服务、拿规章当挡箭牌、让客户在部门间来回跑。主动回访是好做法。', 'The seven sins: indifference, passing the buck, coldness, arrogance, robotic service, hiding behind rules, sending customers from department to department. A follow-up visit is good practice.'),
      spec: { kind: 'multiple', options: [t('推诿', 'Passing the buck'), t('傲慢', 'Arrogance'), t('机械式服务', 'Robotic service'), t('主动回访', 'Proactive follow-up visits')], correct: [0, 1, 2] },
    },
    {
      prompt: t('把这句回复改得礼貌、专业：“你等一下，这个不归我管。”', 'Rewrite this reply politely and professionally: "Wait, this isn’t my job."'),
      explanation: t('不推诿：说明由哪位同事负责，并由你主动联系；先感谢客户等待，给出回复时间。', 'Do not pass the buck: say a colleague owns it and that you will contact them yourself; thank the customer for waiting and give a time.'),
      spec: {
        kind: 'short_answer',
        keyElements: [['感谢', '谢谢'], ['同事'], ['联系']],
        sample: t('感谢您的耐心等待。这件事由负责的同事跟进，我现在就为您联系他，半小时内给您回复。', 'Thank you for waiting. A colleague handles this; I will contact them for you now and get back to you within half an hour.'),
      },
    },
  ],
};

/** Chapter "satisfying the customer": expectations, SERVQUAL, delivered value and service standards. */
export const satisfyingQuiz: SeedQuiz = {
  body: {
    ...immediate,
    title: t('第三章测验：满足客户', 'Chapter 3 quiz: satisfying the customer'),
    description: t('满意度公式、服务质量五维度、客户让渡价值与服务标准。', 'The satisfaction formula, the five quality dimensions, delivered value and service standards.'),
    chapter: 'satisfying',
    gradeMethod: 'average',
    feedbackMode: 'deferred',
  },
  questions: [
    judge(
      false,
      t('客户感知到的服务和他的期望一样时，他会非常满意。', 'When perceived service equals expectation, the customer is very satisfied.'),
      t('错。感知等于期望只是“满意”；感知超过期望才会“非常满意”，低于期望则不满意。', 'False. Equal means "satisfied"; only perception above expectation makes a customer very satisfied, below it dissatisfied.'),
    ),
    {
      prompt: t('员工的专业知识、礼貌和让人放心的能力，属于服务质量的哪个维度？', 'Staff knowledge, courtesy and the ability to inspire trust belong to which quality dimension?'),
      explanation: t('这是“可信（保证）”维度；另外四个是可靠、响应、同理和有形。', 'That is assurance; the other four are reliability, responsiveness, empathy and tangibles.'),
      spec: { kind: 'single', options: [t('可靠', 'Reliability'), t('响应', 'Responsiveness'), t('可信', 'Assurance'), t('有形', 'Tangibles')], correct: 2 },
    },
    {
      prompt: t('客户让渡价值中的“总成本”包括哪些？（多选）', 'Which belong to the total cost in customer delivered value? (choose all that apply)'),
      explanation: t('总成本包括货币、时间、精力和体力；形象属于总价值。', 'Total cost is money, time, energy and physical effort; image is part of total value.'),
      spec: { kind: 'multiple', options: [t('货币', 'Money'), t('时间', 'Time'), t('精力', 'Energy'), t('体力', 'Physical effort'), t('形象', 'Image')], correct: [0, 1, 2, 3] },
    },
    {
      prompt: t('把服务质量维度与它的含义连起来。', 'Match each quality dimension with its meaning.'),
      explanation: t('可靠：准确兑现承诺；响应：及时帮助；同理：关注每位客户；有形：设施、设备和人员的外在表现。', 'Reliability: keep promises accurately; responsiveness: help promptly; empathy: individual attention; tangibles: facilities, equipment and appearance.'),
      spec: {
        kind: 'matching',
        pairs: [
          { left: t('可靠', 'Reliability'), right: t('准确兑现承诺的服务', 'Delivering the promised service accurately') },
          { left: t('响应', 'Responsiveness'), right: t('愿意并及时地提供帮助', 'Willing and prompt help') },
          { left: t('同理', 'Empathy'), right: t('关心并关注每一位客户', 'Caring, individual attention') },
          { left: t('有形', 'Tangibles'), right: t('设施、设备和人员的外在表现', 'Facilities, equipment and appearance') },
        ],
      },
    },
    {
      prompt: t('把制定服务标准的步骤按顺序排好。', 'Put the steps of setting service standards in order.'),
      explanation: t('先界定服务流程，再列出各环节和薄弱点，然后想清楚怎样让客户感觉更好，最后落实为产品、程序和个人服务标准。', 'Define the service sequence, outline its steps and weak points, decide what would make the customer feel better, then turn it into product, procedure and personal-service standards.'),
      spec: {
        kind: 'ordering',
        items: [t('界定服务流程', 'Define the service sequence'), t('列出各环节和薄弱点', 'Outline its steps and weak points'), t('想清楚怎样让客户感觉更好', 'Decide what would make the customer feel better'), t('落实为可衡量的服务标准', 'Turn it into measurable standards')],
      },
    },
  ],
};
