// The four case studies of the demo academy, written for Lingting from the facts of the method.
import type { CaseContent } from './model.ts';
import { t } from './lesson-helpers.ts';

const village: CaseContent = {
  title: t('抢先一步的村庄：57 户的宽带开通', 'The village a rival reached first: 57 broadband households'),
  narrative: t(
    `某县营业部得知，邻县一家竞争对手已经挨家挨户走访了一个村子，57 户人家都在对方的意向登记表上签了名。营业部的小组没有放弃，第二天一早就带着资费单和施工人员进了村。
村民们顾虑最多的是：钱交了，线迟迟装不上怎么办？小组在村委会门口摆了张桌子，一户一户地解释：我们先安装，装好、试用满意了再付款。施工人员当场演示了安装流程，并留下了片区经理的手机号。
当天下午，57 户全部改签了我们的业务。`,
    `A county sales office learned that a rival from the next county had already visited a village door to door, and all 57 households had signed its letter of intent. The office's team did not give up; early next morning they went to the village with the price list and an installation crew.
What worried villagers most was paying and then waiting for a line that never came. The team set up a table outside the village committee and explained to each household: we install first, and you pay once it is installed and working to your satisfaction. The crew showed how installation works on the spot and left the area manager's mobile number.
By the afternoon, all 57 households had signed with us instead.`,
  ),
  questions: [
    t('竞争对手先到一步，为什么还是输了？村民真正担心的是什么？', 'The rival arrived first — why did it still lose? What were the villagers really worried about?'),
    t('“先安装、后付款”回应了客户的哪些需求？', 'Which customer needs did "install first, pay on installation" answer?'),
  ],
  analysis: t(
    `村民担心的不是价格，而是风险：钱付了，服务却不兑现。小组抓住了这个没说出口的顾虑，用“先安装、后付款”把风险从客户身上拿走，同时满足了信息需求（当面讲清资费和流程）、便利需求（在村口办理）和情感需求（被认真对待、留下能找到的人）。
这也说明“可靠”是客户衡量服务的第一把尺子：承诺能否兑现，比谁先来更重要。`,
    `The villagers feared risk more than price: paying and then not getting the service. The team caught this unspoken worry and, with "install first, pay on installation", took the risk off the customer, while also meeting the information need (prices and steps explained face to face), the convenience need (signing at the village gate) and the emotional need (being taken seriously, with a person they can reach).
It also shows that reliability is the first ruler customers use: whether a promise will be kept matters more than who arrived first.`,
  ),
};

const lockedPhone: CaseContent = {
  title: t('“修好了”还被投诉：一部上了锁的电话', 'Fixed, yet complained about: a locked telephone'),
  narrative: t(
    `一位六十多岁的客户报修：家里电话打不进也打不出。社区经理派人检查了室外线路，没有发现故障。几小时后客户又打来电话，经理仔细询问才发现，原来是话机被客户自己上了锁。
经理在电话里告诉客户用钥匙打开就行，客户却说自己不会，坚持要他上门。经理觉得没必要，但还是去了：找出钥匙、开锁、试机，一切正常。临走时他说了一句“这种小问题你们自己就能解决”，便匆匆离开。
第二天，客户投诉公司不重视他。经理觉得很委屈：故障明明已经排除了。`,
    `A customer in his sixties reported that his home phone could neither make nor receive calls. The community manager had the outdoor line checked and found nothing wrong. A few hours later the customer called again; with careful questions the manager found the handset had been locked by the customer himself.
He told the customer on the phone to unlock it with the key, but the customer said he could not and insisted on a visit. The manager thought it unnecessary but went anyway: found the key, unlocked the phone, tested it — all fine. On leaving he said, "You can sort out small things like this yourselves," and hurried off.
The next day the customer complained that the company did not value him. The manager felt wronged: the fault had been fixed, after all.`,
  ),
  questions: [
    t('问题已经解决，客户为什么还要投诉？', 'The problem was solved — why did the customer still complain?'),
    t('如果你是这位经理，上门时会怎么做、怎么说？', 'If you were the manager, what would you do and say during the visit?'),
  ],
  analysis: t(
    `经理解决了技术问题，却忽略了客户的情感需求。从“没必要上门”的态度到临走那句话，客户感到的是自己的事不值得重视。服务的对象是人，目的不只是把事办完，而是让客户感到被重视、被关心、被尊重。
更好的做法：上门时耐心演示开锁方法，确认客户学会；临走前问一句“还有别的需要帮忙的吗”，并留下联系方式。同样一趟路，换来的可能是一位更忠诚的客户。`,
    `The manager fixed the technical problem but ignored the customer's emotional need. From "no need to visit" to the parting remark, the customer felt his matter was not worth attention. Service is work with people; its aim is not only to get the job done but to make the customer feel valued, cared for and respected.
Better: on the visit, patiently show how to unlock the phone and make sure the customer can do it; before leaving, ask "is there anything else I can help with?" and leave a contact number. The same trip could have won a more loyal customer.`,
  ),
};

const hotel: CaseContent = {
  title: t('酒店里的一通怒气电话', 'An angry call to the hotel'),
  narrative: t(
    `一家五星级酒店的客户部经理接到一位女士的电话。她是一位入住客人的秘书，在电话里大发脾气：早餐送来的牛奶是凉的，留给客人的重要口信没有转达，客人在酒店丢的东西也没找到，这些都影响了她上司的工作。
经理耐心听完，没有辩解。随后他亲自登门拜访，诚恳地表示了歉意和关心，但没有提出任何经济补偿。
第二天，这位秘书又打来电话，为自己前一天的态度道歉。她解释说，那天刚被总裁批评，心情很糟，很感谢经理的耐心和安慰。`,
    `The guest-relations manager of a five-star hotel took a call from a woman, the secretary of a guest. She was furious: the milk at breakfast was cold, an important message for the guest was never passed on, and an item the guest lost in the hotel had not been found — all of which disrupted her boss's work.
The manager heard her out without defending the hotel. He then visited her in person, apologised sincerely and showed concern, but offered no financial compensation.
The next day the secretary called again to apologise for her tone. She explained that her president had just criticised her, she had been in a bad mood, and she was grateful for the manager's patience and comfort.`,
  ),
  questions: [
    t('这位秘书的投诉，主要目的是什么？', 'What was the secretary mainly after with her complaint?'),
    t('经理没有给任何补偿，为什么问题还是解决了？', 'The manager offered no compensation — why was the matter still settled?'),
  ],
  analysis: t(
    `秘书的怒气主要是宣泄：她被上司批评，需要有人听她把话说完。在客户情绪激动时，任何解释都难以奏效，经理选择了聆听和安抚，这正是对情绪失控客户最有效的应对。
这个案例提醒我们：投诉者首先要的是被认真对待和被尊重，补偿并不总是必要的；养成多听少说的习惯，既能化解矛盾，也能保护自己的情绪。`,
    `The secretary was mainly venting: she had been criticised and needed someone to hear her out. While a customer is upset, explanations rarely work; the manager chose to listen and soothe, which is exactly the most effective response to an emotional customer.
The case reminds us that complainers first want to be taken seriously and respected; compensation is not always needed. Listening more and talking less settles conflicts and also protects your own mood.`,
  ),
};

const flight: CaseContent = {
  title: t('航班延误时的候机厅', 'The departure lounge during a delay'),
  narrative: t(
    `一个傍晚，因目的地天气原因，一班满载的航班宣布延误，具体起飞时间未定。候机厅里开始有人抱怨，有人围到登机口询问。
值班主管没有躲进办公室。她先用广播清楚说明原因，承诺每三十分钟通报一次最新情况，并且每次都按时通报；地服人员分头为有转机、带小孩和年长的旅客登记需求，优先安排改签和休息；晚餐时间一到，餐食和热水就送到了登机口。面对一位情绪激动的旅客，她说：“换作是我，也会很着急。我们一起看看怎么安排对您最好。”
两个半小时后航班起飞，没有发生一起冲突，事后还收到了几封表扬信。`,
    `One evening a full flight was delayed by weather at the destination, with no departure time yet. Passengers began to grumble and some crowded the gate with questions.
The duty supervisor did not retreat to the office. She first explained the reason clearly over the speaker and promised an update every thirty minutes — and gave every one on time. Ground staff split up to note the needs of passengers with connections, small children or old age, and arranged rebooking and rest for them first; at dinner time, meals and hot water arrived at the gate. To a very upset passenger she said, "I would be worried too in your place. Let us work out what suits you best."
The flight left two and a half hours later without a single confrontation, and several letters of praise followed.`,
  ),
  questions: [
    t('延误无法避免，主管做了哪些事让旅客愿意等待？', 'The delay could not be avoided. What did the supervisor do that made passengers willing to wait?'),
    t('她对那位激动旅客的回应，用到了本课程中的哪些方法？', 'Which methods of this course did her reply to the upset passenger use?'),
  ],
  analysis: t(
    `主管把不确定变成了可预期：说明原因、承诺通报频率并按时兑现，这就是可靠和响应；主动照顾有特殊需要的旅客、送上餐食，回应的是同理和便利需求。
对激动旅客，她先承认对方的情绪，而不是否定它；再用“我们一起看看”把对方变成合作者，这正是应对情绪失控客户的要点。坏消息本身未必让人不满，让人不满的是被冷落和没人管。`,
    `The supervisor turned uncertainty into something predictable: she explained the cause, promised a rhythm of updates and kept it — reliability and responsiveness. Caring first for passengers with special needs and bringing meals answered empathy and convenience.
With the upset passenger she acknowledged the feeling instead of denying it, then made him a partner with "let us work out" — the heart of handling an emotional customer. Bad news itself need not make people unhappy; being ignored does.`,
  ),
};

/** The four cases, in the order the academy lists them. */
export const caseStudies: CaseContent[] = [village, lockedPhone, hotel, flight];
