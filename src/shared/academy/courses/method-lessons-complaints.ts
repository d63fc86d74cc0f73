// The method course, chapters 4–6: keeping customers, difficult customers and complaints (written for Lingting).
import type { LessonContent } from './model.ts';
import { lesson, reflect, spot, t } from './lesson-helpers.ts';

const keeping = lesson(
  'keeping',
  t('第四章 留住客户：满意、忠诚与客户为何离开', 'Chapter 4 · Keeping the customer: satisfaction, loyalty and why customers leave'),
  t(
    `<p>满意的客户不一定忠诚，但不满意的客户一定会离开。忠诚来自一次又一次的满意：持续购买、一次买齐所需、主动向别人推荐，最终和企业结成利益共同体。</p>
<h2>客户为什么离开</h2>
<p>培训材料中常被引用的一组数字：因搬家、工作调动等原因离开的不到 10%；因为更喜欢竞争对手的产品或价格而离开的不到 10%；因为对某种产品不满意而离开的不到 15%；而<strong>超过 65% 的客户，是因为员工冷漠、对受接待的方式不满而离开</strong>。</p>
<p>其他常见原因还有：需求没有被满足；受到不公平或不诚实的对待（大客户与小客户区别对待、承诺没有兑现）；服务体系有漏洞（下单、账单、物流、电话总是出问题）；投诉没有被妥善处理。</p>
<h2>几组值得记住的数字</h2>
<ul>
<li>96% 不满意的客户不会投诉——收到一次投诉，背后大约有 25 位不满意的客户。</li>
<li>一位不满意的客户会把经历告诉 8 到 20 个人，满意的客户只会告诉 3 到 10 个人。</li>
<li>投诉得到解决，54%–70% 的客户会再次购买；解决得快，这一比例可达 95%。</li>
<li>被成功挽回的投诉客户，忠诚度大约是普通客户的两倍。</li>
<li>开发一位新客户的成本，是留住一位老客户的 5 到 15 倍。</li>
</ul>
<h2>建立忠诚的做法</h2>
<p>信任客户；在力所能及时提供一点“额外”的服务；出了差错全力弥补；对客户心怀感激；主动帮助而不是等客户开口。让投诉变得容易——大多数不满的客户不会抱怨，他们只是悄悄离开。每一位流失的客户都值得分析原因，并把它当作改进服务的线索。</p>`,
    `<p>A satisfied customer is not always loyal, but a dissatisfied one will surely leave. Loyalty grows from satisfaction repeated: buying again, buying everything needed in one place, recommending us, and in the end sharing interests with the company.</p>
<h2>Why customers leave</h2>
<p>A set of figures often quoted in training: under 10% leave because they move or change jobs; under 10% because they prefer a competitor's product or price; under 15% because they are unhappy with a product; and <strong>over 65% because staff were indifferent and they disliked how they were treated</strong>.</p>
<p>Other common causes: needs left unmet; unfair or dishonest treatment (big and small customers treated differently, promises not kept); gaps in the service system (ordering, billing, logistics, calls that keep going wrong); complaints mishandled.</p>
<h2>Figures worth remembering</h2>
<ul>
<li>96% of dissatisfied customers never complain — one complaint stands for about 25 unhappy customers.</li>
<li>An unhappy customer tells 8 to 20 people; a happy one tells 3 to 10.</li>
<li>When a complaint is resolved, 54–70% of complainers buy again; resolved quickly, up to 95%.</li>
<li>A recovered complainer is about twice as loyal as an ordinary customer.</li>
<li>Winning a new customer costs 5 to 15 times as much as keeping one.</li>
</ul>
<h2>Building loyalty</h2>
<p>Trust the customer; give a little extra where you can; when something goes wrong, do everything to put it right; be grateful; help before being asked. Make complaining easy — most unhappy customers do not complain, they quietly leave. Every lost customer deserves an analysis of why, as a lead for improving the service.</p>`,
  ),
  {
    zh: ['超过 65% 的客户因员工冷漠而离开', '96% 的不满客户不投诉：一次投诉 ≈ 25 位不满客户', '快速解决投诉，95% 的客户会再次购买', '开发新客户的成本是留住老客户的 5–15 倍', '让投诉变得容易，分析每一位流失客户'],
    en: ['Over 65% of customers leave over staff indifference', '96% of unhappy customers never complain: one complaint ≈ 25 unhappy customers', 'Resolved quickly, 95% of complainers buy again', 'A new customer costs 5–15 times keeping one', 'Make complaining easy; analyse every lost customer'],
  },
  [
    reflect(t('如果你的班组这个月投诉量下降了一半，能说明服务变好了吗？', 'If your team\'s complaints halved this month, does that prove service improved?'), t('不一定。大多数不满的客户根本不投诉，投诉少也可能是投诉渠道不畅，或客户已经失望离开。要结合满意度回访、流失客户分析一起看。', 'Not necessarily. Most unhappy customers never complain; fewer complaints may mean complaining got harder or customers gave up and left. Read it together with satisfaction follow-ups and churn analysis.')),
  ],
);

const difficult = lesson(
  'difficult',
  t('第五章 棘手客户：类型、原则、步骤与应对', 'Chapter 5 · Difficult customers: types, principles, steps and playbooks'),
  t(
    `<p>每位客服都会遇到棘手的客户。关键是保持冷静、保持专业：先判断客户属于哪种类型，再用对应的方法应对。</p>
<h2>情绪的信号</h2>
<p><strong>温和型</strong>客户平时不露声色，但一次语气上的误会、一次过长的电话等待，都可能让他突然翻脸；<strong>怒气型</strong>客户一开始就带着敌意，如果不体谅他的情绪，怒火会继续升级。</p>
<h2>应对原则</h2>
<ul>
<li>以合作求双赢，而不是争输赢。</li>
<li>合理的要求尽量满足；不合理的要求要拒绝，但以政策为理由并表示歉意。</li>
<li>棘手个案交给受过训练的资深客服处理。</li>
</ul>
<h2>应对步骤</h2>
<p>保持冷静 → 判断棘手客户的类型 → 从语气、措辞、身体语言和情绪中找出客户真正的问题或需求 → 选用对应的应对方法 → 给出明确的承诺并跟进。</p>
<h2>六类棘手客户的应对</h2>
<h3>情绪失控</h3>
<p><strong>表现：</strong>抵触、激动，甚至辱骂</p>
<p><strong>应对：</strong>尊重并理解他的情绪（绝不说“您没必要这么生气”）；努力安抚；让他把话说完，不用“是，但是……”打断；用具体承诺让他放心；请他说出自己的方案，合理就采纳</p>
<h3>固执</h3>
<p><strong>表现：</strong>坚持己见，听不进解释</p>
<p><strong>应对：</strong>简短、果断地说明政策；必要时给一点额外的补偿</p>
<h3>唠叨</h3>
<p><strong>表现：</strong>说个不停，反复重复</p>
<p><strong>应对：</strong>先耐心听；开始重复时适时接过话头：“您说的情况我已经完全了解了……”，然后提出方案</p>
<h3>妄自尊大</h3>
<p><strong>表现：</strong>要求别人放下一切先为他服务</p>
<p><strong>应对：</strong>表示尊重、避免冲突，同时维护公平的秩序，并告诉他需要等多久</p>
<h3>要找老板</h3>
<p><strong>表现：</strong>“叫你们领导来跟我说”</p>
<p><strong>应对：</strong>避免冲突，说明你已获得充分授权，能在政策范围内给他最好的服务</p>
<h3>挑剔</h3>
<p><strong>表现：</strong>在细节上反复挑毛病</p>
<p><strong>应对：</strong>感谢并称赞他的细心，营造融洽气氛，问清到底哪里不满意，承诺补救并给出时间</p>`,
    `<p>Every agent meets difficult customers. The key is to stay calm and professional: first tell which type the customer is, then use the matching approach.</p>
<h2>Mood signals</h2>
<p>The <strong>mild</strong> customer gives little away, yet one misread tone or one long hold on the phone can turn them suddenly; the <strong>angry</strong> customer starts hostile, and if their feelings are ignored the anger keeps rising.</p>
<h2>Principles</h2>
<ul>
<li>Cooperate for a win-win rather than fight to win.</li>
<li>Meet reasonable requests; refuse unreasonable ones, giving the policy as the reason and apologising.</li>
<li>Only trained senior agents take difficult cases.</li>
</ul>
<h2>Steps</h2>
<p>Stay calm → identify the type → find the real problem or need from tone, wording, body language and mood → choose the matching approach → give a clear commitment and follow it up.</p>
<h2>Six difficult types</h2>
<h3>Emotional</h3>
<p><strong>Signs:</strong> Hostile, agitated, even insulting</p>
<p><strong>Playbook:</strong> Respect and acknowledge the feeling (never "no need to be so angry"); calm them; let them vent without "yes, but"; reassure with a concrete commitment; ask for their own proposal and adopt it when reasonable</p>
<h3>Stubborn</h3>
<p><strong>Signs:</strong> Holds to their view, will not hear explanations</p>
<p><strong>Playbook:</strong> Be brief and decisive about the policy; a small extra compensation if needed</p>
<h3>Talkative</h3>
<p><strong>Signs:</strong> Talks on and repeats</p>
<p><strong>Playbook:</strong> Listen first; when they repeat, step in — "I have fully understood your situation…" — and propose</p>
<h3>Arrogant</h3>
<p><strong>Signs:</strong> Wants everything dropped for them</p>
<p><strong>Playbook:</strong> Show respect and avoid conflict while keeping a fair order; tell them how long the wait is</p>
<h3>Boss-demanding</h3>
<p><strong>Signs:</strong> "Put your manager on"</p>
<p><strong>Playbook:</strong> Avoid conflict; explain that you are fully authorised to give the best service the policy allows</p>
<h3>Picky</h3>
<p><strong>Signs:</strong> Nitpicks details</p>
<p><strong>Playbook:</strong> Thank and praise their care, build harmony, find out exactly what displeases them, commit to a remedy with a time</p>`,
  ),
  {
    zh: ['温和型客户可能突然翻脸，怒气型一开始就有敌意', '合理要求尽量满足，不合理的以政策为由并致歉', '先判断类型，再用对应的方法', '绝不否定客户的情绪'],
    en: ['Mild customers can turn suddenly; angry ones start hostile', 'Meet reasonable requests; refuse others citing policy, with an apology', 'Identify the type, then use its playbook', 'Never deny the customer\'s emotion'],
  },
  [
    spot(t('找出不妥的说法：“您先别激动，没必要发这么大火。”', 'Find the weak wording: "Calm down, there\'s no need to get so angry."'), t('这是在否定客户的情绪，只会火上浇油。可以说：“我能理解您现在很着急，换作是我也会不舒服。您把情况告诉我，我来帮您处理。”', 'It denies the customer\'s feeling and adds fuel. Try: "I can see why you are upset — I would be too. Tell me what happened and I will sort it out with you."')),
    reflect(t('客户第三次重复同一段经历，你该怎么接话？', 'The customer tells the same story for the third time. How do you step in?'), t('礼貌地接过话头并复述要点：“您的情况我已经完全了解了：手机买了十天，充电时发烫。我现在为您安排检测，今天下午五点前给您回复，可以吗？”', 'Step in politely and paraphrase: "I have fully understood: the phone is ten days old and gets hot while charging. I will arrange a check now and call you back before five this afternoon — is that all right?"')),
  ],
);

const complaints = lesson(
  'complaints',
  t('第六章 处理投诉：原因、诉求与六个步骤', 'Chapter 6 · Complaints: causes, what complainers want and the six steps'),
  t(
    `<p>投诉很少突然出现。它往往从<strong>潜在抱怨</strong>开始（产品或服务有缺陷，客户还没在意），发展为<strong>显在抱怨</strong>（客户开始不满、念叨），最后才变成<strong>投诉</strong>。在抱怨阶段就接住它，成本最低。</p>
<h2>投诉的常见原因</h2>
<p>员工态度；产品质量；售后维修质量；网络或通信故障；员工工作失误；不认同企业的经营方式（例如缴费时间）；客户的期望高于企业自身的标准；虚假或夸大的宣传；价格欺诈（虚假标价、误导性价格、含糊的赠品、价格承诺不兑现、价不符实等）；环境；人身或财产安全；以及客户自身提出的不合理要求。</p>
<h2>投诉的客户想要什么</h2>
<p>被认真对待、得到尊重、获得补偿、问题马上有人处理。先满足前两条，后两条才谈得下去。</p>
<h2>处理投诉的六个步骤</h2>
<ol>
<li><strong>用心聆听</strong>：让客户把话说完，表示理解——“我明白您的意思”。</li>
<li><strong>诚挚道歉</strong>：先感谢客户提出问题，再以“我”的名义及时、适度地道歉；事实未清之前不要把责任全揽下来，更不能把责任推给同事。</li>
<li><strong>仔细询问</strong>：先表明愿意帮忙，再用合适的问题弄清事实，最后复述确认。</li>
<li><strong>记录问题</strong>：客户姓名、联系方式、投诉对象（产品/服务/人员）、投诉内容、购买或服务时间、问题出现的时间、客户的使用方式、客户的要求。</li>
<li><strong>解决问题</strong>：先问客户希望怎样解决，提供可选方案，承诺完成时间并随时告知进展；超出权限的及时上报；需要其他部门处理的，由你出面联系，而不是让客户自己去找；事后可寄送致歉信或感谢信。</li>
<li><strong>礼貌结束</strong>：询问客户是否接受处理结果、还有没有其他需要，并感谢他。</li>
</ol>
<p>关于产品的意见转给研发和生产部门，关于服务的意见转给客服部门。棘手的个案要记录处理过程和结果，由主管评估，并通过回访确认客户是否满意、有没有新的需求。当很多客户提出同样的“不合理”要求时，要反过来审视政策本身。</p>`,
    `<p>Complaints seldom appear out of nowhere. They start as <strong>latent dissatisfaction</strong> (a flaw the customer has not yet minded), grow into an <strong>explicit grievance</strong> (the customer grumbles) and only then become a <strong>complaint</strong>. Catching it at the grievance stage costs least.</p>
<h2>Common causes</h2>
<p>Staff attitude; product quality; quality of after-sales repair; network or communication faults; staff errors; disagreement with business policy (payment hours, for example); expectations above the company's own standard; false or exaggerated information; price fraud (false price tags, misleading prices, vague giveaways, price promises not kept, price not matching value); the environment; safety of person or property; and the customer's own unreasonable demands.</p>
<h2>What a complainer wants</h2>
<p>To be taken seriously, to be respected, to be compensated and to see action at once. Meet the first two and the other two become possible to discuss.</p>
<h2>The six steps</h2>
<ol>
<li><strong>Listen</strong>: let the customer finish and acknowledge — "I understand what you mean".</li>
<li><strong>Apologise</strong>: first thank them for raising it, then apologise in the first person, promptly and in proportion; do not take all the blame before the facts are clear, and never blame a colleague.</li>
<li><strong>Ask</strong>: say you want to help, ask the right questions to establish the facts, then paraphrase to confirm.</li>
<li><strong>Record</strong>: name, contact details, object of the complaint (product / service / staff member), content, time of purchase or service, when the problem arose, how the customer uses the product, and what they ask for.</li>
<li><strong>Resolve</strong>: ask what the customer would like, offer options, commit to a time and keep them informed; escalate when it is beyond your authority; if another department owns it, contact them yourself rather than sending the customer; afterwards an apology or thank-you letter can follow.</li>
<li><strong>Close politely</strong>: ask whether the result is acceptable and whether anything else is needed, and thank them.</li>
</ol>
<p>Opinions on the product go to R&amp;D and production; opinions on service go to customer service. Difficult cases are recorded with their process and result, evaluated by a supervisor and followed up with a visit asking whether the customer is satisfied and has new needs. When many customers make the same "unreasonable" request, review the policy itself.</p>`,
  ),
  {
    zh: ['潜在抱怨 → 显在抱怨 → 投诉：越早接住成本越低', '投诉者要的是：被重视、被尊重、补偿、马上行动', '六步骤：聆听、道歉、询问、记录、解决、礼貌结束', '其他部门的事由你出面联系，不让客户自己跑'],
    en: ['Latent → explicit grievance → complaint: catch it early', 'Complainers want to be taken seriously, respect, compensation, action now', 'Six steps: listen, apologise, ask, record, resolve, close politely', 'When another department owns it, you contact them — not the customer'],
  },
  [
    spot(t('找出不妥的说法：“这个不归我们部门管，您打售后电话吧。”', 'Find the weak wording: "That\'s not our department, call after-sales."'), t('这是推卸责任、让客户来回跑。可以说：“这件事由售后的同事负责，我现在就帮您联系他们，今天之内给您回电。”', 'It passes the buck and sends the customer around. Try: "A colleague in after-sales owns this; I will contact them for you now and call you back today."')),
    reflect(t('为什么道歉之前要先感谢客户？', 'Why thank the customer before apologising?'), t('感谢表明你把投诉当作帮助而不是麻烦，客户会感到被重视；接下来的道歉也就显得真诚，而不是敷衍。', 'Thanks shows you treat the complaint as help rather than trouble, so the customer feels valued — and the apology that follows sounds sincere rather than routine.')),
  ],
);

/** Chapters 4–6 of the method course. */
export const complaintLessons: LessonContent[] = [keeping, difficult, complaints];
