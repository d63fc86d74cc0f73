// Demo quizzes for the last three chapters: keeping customers, difficult customers and complaints.
import { judge, standardBands, t, type SeedQuiz } from './seed-types.ts';

const settings = { attemptLimit: 3, gradeMethod: 'highest', timeLimitMinutes: null, passMark: 60, feedbackMode: 'immediate', bands: standardBands, drawCount: null } as const;

/** Chapter "keeping the customer": why customers leave and what recovery is worth. */
export const keepingQuiz: SeedQuiz = {
  body: {
    ...settings,
    title: t('第四章测验：留住客户', 'Chapter 4 quiz: keeping the customer'),
    description: t('客户为什么离开，以及挽回一位客户值多少。', 'Why customers leave, and what winning one back is worth.'),
    chapter: 'keeping',
  },
  questions: [
    judge(
      false,
      t('大多数客户离开，是因为竞争对手的价格更低。', 'Most customers leave because a competitor is cheaper.'),
      t('错。被竞争对手吸引走的不到 10%；超过 65% 的客户是因为员工的冷漠而离开。', 'False. Under 10% leave for a competitor’s offer; over 65% leave because of staff indifference.'),
    ),
    {
      prompt: t('在客户流失的原因中，占比最高的是哪一项？', 'Which is the largest cause of customers leaving?'),
      explanation: t('搬迁不到 10%，被竞争对手吸引不到 10%，对产品不满不到 15%，员工冷漠超过 65%。', 'Moving away under 10%, a competitor’s offer under 10%, unhappy with a product under 15%, staff indifference over 65%.'),
      spec: { kind: 'single', options: [t('搬迁', 'Moving away'), t('竞争对手的优惠', 'A competitor’s offer'), t('对产品不满', 'Unhappy with a product'), t('员工冷漠', 'Staff indifference')], correct: 3 },
    },
    {
      prompt: t('关于妥善处理投诉，下列哪些说法成立？（多选）', 'Which statements about handling complaints well hold? (choose all that apply)'),
      explanation: t('投诉解决后 54%–70% 的客户会再次购买，迅速解决时可达 95%；挽回的客户忠诚度约为普通客户的两倍。', 'When resolved, 54–70% of complainers buy again, 95% when resolved quickly; a recovered complainer is about twice as loyal.'),
      spec: {
        kind: 'multiple',
        options: [t('投诉解决后，过半客户会再次购买', 'Over half of resolved complainers buy again'), t('迅速解决时，再次购买率可达 95%', 'Resolved quickly, up to 95% buy again'), t('挽回的客户忠诚度约为两倍', 'A recovered complainer is about twice as loyal'), t('投诉过的客户不会再回来', 'Customers who complained never come back')],
        correct: [0, 1, 2],
      },
    },
    {
      prompt: t('客户说：“再出一次问题，我就不在你们这儿买了。”写一句回复，留住这位客户。', 'The customer says: "One more problem and I’m done with you." Write a reply that keeps them.'),
      explanation: t('先认同客户的感受并感谢他再给机会，再说出你会做的具体事情和时间。', 'Acknowledge the feeling and thank them for the second chance, then say what you will do and by when.'),
      spec: {
        kind: 'short_answer',
        keyElements: [['理解', '明白'], ['感谢', '谢谢']],
        sample: t('我非常理解您的心情，感谢您再给我们一次机会。我现在就为您安排检测，今天下班前把结果告诉您。', 'I fully understand how you feel, and thank you for giving us another chance. I am arranging a check for you now and will tell you the result before the end of today.'),
      },
    },
  ],
};

/** Chapter "difficult customers": the six types and their playbooks. */
export const difficultQuiz: SeedQuiz = {
  body: {
    ...settings,
    title: t('第五章测验：棘手客户', 'Chapter 5 quiz: difficult customers'),
    description: t('六类棘手客户的应对方法与处理原则，限时 10 分钟。', 'The six difficult types, their playbooks and principles — 10 minutes.'),
    chapter: 'difficult',
    timeLimitMinutes: 10,
  },
  questions: [
    {
      prompt: t('把棘手客户的类型与最合适的应对方法连起来。', 'Match each difficult-customer type with the playbook that fits.'),
      explanation: t(
        '情绪失控：尊重并认同感受，让他说完；固执：简洁果断，讲清政策；唠叨：先听，重复时适时接话并提出方案；妄自尊大：表示尊重，维持公平秩序并告知等候时间；要找老板：说明你已获充分授权；挑剔：感谢他的细心，找准不满之处并承诺时间。',
        'Emotional: respect the feeling and let them vent; stubborn: brief and decisive, state the policy; talkative: listen, then step in and propose; arrogant: show respect, keep fair order, give the wait; boss-demanding: say you are fully authorised; picky: thank their care, find what displeases them, commit to a time.',
      ),
      spec: {
        kind: 'matching',
        pairs: [
          { left: t('情绪失控型', 'Emotional'), right: t('尊重并认同感受，让他把话说完', 'Respect the feeling and let them vent') },
          { left: t('固执型', 'Stubborn'), right: t('简洁果断，讲清政策', 'Be brief and decisive, state the policy') },
          { left: t('唠叨型', 'Talkative'), right: t('先倾听，重复时适时接话并提出方案', 'Listen, then step in when they repeat and propose') },
          { left: t('妄自尊大型', 'Arrogant'), right: t('表示尊重，维持公平秩序，告知等候时间', 'Show respect, keep fair order, tell them the wait') },
          { left: t('要找老板型', 'Boss-demanding'), right: t('说明自己已获充分授权', 'Say you are fully authorised') },
          { left: t('挑剔型', 'Picky'), right: t('感谢其细心，找准不满之处并承诺时间', 'Thank their care, find the exact problem, commit to a time') },
        ],
      },
    },
    judge(
      false,
      t('对情绪激动的客户说“您别这么激动”，能帮他冷静下来。', 'Telling an agitated customer "no need to get so upset" helps them calm down.'),
      t('错。这句话否定了客户的情绪，只会火上浇油。应先认同感受，例如“遇到这种情况，换作是我也会着急”。', 'False. It denies the customer’s emotion and fans the flames. Acknowledge the feeling first, e.g. "Anyone would be worried in your place."'),
    ),
    {
      prompt: t('处理棘手客户，应遵循哪些原则？（多选）', 'Which principles apply to difficult customers? (choose all that apply)'),
      explanation: t('合作双赢；合理要求尽量满足，不合理的要求以政策为理由、带着歉意婉拒；棘手个案交给受过训练的资深客服。', 'Aim for a win-win; meet reasonable requests and decline unreasonable ones with the policy as the reason and an apology; only trained senior agents take difficult cases.'),
      spec: {
        kind: 'multiple',
        options: [t('寻求合作双赢', 'Seek a win-win'), t('合理要求尽量满足', 'Meet reasonable requests'), t('不合理要求以政策为由并致歉婉拒', 'Decline unreasonable ones with the policy and an apology'), t('让新入职的客服多练手', 'Let new hires practise on them')],
        correct: [0, 1, 2],
      },
    },
    {
      prompt: t('客户坚持要找老板。把这句回复改得得体：“我们老板不在，你跟我说也一样。”', 'A customer insists on the boss. Rewrite: "The boss isn’t here, just tell me."'),
      explanation: t('避免冲突，感谢信任，说明你已获公司授权，会在政策范围内给出最好的方案。', 'Avoid conflict, thank them for their trust, and say you are authorised to give the best solution policy allows.'),
      spec: {
        kind: 'short_answer',
        keyElements: [['授权'], ['为您', '帮您']],
        sample: t('感谢您的信任。公司已经授权我全权处理这件事，我会在政策允许的范围内为您争取最好的解决办法。', 'Thank you for your trust. The company has authorised me to handle this fully, and I will get you the best solution the policy allows.'),
      },
    },
  ],
};

/** Chapter "complaints": the six steps, question kinds and the mandated record fields. */
export const complaintsQuiz: SeedQuiz = {
  body: {
    ...settings,
    title: t('第六章测验：处理投诉', 'Chapter 6 quiz: handling complaints'),
    description: t('投诉处理六步骤、提问方式与必记字段，含一道改写题。', 'The six steps, kinds of question and the mandated record fields — with one rewrite.'),
    chapter: 'complaints',
    gradeMethod: 'average',
  },
  questions: [
    {
      prompt: t('把处理投诉的六个步骤按顺序排好。', 'Put the six steps of handling a complaint in order.'),
      explanation: t('用心聆听 → 诚挚道歉 → 仔细询问 → 记录问题 → 解决问题 → 礼貌结束。', 'Listen → apologise → ask → record → resolve → close politely.'),
      spec: {
        kind: 'ordering',
        items: [t('用心聆听', 'Listen'), t('诚挚道歉', 'Apologise'), t('仔细询问', 'Ask'), t('记录问题', 'Record'), t('解决问题', 'Resolve'), t('礼貌结束', 'Close politely')],
      },
    },
    judge(
      false,
      t('事实还没查清时，先把全部责任揽下来，客户才会满意。', 'Before the facts are clear, accept all the blame so the customer is satisfied.'),
      t('错。道歉要及时、真诚、适度：为给客户带来的不便道歉，不要在事实查清前承担全部责任，也不要把责任推给同事。', 'False. Apologise promptly, sincerely and in proportion: for the inconvenience, without taking all the blame before the facts are clear, and never blaming a colleague.'),
    ),
    {
      prompt: t('“您是希望换货，还是维修？”属于哪种提问方式？', '"Would you prefer an exchange or a repair?" is which kind of question?'),
      explanation: t('这是选择性（封闭式）提问，让客户在给定的选项中作答。', 'A choice (closed) question: the customer answers from the options given.'),
      spec: { kind: 'single', options: [t('针对性提问', 'Targeted'), t('选择性提问', 'Choice'), t('了解性提问', 'Informational'), t('开放式提问', 'Open')], correct: 1 },
    },
    {
      prompt: t('下列哪些是投诉记录的必填内容？（多选）', 'Which are mandated fields of a complaint record? (choose all that apply)'),
      explanation: t('必记：客户姓名、联系方式、投诉对象、投诉内容、购买或服务时间、问题出现时间、使用方式、客户的要求。', 'Mandated: name, contact details, object of the complaint, content, time of purchase or service, when the problem arose, how the product is used, what the customer asks for.'),
      spec: {
        kind: 'multiple',
        options: [t('客户姓名', 'Customer name'), t('联系方式', 'Contact details'), t('客户的要求', 'What the customer asks for'), t('客户的星座', 'The customer’s star sign')],
        correct: [0, 1, 2],
      },
    },
    {
      prompt: t('把这句回复改得礼貌：“这个不能退，你肯定没看说明书。”', 'Rewrite politely: "This can’t be returned, you obviously didn’t read the manual."'),
      explanation: t('不生硬拒绝，不怀疑客户；先道歉并感谢客户告知，再说明你能做什么、何时答复。', 'No bare refusal and no doubting the customer: apologise and thank them for telling you, then say what you can do and when.'),
      spec: {
        kind: 'short_answer',
        keyElements: [['抱歉', '对不起', '不好意思'], ['为您', '帮您']],
        sample: t('非常抱歉给您添了麻烦，感谢您及时告诉我们。我马上为您查看商品情况，今天下午五点前给您回复处理方案。', 'I am very sorry for the trouble, and thank you for telling us. I will check the item for you right away and give you a solution before 5 pm today.'),
      },
    },
  ],
};
