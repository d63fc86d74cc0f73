// The method course, chapters 1–3: knowing, receiving and satisfying the customer (written for Lingting).
import type { LessonContent } from './model.ts';
import { lesson, reflect, spot, t } from './lesson-helpers.ts';

const knowing = lesson(
  'knowing',
  t('第一章 认识客户：需求、类型与层级', 'Chapter 1 · Knowing the customer: needs, types and tiers'),
  t(
    `<p>服务从了解对方开始。同一句话，说给不同的客户听，效果可能完全相反；只有先弄清客户是谁、要什么，后面的接待、倾听和解决才有方向。</p>
<h2>一次服务的五个阶段</h2>
<p>一次完整的服务通常经历<strong>接待 → 理解 → 打动 → 满足 → 留住</strong>五个阶段。很多人只盯着“满足”，却忘了前两步没做好，后面就无从谈起；也有人把事情办完就结束，错过了“留住”这一步。</p>
<h2>客户的四种需求</h2>
<ul>
<li><strong>信息需求</strong>：想知道产品怎么用、费用怎么算、问题多久能解决。答得准、答得全，是最基本的专业。</li>
<li><strong>环境需求</strong>：营业厅是否整洁、排队是否有座位、电话是否要等很久。舒适的环境让人愿意多停留一会儿。</li>
<li><strong>情感需求</strong>：希望被欣赏、被理解、被尊重。这种需求客户很少说出口，却往往最敏感——叫得出客户的名字、说话时看着对方、耐心听完，都是在回应它。</li>
<li><strong>便利需求</strong>：少跑腿、少填表、少转接。能一次办完的，不要让客户来第二次。</li>
</ul>
<h2>客户如何评价服务质量</h2>
<p>客户心里有五把尺子：<strong>可靠</strong>（说到做到）、<strong>响应</strong>（愿意帮、动作快）、<strong>可信</strong>（专业、有礼、让人放心）、<strong>同理</strong>（把客户当成一个具体的人来关心）、<strong>有形</strong>（环境、设备、仪表和资料给人的印象）。</p>
<h2>四种服务类型</h2>
<p>把“设施”“规范”“技能”三者组合起来看，服务大致分为四类：<strong>漠不关心型</strong>三者都弱；<strong>循规蹈矩型</strong>有规范、有设施，但人的技能不足，应当加强技能训练；<strong>面容友好型</strong>态度热情，但设施和规范跟不上，应当补齐硬件和流程；<strong>优质服务型</strong>三者兼备，是我们的目标。</p>
<h2>客户的层级与关系</h2>
<p>按成熟度，客户分为<strong>现行客户</strong>（正在交易）、<strong>目标客户</strong>（已有接触，下一步最可能成交）和<strong>潜在客户</strong>。按关系深浅，又分为买卖中介、优先选择、合作伙伴、战略联盟四级。大多数客户做到“优先选择”就足够了，关系越深投入越大，要把资源用在值得的客户身上。</p>
<p>细分客户时可以从业务/产品、地区、规模/等级、属性、价值观/需求五个维度入手。联系节奏也有讲究：现有客户至少每周联系一次，转介绍人定期问候，每半个月至少联系三位潜在客户——一个潜在客户平均要接触七次左右才会记住你。</p>`,
    `<p>Service starts with knowing who you serve. The same sentence can please one customer and annoy another; only when you know who the customer is and what they want do receiving, listening and resolving have a direction.</p>
<h2>The five stages of a service</h2>
<p>A complete service passes through <strong>receive → understand → move → satisfy → retain</strong>. Many people focus only on "satisfy" and forget that nothing works when the first two stages fail; others stop once the task is done and miss "retain".</p>
<h2>Four customer needs</h2>
<ul>
<li><strong>Information</strong>: how the product works, what it costs, how long a fix takes. Accurate, complete answers are the baseline of professionalism.</li>
<li><strong>Environment</strong>: a tidy shop, a seat while queuing, a phone line without a long wait. A comfortable setting makes people willing to stay.</li>
<li><strong>Emotional</strong>: to be appreciated, understood and respected. Customers rarely say it, yet it is often the most sensitive need — using their name, looking at them, hearing them out all answer it.</li>
<li><strong>Convenience</strong>: fewer trips, fewer forms, fewer transfers. What can be done in one visit should not need a second.</li>
</ul>
<h2>How customers judge service quality</h2>
<p>Customers measure with five rulers: <strong>reliability</strong> (doing what was promised), <strong>responsiveness</strong> (willing and quick), <strong>assurance</strong> (competent, courteous, reassuring), <strong>empathy</strong> (caring for them as a person) and <strong>tangibles</strong> (premises, equipment, appearance and materials).</p>
<h2>Four types of service</h2>
<p>Combine facilities, norms and skills and you get four types: <strong>indifferent</strong> — weak on all three; <strong>rule-bound</strong> — norms and facilities in place but weak skills, so train the people; <strong>friendly-faced</strong> — warm people but facilities and norms lagging, so fix the hardware and procedures; <strong>quality service</strong> — all three strong, which is our aim.</p>
<h2>Customer tiers and relationships</h2>
<p>By maturity, customers are <strong>current</strong> (transacting now), <strong>target</strong> (in contact and likely next) or <strong>potential</strong>. By depth of relationship there are four levels: transactional, preferred, partner and strategic alliance. Most customers need no more than "preferred"; deeper relationships cost more, so spend resources where they pay.</p>
<p>Segment customers by business/product, region, scale/grade, attributes and values/needs. Keep a rhythm of contact: existing customers at least weekly, referrers from time to time, and at least three prospects every half month — a prospect needs about seven contacts before they remember you.</p>`,
  ),
  {
    zh: ['服务五阶段：接待、理解、打动、满足、留住', '四种需求：信息、环境、情感、便利——情感需求最少被说出口', '服务质量五维度：可靠、响应、可信、同理、有形', '客户分现行、目标、潜在三层；多数客户做到“优先选择”即可'],
    en: ['Five stages: receive, understand, move, satisfy, retain', 'Four needs: information, environment, emotional, convenience — the emotional one is seldom voiced', 'Five quality dimensions: reliability, responsiveness, assurance, empathy, tangibles', 'Tiers: current, target, potential; most customers need no more than "preferred"'],
  },
  [
    reflect(
      t('回想你最近接待的一位客户：他除了要办的事，还有哪种需求没有说出口？', 'Think of a customer you served recently: besides the task, which need did they leave unsaid?'),
      t('多数情况下是情感需求：希望被重视、被理解。比如反复确认的客户，往往是在担心没人真正管他的事——明确告诉他谁在跟进、什么时候回复，比再解释一遍流程更管用。', 'Usually the emotional need: to feel taken seriously. A customer who keeps checking is often afraid nobody really owns the matter — telling them who follows it up and when they will hear back helps more than explaining the process again.'),
    ),
  ],
);

const receiving = lesson(
  'receiving',
  t('第二章 接待客户：准备、仪表、语言与电话礼仪', 'Chapter 2 · Receiving the customer: preparation, appearance, language and phone manner'),
  t(
    `<p>第一印象往往在几秒钟内形成，而且很难改变。接待是服务的第一步，值得倾注全力。</p>
<h2>接待前的准备</h2>
<p>开口之前先做两件事：<strong>调整心情</strong>——把上一通电话的情绪放下；<strong>了解客户</strong>——打开客户档案，看看他是谁、买过什么、最近联系过什么。能一开口就叫出客户的名字、说出他上次的问题，客户会立刻感到被重视。</p>
<h2>仪表与举止</h2>
<p>仪表修饰遵循四个原则：<strong>适体</strong>（与自己的身份、体型相称）、<strong>合乎时间地点场合</strong>、<strong>整体协调</strong>、<strong>适度</strong>（干净整洁胜过华丽）。面对面服务时，表情和眼神是一块告示牌：微笑、目光专注、点头回应，都在告诉客户“我在听”。客户走近时，几秒钟之内就应该看向他、招呼他。</p>
<h2>服务语言的四项要求</h2>
<ul>
<li><strong>有逻辑</strong>：先想清楚再说，层次分明。</li>
<li><strong>有重点</strong>：重要信息突出讲，次要内容少讲。</li>
<li><strong>真实准确</strong>：不夸大、不虚假承诺，否则客户一旦发现，信任就打了折扣。</li>
<li><strong>文明有礼</strong>：即使对方态度不好，也保持礼貌和平和。</li>
</ul>
<h2>声音的规范</h2>
<p>发音清晰，音量以对方听清为准并与对方大致一致。语调要自然、温和、克制，避免讽刺和不耐烦。语速要跟着客户调整：<strong>客户生气时，有意比他慢一些</strong>，帮他稳定下来；<strong>客户着急时，可以比他稍快</strong>，让他感到你和他站在一边。</p>
<h2>三声、四心与七大过失</h2>
<p>“三声”：来有迎声、问有答声、走有送声。“四心”：接待热心、帮助诚心、解答耐心、处理细心。要避开服务中的七大过失：冷漠、推卸责任、冷若冰霜、自高自大、机械服务、拿规定当挡箭牌、让客户在部门之间来回跑。</p>
<h2>电话礼仪</h2>
<p>电话里客户看不到你的表情，声音就是全部。铃响尽快接听，先问候并报出公司和自己的工号；需要客户等待时先征得同意，回来时说“感谢您的耐心等待”，而不是“抱歉让您久等”；挂断前确认还有没有其他需要，等客户先挂机。</p>`,
    `<p>First impressions form in seconds and are hard to change. Receiving the customer is the first step of service and deserves full attention.</p>
<h2>Before you receive</h2>
<p>Do two things before speaking: <strong>reset your mood</strong> — leave the last call behind — and <strong>know the customer</strong> — open their file and see who they are, what they bought and what they contacted us about lately. Greeting a customer by name and recalling their last issue makes them feel valued at once.</p>
<h2>Appearance and bearing</h2>
<p>Grooming follows four principles: <strong>suited</strong> to your role and build, <strong>right for the time, place and occasion</strong>, <strong>coherent as a whole</strong> and <strong>moderate</strong> (clean and neat beats showy). Face to face, expression and eyes are a notice board: a smile, steady eye contact and a nod all say "I am listening". When a customer approaches, look at and greet them within a few seconds.</p>
<h2>Four requirements of service language</h2>
<ul>
<li><strong>Logical</strong>: think before you speak; structure what you say.</li>
<li><strong>Focused</strong>: stress what matters, say less about what does not.</li>
<li><strong>Truthful</strong>: no exaggeration, no false promises — once found out, trust drops.</li>
<li><strong>Polite</strong>: stay courteous and calm even when the customer is not.</li>
</ul>
<h2>Using your voice</h2>
<p>Speak clearly, at a volume the customer hears easily and roughly matching theirs. Keep the tone natural, warm and restrained, never sarcastic or impatient. Adjust your pace to the customer: <strong>slower than an angry customer</strong>, to help them settle; <strong>a little faster than an anxious one</strong>, so they feel you are on their side.</p>
<h2>Three voices, four hearts and the seven sins</h2>
<p>"Three voices": greet on arrival, answer when asked, say farewell on leaving. "Four hearts": warm reception, sincere help, patient answers, careful handling. Avoid the seven sins of service: indifference, passing the buck, coldness, arrogance, robotic service, hiding behind the rules, and sending the customer from department to department.</p>
<h2>Phone manner</h2>
<p>On the phone the customer cannot see you; your voice is everything. Answer promptly, greet and give the company and your staff number; ask before putting someone on hold and, when back, say "thank you for your patience" rather than "sorry to keep you waiting"; before ending, ask whether anything else is needed and let the customer hang up first.</p>`,
  ),
  {
    zh: ['接待前先调整心情、查看客户档案', '仪表四原则：适体、合乎场合、整体协调、适度', '客户生气时语速放慢，着急时稍快', '三声四心；避开七大过失', '等待后说“感谢您的耐心等待”'],
    en: ['Before receiving: reset your mood and read the customer file', 'Grooming: suited, right for the occasion, coherent, moderate', 'Slower than an angry customer, a little faster than an anxious one', 'Three voices and four hearts; avoid the seven sins', 'After a hold, say "thank you for your patience"'],
  },
  [
    spot(t('找出不妥的说法：“抱歉让您久等了，您的问题我试试看吧。”', 'Find the weak wording: "Sorry to keep you waiting, I\'ll try to see about your problem."'), t('“久等”强化了等待的感受，“试试看”让人不抱希望。更好的说法：“感谢您的耐心等待，您的问题我一定尽力为您解决。”', '"Keep you waiting" stresses the wait and "I\'ll try" sounds hopeless. Better: "Thank you for your patience — I will do my best to resolve this for you."')),
  ],
);

const satisfying = lesson(
  'satisfying',
  t('第三章 满足客户：期望、倾听、提问与服务差距', 'Chapter 3 · Satisfying the customer: expectations, listening, asking and the service gaps'),
  t(
    `<p>满意不是一个绝对值，而是客户<strong>感知</strong>与<strong>期望</strong>之间的比较：感知高于期望，客户非常满意；两者相当，客户满意；感知低于期望，客户就不满意。所以提升满意度有三条路：<strong>超越期望、满足期望，或者在必要时坦诚地调整期望</strong>。</p>
<h2>客户的让渡价值</h2>
<p>客户掂量的是“值不值”：得到的总价值（产品、服务、人员、形象）减去付出的总成本（金钱、时间、精力、体力）。哪怕价格不变，替客户省下一次跑腿、一次重复说明，都在提高他得到的价值。</p>
<h2>倾听</h2>
<p>有效倾听的要点：让客户把话说完，不抢话、不急着辩解；用“嗯”“我明白”给出回应；听出话外之音；保持平和，不被自己的情绪带走。即使你不同意客户的看法，也先听懂，再回应——倾听不是为了争出对错。</p>
<h2>提问</h2>
<p>提问之前先表明帮忙的意愿。常用的问题有六种：<strong>针对性</strong>问题，直指关键信息；<strong>选择性</strong>问题，让客户回答“是/否”或二选一；<strong>了解性</strong>问题，收集资料时先说明为什么要问；<strong>澄清性</strong>问题，弄清含糊的说法；<strong>征询性</strong>问题，提出方案并征求同意；<strong>开放式</strong>问题，让客户多说。问完用自己的话复述一遍，确认理解一致。</p>
<h2>五种服务质量差距</h2>
<ol>
<li>客户的期望与管理层对这种期望的认识之间的差距；</li>
<li>管理层的认识与制定出的服务标准之间的差距；</li>
<li>服务标准与实际提供的服务之间的差距；</li>
<li>实际服务与对外宣传、承诺之间的差距；</li>
<li>客户期望的服务与感知到的服务之间的差距——前四种差距最终都汇成这一种。</li>
</ol>
<h2>制定服务标准</h2>
<p>先划分服务流程的各个环节，再列出每个环节的步骤和薄弱点，想清楚怎样做能让客户感觉更好，最后把它落实为产品标准、操作流程标准和人员服务标准。能衡量的，才能管理。</p>`,
    `<p>Satisfaction is not an absolute; it compares what the customer <strong>perceives</strong> with what they <strong>expected</strong>: above expectation, very satisfied; equal, satisfied; below, dissatisfied. So there are three ways to raise it: <strong>exceed expectations, meet them, or — when needed — honestly reset them</strong>.</p>
<h2>Customer delivered value</h2>
<p>Customers weigh whether it is worth it: total value received (product, service, personnel, image) minus total cost (money, time, energy, physical effort). Even at the same price, saving a customer a trip or a repeated explanation raises the value they get.</p>
<h2>Listening</h2>
<p>Listening well means letting the customer finish, not interrupting or rushing to defend; giving signals such as "I see" or "I understand"; hearing what is left unsaid; and staying calm instead of being carried by your own feelings. Even when you disagree, understand first, then respond — listening is not about winning.</p>
<h2>Asking</h2>
<p>Before asking, show that you want to help. Six kinds of question are useful: <strong>targeted</strong>, straight to the key fact; <strong>choice or closed</strong>, yes/no or one of two; <strong>informational</strong>, gathering details — say why you ask; <strong>clarifying</strong>, to pin down vague words; <strong>consultative</strong>, proposing a solution and asking consent; <strong>open</strong>, inviting the customer to say more. Then paraphrase to confirm you understood the same thing.</p>
<h2>The five service-quality gaps</h2>
<ol>
<li>between what customers expect and what management thinks they expect;</li>
<li>between management's perception and the service standards set;</li>
<li>between the standards and the service actually delivered;</li>
<li>between the service delivered and what was promised externally;</li>
<li>between expected and perceived service — where the first four end up.</li>
</ol>
<h2>Setting service standards</h2>
<p>Divide the service into its sequence, outline the steps and weak points of each stage, decide what would make the customer feel better, and turn it into product, procedure and personal-service standards. What you can measure, you can manage.</p>`,
  ),
  {
    zh: ['满意 = 感知与期望之比：超越、满足或调整期望', '让渡价值 = 总价值 − 总成本（金钱、时间、精力、体力）', '六种提问：针对、选择、了解、澄清、征询、开放；问后复述', '五种差距，最终汇成“期望与感知”的差距', '能衡量的，才能管理'],
    en: ['Satisfaction compares perception with expectation: exceed, meet or reset', 'Delivered value = total value − total cost (money, time, energy, effort)', 'Six questions: targeted, choice, informational, clarifying, consultative, open; then paraphrase', 'Five gaps, ending in expected versus perceived service', 'What you can measure, you can manage'],
  },
  [
    reflect(t('客户说“你们上次说两天就好，结果等了一周”。这是哪一种服务差距？', 'A customer says "You said two days last time and it took a week." Which gap is this?'), t('主要是第四种差距：实际服务与对外承诺不符。承诺时间要留有余地，一旦可能延误，主动提前告知客户并给出新的时间。', 'Mainly the fourth gap: delivery fell short of what was promised. Promise with a margin, and when a delay looms, tell the customer first and give a new time.')),
    spot(t('找出不妥的说法：“您说的我明白，但是规定就是这样。”', 'Find the weak wording: "I understand what you say, but those are the rules."'), t('“但是”抹掉了前面的理解，“规定就是这样”是在拿规定当挡箭牌。可以说：“我理解您的着急，因为这项业务需要本人到场核验，我先帮您预约最近的营业厅，好吗？”', '"But" cancels the understanding, and "those are the rules" hides behind the rules. Try: "I understand you are in a hurry. Because this service needs an identity check in person, may I book you a slot at the nearest shop?"')),
  ],
);

/** Chapters 1–3 of the method course. */
export const customerLessons: LessonContent[] = [knowing, receiving, satisfying];
