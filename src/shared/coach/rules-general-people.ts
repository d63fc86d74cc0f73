// General rules about where responsibility lands, built from how Chinese expresses each category
// (second person × obligation or hindsight; an owner × "管/负责"; questioning the customer's account)
// so that wording the phrase rules never saw is caught too.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { anyOf, gap, MISTAKES, OTHER_PARTIES, OWNERS, TAKES_IT_ON } from './lexicon.ts';

const YOU = '[你您]';
// The agent offering help in the same sentence turns advice about next time into a tip.
const AGENT_HELPS = '我(?:们)?(?:给|帮|为|替|来)您|为您|帮您|给您|替您';

/** General rules for the you_blame, passing_buck and doubting categories. */
export const generalPeopleRules: CoachRule[] = [
  {
    id: 'you_blame.general',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        `(?:下次|下回)${YOU}?${gap(1)}(?:记住|记得|注意|一定要|要先|得先|别再|长点心)`,
        `${YOU}(?:以后|下次|下回|今后)${gap(8)}(?:最好|记得|记住|注意|要先|得先|别再|应该)`,
        // Hindsight and rhetorical blame: "提前打个电话不就好了", "要不是您自己改了设置", "难怪会坏".
        `${YOU}(?:要是|如果|当时|当初)${gap(8)}(?:就|也)(?:不会|不至于|没事|好了)|谁(?:叫|让)${YOU}|不就(?:好|行|没事|完)了|要不是${YOU}|难怪${gap(2)}(?:会坏|会错|会出|坏|出问题)`,
        `${YOU}把${gap(8)}(?:填|写|选|弄|搞|输|放|装|插|设)(?:成|错|混|丢|坏|反)`,
        `${YOU}(?:要是|如果)?(?:当时|当初)?(?:早点|早些|早)(?:来|说|办|联系|告诉|处理|买|报|看)${gap(6)}(?:就|也)(?:不|没|能|可以)`,
        `${YOU}(?:这样|这么|那样|那么)(?:操作|用|做|弄|搞|放|设置|充电|使用)${gap(4)}(?:不对|错|不行|不可以|肯定)`,
        `${YOU}(?:不应该|不该|不应当|本不该|就不该)`,
        `${YOU}怎么(?:能|可以)(?!帮|为|给)|${YOU}怎么(?:会)(?:不|没)`,
        `${YOU}(?:当时|当初)?为什么(?:不|没)`,
        `${YOU}先${gap(10)}[，,]?${gap(2)}我(?:们)?才`,
        `${YOU}${gap(12)}[，,]?${gap(4)}才(?:会|导致|造成)|(?:下次|下回|以后)${gap(6)}先${gap(6)}再`,
        `${YOU}(?:要|得)(?:记得|记住|注意|小心|看清|看好|当心)`,
        // The customer named as the one who did it ("密码是您泄露出去的", "您自己把包装撕了") or who pays for it.
        `(?:是|都是)${YOU}(?:自己)?${gap(4)}(?:泄露|泄漏|弄|搞|摔|丢|删|改|点|输|填|选|签|拆|撕|扔|借|告诉|透露|同意|确认)${gap(4)}的(?!${gap(2)}(?:吗|呢|？|\\?))`,
        `(?<!可以|请|麻烦)${YOU}自己把${gap(6)}(?:了|掉)`,
        `(?:只能|得|要|需要|由)(?:您|你)?自己(?:承担|负责|买单|担着)|后果自负|损失自负|责任自负`,
        // Sending the customer off to get it right first, or telling them to learn: "你搞清楚再打过来", "你要学会看账单".
        `${YOU}(?:先)?(?:搞|弄|想|看|问|查)(?:清楚|明白)${gap(2)}再(?:来|打|找|说|问|联系)|${YOU}(?:要|得|该)(?:学会|学着)|${YOU}(?:自己)?看看${YOU}?自己`,
        `${YOU}们?${gap(4)}就是(?:不|没)(?:看|听|注意|仔细|认真|记)`,
      ].join('|'),
      // "会不会是您自己……" asks, and the doubting rule reports it.
      exclude: '请问|方便的话|如果需要|希望|会不会|是不是',
    },
    anchors: [{ require: 'absent', pattern: AGENT_HELPS, window: 'sentence' }],
    message: say(
      '话里在指点或追究客户，客户听到的是“都怪你”。',
      'The wording lectures the customer or finds fault with them; what they hear is "your fault".',
    ),
    suggestion: say(
      '说接下来由您做什么：“这次我先帮您处理好，……时留意一下……就能避免。”',
      'Say what you will do next: "Let me sort this out for you; next time, … will avoid it."',
    ),
    examples: {
      positive: ['下次您记住先截图再付款。', '你先想清楚再来办。', '您要学会看账单。', '是您自己把密码透露给对方的。', '您自己把标签剪掉了。', '损失只能您自己承担。', '您先把订单号找出来，我才能查。', '您把地址填成了旧的。', '您要是早点来也不至于这样。', '您这样操作肯定不对。', '您不该把卡借给别人。', '您当时为什么没留发票？'],
      negative: ['下次您来可以直接找我，我给您留位置。', '希望下次别再遇到这种情况。', '这个方案是您选的吗？', '您可以自己把照片上传到App里。', '您先查清楚订单号再告诉我就行。', '麻烦您把订单号发给我。', '您要的资料我已经发到邮箱了。', '请问您早上几点方便？'],
    },
  },
  {
    id: 'passing_buck.general',
    category: 'passing_buck',
    severity: 'error',
    sin: 'department_shuffle',
    match: {
      kind: 'regex',
      pattern: [
        // "这不是我负责的", "不在我们的职责范围", "我做不了主", "我是新来的".
        `不是(?:我|我们)(?:的|部门|这边|这里|门店|科室)?${gap(4)}(?:负责|管|经手|处理|业务|职责|范围|办)`,
        `不在(?:我|我们)${gap(4)}(?:职责|范围|权限|管)`,
        '(?:我|我们)(?:这边|这里|门店|部门|客服)?(?:管不着|管不到|做不了主|说了不算|无权|没权)|新来的|轮不到我|不关我',
        // "X管", "归X管", "是X的事", "X负责的": the matter belongs to someone else …
        `${anyOf(OWNERS)}(?:部|部门|那边)?(?:的事|管|负责|的问题|的责任|的业务|说了算)|归${gap(5)}管`,
        // … and the customer is sent there: "您找店长吧", "请您直接联系发卡银行", "您跟他们说".
        `(?<![帮为替给])${YOU}${gap(4)}(?:找|问|联系|咨询|致电|拨打|打给|打|跟|向)(?!我)${gap(2)}${anyOf(OTHER_PARTIES)}`,
        `(?:拨打|致电|打|联系)${gap(2)}(?:另一个|另外的|其他|别的)`,
        // Any organisation named as where to go: "您找维修公司吧", "这个得问银行".
        `(?<![帮为替给])${YOU}${gap(4)}(?:找|问|联系|咨询|致电|拨打|打给|跟|向)(?!我)${gap(6)}(?:公司|部门|部|中心|厂|局|所|处|员)(?:吧|去|问问)?(?=[，,。！!]|$)`,
        `(?:得|要|需要|只能)(?:去)?(?:问|找|联系)${gap(2)}${anyOf(OTHER_PARTIES)}`,
        `(?:^|[，,。；;])${gap(6)}(?:找|问)${anyOf(OWNERS)}|请(?:您)?(?:直接)?(?:联系|找|咨询|致电|拨打)(?!我)${gap(2)}${anyOf(OTHER_PARTIES)}`,
        // "我这边不管开票", "跟我们酒店无关", "我们只是代销", "我刚接班，之前的事不清楚".
        `(?:我|我们)${gap(3)}不管|(?:跟|和|与)(?:我|我们)${gap(4)}(?:没|无)(?:关|关系)|只是(?:代销|代理|中介|平台|转售|个?传话)|(?:刚|才)(?:接班|调过来)|之前的事|上一班`,
      ].join('|'),
      exclude: '负责您|负责跟进|由我|我负责|我来|不是您',
    },
    anchors: [{ require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' }],
    message: say(
      '把事情推给别的部门或别人，客户会觉得被踢皮球。',
      'Pushing the matter onto someone else leaves the customer feeling passed around.',
    ),
    suggestion: say(
      '把事情接下来：“这件事由……的同事负责，我现在就帮您联系，……前给您回复。”',
      'Own it: "A colleague in … handles this; I\'ll contact them for you now and reply by …"',
    ),
    examples: {
      positive: ['退款的事财务管，我们客服管不着。', '我是新来的，这个您问别人吧。', '房间设施坏了是工程部的事，您直接跟他们说。', '这不是我们部门的业务范围。', '请您直接联系发卡银行。'],
      negative: ['这件事由售后的同事负责，我已经把您的情况转给他了，半小时内回您电话。', '您随时可以找我。', '我可以帮您联系厂家。', '这位是负责您片区的工程师。'],
    },
  },
  {
    id: 'doubting.general',
    category: 'doubting',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        // Proposing the customer's own mistake: "您是不是把两张单子弄混了", "是不是没插好".
        `${YOU}(?:是不是|是否|会不会)(?!想|要|需要|方便|还|在|有空|愿意|同意|希望)`,
        `${YOU}${gap(4)}${anyOf(MISTAKES)}`,
        // Rhetorical denial and contradiction: "怎么会有问题呢", "记录明明在", "说法跟监控不一样".
        `怎么(?:会|可能)${gap(4)}(?:有问题|出问题|坏|错|少|漏|丢)|明明|分明(?!白)|(?:说法|说的)${gap(8)}(?:不一样|不符|对不上|不一致|有出入)`,
        // "从来没出现过", "这么多年从没有客户反映过": nobody has ever had this problem.
        `从(?:来)?(?:未|没有?)(?:有过|出过|出现|发生|遇到|碰到|听说)|以前(?:都)?(?:没|从没)(?:有过|出过)|从(?:来)?(?:未|没有?)${gap(6)}(?:反映|投诉|报修|提过|说过|遇到过|出现过|发生过|坏过)`,
        // Waving the problem away as a question: "检验合格的，不会有质量问题吧".
        `不(?:会|可能|应该)(?:有|出)${gap(4)}(?:问题|错|毛病|故障|误差|差错)吧`,
        // "我们的秤不会有误差", "是正规渠道买的吗", "是不是放在别的地方了", "记录里可没有您说的".
        `我们的?${gap(6)}不(?:会|可能)(?:有|出)?(?:误差|错|问题|偏差|少|漏|坏)|正规${gap(4)}(?:吗|？|\\?)|是不是${gap(4)}(?:放|忘|丢|记|弄|搞|看|拿|借)`,
        `(?:没有|不是|没)您说的|(?:根本|压根|可)没有|(?:再|好好|仔细)(?:想想|回忆一下)`,
        `真的${gap(8)}(?:吗|？|\\?)`,
        // Nobody else has this problem: "很少有人说", "头一回听说", "就您觉得".
        `(?:很少|极少|几乎没|没什么|没几个)(?:有)?(?:人|客户|顾客|用户|住客)${gap(4)}(?:说|反映|遇到|投诉|出现|问)`,
        '(?:头一回|头一次|第一次)(?:听说|遇到|碰到|见到)',
        `就(?:您|你)(?:一个|一家|觉得|说|遇到|有)`,
        `(?:别的|其他|其它)(?:客户|顾客|住客|用户|人)${gap(4)}(?:都|也)(?:没|不|好)`,
        `正常(?:使用|操作|情况下)${gap(2)}不(?:会|可能)|${YOU}是怎么(?:用|弄|操作|搞|放)的`,
        '不太可能|(?:前后|说的|说法)' + gap(3) + '对不上|自相矛盾',
        `是(?:在|不是在)?我们${gap(4)}(?:买|开|办|订|购买|下单|寄)的(?:吗|？|\\?)`,
        // "您是不是在别的地方买的", "该不会是想多要补偿吧".
        `${YOU}是不是在(?:别|其他|其它|外面|网上|二手|非)|(?:该|可|总)不会是`,
      ].join('|'),
      exclude: '想|需要|方便|希望|打算|非常感谢|真的很|真的非常|没有(?:记错|看错|搞错|弄错)|不是您|是我们的?(?:问题|疏忽|错|失误|责任|工作|原因)',
    },
    message: say(
      '这句话在怀疑客户的说法，客户会觉得被当成说谎或犯错。',
      'This questions the customer\'s account; they will feel treated as lying or mistaken.',
    ),
    suggestion: say(
      '先相信再核实：“谢谢您告诉我，我来帮您查一下……”',
      'Believe first, then check: "Thanks for telling me; let me look into … for you."',
    ),
    examples: {
      positive: ['您是不是把两张单子弄混了？', '您是不是在别的店买的？', '您该不会是弄丢了吧？', '这么多年从没有客户投诉过这款。', '都检测过的，不会有问题吧。', '您的卡是我们行开的吗？', '您的订单号真的是这个吗？', '很少有人说这个问题。', '我干了五年还是头一回听说。', '别的住客都没说吵。', '我们的师傅很专业，不太可能装错。'],
      negative: ['您是不是想改签到明天？', '真的非常感谢您的耐心。', '请问您是在哪个平台下的单？', '您确认一下地址对吗？'],
    },
  },
];
