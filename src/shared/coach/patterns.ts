// Regex fragments several rules share; kept as strings because rules are data.
import { anyOf, CAN_NOT_RESULTS, CAN_NOT_VERBS, gap, HELPLESS, SERVICE_VERBS } from './lexicon.ts';

/** A refusal word (能不能/行不行/可不可以 are questions, not refusals, hence the lookbehinds). */
export const REFUSAL =
  '(?<![能行可])(?:不能|不行|不可以)|没有?办法|没法|做不到|办不到|无法|不予|不受理|' +
  '不给(?:您|你)?(?:退|换|办|修|补)|一律不|一概不|概不|恕不|不退不换|不退不补|' +
  // Blanket "we don't do X" for the things customers ask of a service.
  '(?<!会)不(?:接受|允许|同意|批准|开放|办理)(?!吗|呢)|' +
  '没有这(?:项|个|种)(?:服务|业务|优惠|政策|操作|先例|权限)|' +
  // The service speaking of what it does not do (我们不提供…, 暂不支持…), and rules said as bans (不让带, 不准停).
  `(?:我们|这边|这里|本店|门店|公司|暂|暂时|目前|现在|一律|均)${gap(3)}不(?:提供|支持|开放|受理|办理|接受|允许|收|做|开|接|出售|承接|承办|接单|安装|上门|搬)(?![^，,。！？!?]{0,3}也)|不提供${gap(8)}(?:服务|业务)|` +
  `不(?:单独|另外|额外|随便|轻易)(?:${anyOf(SERVICE_VERBS)}|发|开|送|卖)|不(?:对|向|为)(?:您|你|外|个人|散客|非会员)${gap(2)}(?:开放|提供|出售|销售|办理)|` +
  // 不支持 refuses even with a device as its subject ("这个门锁型号不支持远程开锁"): what keeps a product
  // description clean is the other model or setting offered next, which the alternative anchor sees.
  '不支持(?!您|你)|' +
  // "不在免费保修之列", "不在报销范围内": the request placed outside what is covered (不在我们的职责范围 passes the buck).
  `不在(?!我)${gap(8)}(?:之列|范围)|` +
  // Modal + negation + "for you": "是不会给您办的", "不能帮您拦截" (harm it will not bring is excluded below).
  '(?<![能行可])不(?:会|能|肯|愿|愿意|可以|再)(?:给|帮|为|替)(?:您|你)(?!带来|添|造成|增加|耽误)|' +
  '不(?:让|准|许)(?:您|你|客人|顾客|乘客|住客)?(?:带|进|退|换|用|停|放|改|取|买|住|拍|延|续|开|转)|禁止|' +
  // "不可能再低了", "不可能给您退": an impossibility about what the service grants.
  `不可能(?:再)?(?:给|帮|为)?(?:您|你)?(?:${anyOf(SERVICE_VERBS)}|低|便宜|优惠|打折|让)|不可能再少|(?:${anyOf(SERVICE_VERBS)})${gap(4)}是?不可能的|不兴(?:这个|这样|这套)|${anyOf(HELPLESS)}|` +
  // A negation before something a service grants, at the end of its clause (押金不退, 不给改, 不会赔的, 不可退换) …
  `(?<![能行可])不(?!是)(?:可|给|给您|予|会|再|能)?(?:免费|无偿)?${anyOf(SERVICE_VERBS)}(?=[^，,。！!？?；;您你我\\s]{0,4}(?:[了的啊呢哦呀，,。！!？?；;\\s]|$))|` +
  // … "V不了/V不上/V不到" of such a verb (收不了, 帮不上, 拿不出来), a turned-down request, "没得选".
  `${anyOf(CAN_NOT_VERBS)}${anyOf(CAN_NOT_RESULTS)}|(?:修|治)不好|` +
  // A request turned down by review ("延期申请没通过"), or haggling ruled out ("不讲价").
  `(?:申请|审核|审批|报销|理赔|贷款)${gap(8)}(?<!还|尚)(?:没|未)(?:有|能)?(?:通过|批下来|获批|批准)|不(?:讲价|还价|议价|砍价|打折)(?=[了的啊呢哦呀，,。！!？?；;\\s]|$)|` +
  // "不卖给您", "不退给你": the thing withheld from the customer; "暂时不会采纳", "不予考虑": a request turned down.
  `不${anyOf(SERVICE_VERBS)}(?:给|予)(?:您|你)(?=[了的啊呢哦呀，,。！!？?；;\\s]|$)|(?:不会|不予|暂不|不再|不打算)(?:采纳|采用|答应|考虑)|不打算(?:改|调整|修改|开放|增加|退|赔|换)|(?:改|调|换|转)不过来|驳回|(?:被|已|已经|我们|只能)拒绝|没得(?:选|换|退|商量|谈|改)|` +
  // Any "V不了 / V不回来" is an inability in a reply (撤销不了, 清不回来); faults and idioms are excluded below.
  // Declining politely (不便透露, 园方不便插手), cover withheld (保修不管这种情况), a bare "不可能的" as the answer.
  '不(?:方)?便(?:透露|告知|说明|告诉|提供|插手|处理|过问|干涉|办理|受理|回答|解释|答复|出面)|(?:保修|延保|质保|三包|保险)' + gap(3) + '(?:一概|概|均)?不管(?!什么|怎么|怎样|多少|是否|是不是|您|你)|不可能(?<=(?:^|[！!。]|[\\u4e00-\\u9fa5][？?])不可能)(?:的)?(?=[，,。！!]|$)|管不了那么多|只能(?:由)?(?:您|你)(?:们)?自己(?:承担|负担|买单|担着)|' +
  // "经第三方维修过的手机不再享受保修服务": cover or service withdrawn.
  '不再(?:享受|提供|支持|受理|办理)|' +
  '[\\u4e00-\\u9fa5]不了(?![多几太那])|[\\u4e00-\\u9fa5]不(?:回来|回去|下来)|[撤退追要收赎]不回(?=[的了啦，,。！!]|$)|(?:我们|这边|这里|门店)' + gap(2) + '没有' + gap(4) + '(?:服务|业务)';

/** Clauses where a refusal word describes a fault, a condition, a paraphrase, a promise or a benefit. */
export const REFUSAL_EXCLUDE =
  // A guarantee's condition ("瘦不下来全额退款"), delay that will not happen, harm not allowed ("不可能让孩子摔着"),
  // and what the customer failed to do ("您开了三万公里都不做保养").
  // A limit on a yes ("多了不行", "一分都不能少") qualifies it: the 但是 before it is reported instead.
  '多了|多的|最多|' +
  '不(?:下来|了|好|成|掉|到)' + gap(2) + '(?:全额|包|就)?(?:退款|退钱|退费|包退|赔)|不会延(?:误|迟)|不可能让|(?:延误|迟到|晚到|丢件|出错)是?不可能|[你您]' + gap(10) + '都不|' +
  '(?:无法|不能|没法)(?:正常)?(?:开机|充电|上网|连接|联网|接通|登录|登陆|打开|识别|显示|启动|通话|拨打|接听|收到|发送|关机|入睡|休息|听清|听到|听见|看清|看到)|' +
  // What cannot be known ("没法证明", "无法判断") and how to use a product ("不能放在灶上") are not refusals.
  // A fault named as the topic ("相册无法加载的问题") and a rhetorical "自己翻一翻不行吗？" refuse nothing.
  '(?:无法|不能|没法)' + gap(6) + '的(?:问题|情况|故障|现象)|不(?:行|可以)吗[？?]|' +
  '(?:无法|不能|没法)(?:证明|确定|判断|判定|确认)|不(?:能|要|可以|宜)(?:放在|放进|放入|用于|接触|靠近|浸泡|水洗|机洗|用水|沾水|碰水|冲洗|烘干|暴晒|加热|直接|混用|长时间)|' +
  '(?:不能|无法|不会)(?:再)?让您|(?:不能|无法|不敢|没法|没办法|不好)保证|如果|要是|假如|万一|如(?:后续|再|有|遇|需|您)|(?:并|也)?不(?:会|再)' + gap(3) + '(?:驳回|拒绝)|(?:控制|预料|预测|避免|决定)不了|闹心|糟心|烦心|心烦|郁闷|难受|(?:不(?!过)|没|无)[^，,。]{0,6}的话|' +
  '您(?:说|反映|提到|遇到)(?!的)|生气|着急|激动|[你您](?:是|就|难道)?(?:暂时|现在|目前)?(?:不能|无法|不可以|不(?:接受|同意|允许))|' +
  // Faults ("开不了机", "收不到短信") and time or certainty ("用不了多久", "错不了") are not refusals.
  // 管不着/管不到 disown the matter (passing the buck); "我们窗口管不了" is also a no, so it stays a refusal.
  '管不着|管不到|左右不了|做不了主|说了不算|(?<!登)不了机|不了网|不了电话|不了号|不上网|连不上|登不上|充不上|打不开|收不到|好不了|走不了|来不了|睡不了|吃不了|' +
  // Time and amounts ("用不了半小时"), and harm that will not happen ("丢不了", "亏不了") reassure.
  '(?<!管)不了(?:多|几|太|那么|半|[一二两三四五六七八九十])|不上(?:多|几)|(?:丢|坏|亏|误|漏|输|伤|破|慢|晚|迟|耽误|掉|散|裂|断|褪|脱)不了|' +
  // "实在不行就…", "不行的话…" weigh a fallback, they refuse nothing.
  '(?:实在|再|还)不行(?=的话|就|再|[，,])|不行的话|' +
  '少不了|(?<![减费])免不了|错不了|忘不了|(?<!享)受不了|大不了|跑不了|差不了|额外|另外收|不收(?:取)?' + gap(6) + '(?:费|钱)|(?:费|钱)' + gap(6) + '不收|' +
  // A consequence of what happened ("地址写错了，快递才送不到"), a condition ("不然办不了"), a habit ("从不卖假货")
  // and safety advice ("密码不能告诉别人").
  '才[\\u4e00-\\u9fa5]{0,3}(?:不|没|无)|不然|否则|不是不|从来不|从不|绝不|不(?:能|要|可以)(?:随便)?(?:泄露|透露|(?:告诉|交给)(?:别人|他人|任何人|陌生人|其他人))|' +
  // A shrug ("我也没办法") is rudeness and "做不了决定" passing the buck, each reported by its own rule; a no in
  // quotes ("您提到的“不能退”") is cited, not said; "全网找不到更低的" is a boast.
  '我(?:也|是|真|也是)没(?:有)?(?:办法|辙)(?=[了啊呀，,。！!…]|$)|[你您]自己' + gap(8) + '也没(?:有)?(?:办法|辙)|做不了决定|决定不了|[“「『][^”」』]{0,10}(?:不|没|无)|找不到(?:更|第二)|' +
  // Rude or boastful set phrases (爱办不办, 稳赚不赔) and "crying won't solve it" are reported by their own rules.
  '爱.不|赚不赔|怪|(?:哭|吵|闹|急|嚷|喊)也|(?:哭|吵|闹|嚷|喊|吼|叫|骂|急|生气|发火)(?:也|都|又)?(?:解决|没用)|' +
  // "退不退得了" asks whether, it does not refuse.
  '([\\u4e00-\\u9fa5])不\\1|' +
  // What an action makes irreversible ("注销后数据无法找回") warns before it, it refuses nothing.
  '后' + gap(4) + '(?:就)?(?:无法|不能|没法)(?:再)?(?:找回|恢复|复原|撤回)|' +
  // A vehicle that cannot get through ("车开不进去") describes the road, not a service withheld.
  '车' + gap(3) + '(?:开|进|停|出)不(?:进去|进来|过去|过来|出去|出来)|' +
  // "排不上号是你来晚了" names the customer as the cause (blame); "银行方面不承担责任" disowns it (passing the buck).
  '不[上了到成]' + gap(3) + '是[你您]|不(?:承担|负担|负)' + gap(4) + '(?:责任|后果)';

// "建议您直接与对方家长沟通" sends the customer to another party: no alternative.
const SENT_TO_OTHER = '(?:您|你)?(?:直接|自己)?(?:与|和|跟|找|联系)(?:对方|商家|卖家|厂家|物业|家长|房东|邻居|他们|快递|银行|当事人)';
// A yes the same sentence then takes back before the no ("可以调班，只是现在都满了，估计调不了") offers nothing.
const YIELDED = '[^。！？!?]*?(?:只是|但|不过|可是|只可惜|然而)[^。！？!?]*$';

/** Words that offer the customer something else to do or receive. */
export const ALTERNATIVE =
  // "没办法帮您催" offers nothing: an offer word right after a negation does not count.
  `(?<!(?:不(?!过)|无法|没法|办法|不能)${gap(2)})(?:` +
  // "保养是可以预约的，但周末一律不接单": a concession just before the refusal offers nothing.
  `(?<![不是])可以(?!${gap(3)}[，,]$|理解|体谅|明白|想象|${YIELDED})|是可以(?!${gap(8)}的[，,]$|${YIELDED})|` +
  '(?<![因作成])为您|帮您|(?:不过|但是?|可是)[^。！？!?]{0,20}(?:都有|就有|也有|还有|另有|依然提供|仍然提供|也提供|照常提供|已经?(?:发|给|寄|为|帮))|给您(?!' + YIELDED + ')|替您|第一时间|(?:我们|我)(?:会|就|负责|直接)?(?:全额|免费|直接)?(?:退款|退货|换货|补发|赔偿|维修|重寄|补寄|重发|上门)|(?:我|我们)先(?:把|给|为|帮|安排|联系|登记|发)|(?<!遗憾地?|特此|现|此)(?:通知|联系|告诉)您|我(?:们)?建议(?!' + SENT_TO_OTHER + ')|建议(?!' + SENT_TO_OTHER + ')(?:您|你|先|直接|改|换|用|选|到|去|办|走|手|尝试|试)|推荐|另外|或者|(?:全部|都|全程|一律)免费|改为|换成|换一|我来|我们来|备用|(?:带|陪|领)(?:您|你)|' +
  // "您申请的延期" names the request; only the agent arranging or applying is an offer.
  // "我把定位发您": something handed over to the customer.
  `我(?:们)?(?:这就|马上|现在|先)?把${gap(10)}(?:发|给|寄|转|送)(?:给)?(?:您|你)|` +
  // "我也是听上面安排的" obeys an arrangement, it makes none.
  `(?<![您你][^，,。！？!?；;：:\\n我]{0,6}|(?:听|服从|按照?)${gap(2)})(?:安排(?!是|表|都|上)|登记|申请|提醒|优先)` +
  ')';

/**
 * Words that state a reason outright: a connective or a rule. Whose matter it is (归总部管, 是厂家的问题) is
 * passing the buck, not a reason, so a refusal that rests on it alone still has no reason.
 */
export const REASON_STATED =
  '因为|由于|根据|按照|依据|鉴于|出于|考虑到|因此|因而|故而|原因|规定|政策|条款|合同|合约|协议|法律|法规|监管|安全|所以|是为了';

// Facts that explain a no by themselves: sold out, expired, only for someone else, already the floor.
const REASON_FACTS =
  // Used up (号放完了, 票抢光了) and a requirement the customer missed (得提前三天约).
  '[\\u4e00-\\u9fa5](?:完|光)了|(?:得|要|须|需)提前|' +
  '没(?:有)?' + gap(2) + '(?:发票|小票|凭证|收据|单据|票据|身份证|证件|购买记录|保修卡)|已经?(?:过|超|满)|超过|检测|检验|鉴定|结果显示|经查|经核实|经审核|合格|(?<![看听说做查试问用找])过了|期限|订满|满了|卖完|售罄|没货|缺货|过期|到期|截止|结束|起飞|停售|下架|用完|满员|本人|内部|专用|仅供|一旦|需要|只针对|只对|仅限|只限|底价|最低价|定制|属于|被别人|被人|维护|期间|已经(?!在|为|帮|给|替|着手|开始|安排|联系|提交|记录|登记|收到|转|不|没)|(?<!以)系统|不全|不齐|不符(?!合条件)|不足|才(?:会|导致|造成)|(?:造成|导致|引起)的|不够|不满足|超出|缺少|没有资格|已(?:拆|出|激活|使用|过|发|签|开|满)|(?:名额|库存|房间|票|座位|号|货)' + gap(2) + '(?:没了|没有了|不够了)|用光|抢光|领完|发完|约满';

/** Any reason for a refusal, stated or a fact, when it stands in a clause of its own. */
export const REASON = `${REASON_STATED}|${REASON_FACTS}`;

/**
 * Inside the refusing clause itself a fact only explains the no when it is said as what happened
 * (房间订满了, 已经过期了); as a description of the thing ("已经出票的机票改不了", "冻结期间无法解冻",
 * "定制需求接不了") it names what is refused, not why.
 */
// "拆了封就概不退换": a condition already met, said as the trigger of the no, is its reason.
export const REASON_IN_CLAUSE =
  `${REASON_STATED}|(?:${REASON_FACTS})(?![不没])[\\u4e00-\\u9fa5]{0,2}了(?!的)|[\\u4e00-\\u9fa5]了[\\u4e00-\\u9fa5]?就(?=[概一]?[不没无])|` +
  // What the no rests on, said inside it: a missing document ("没有发票谁也帮不了您"), the system's limit
  // ("可是系统不允许"), a condition already met ("签收后不接受退货").
  '没(?:有)?' + gap(2) + '(?:发票|小票|凭证|收据|单据|票据|身份证|证件|预约|订单号|购买记录|保修卡|合同)|系统(?:不允许|限制|设置|设定|规定)|' +
  '(?:签收|拆封|开封|激活|使用|出票|发货|过期|到期|下单|付款)(?:后|以后|之后)|一旦[\\u4e00-\\u9fa5]{1,6}就';

/** A positive or an acceptance that a following 但是 would cancel. */
export const POSITIVE =
  // "确实贵一点" concedes a drawback; only 确实 before something good is a yes. A negated one (不支持) is no yes.
  '(?<![不没未])(?:' +
  '好的|(?<!不)可以|没问题|没毛病|合理|理解|明白|知道|晓得|是的|属实|[说讲]的(?:都|也|很|挺)?(?:对|在理|有道理)|话(?:是|虽)(?:这么|这样)说|话虽如此|重视|在意|[说讲]得(?:都|也|很|挺)?(?:对|在理|有道理)|确实(?![^，,。]?(?:贵|慢|差|少|小|难|麻烦|有点|有些|一般))|同意|接受|感谢|谢谢|很好|不错|好看|当然|说得对|有道理|想帮|愿意|已经(?:确认|收到|记下|为您)|记下了|认可|' +
  // Praise of the product or the customer's point, which a 但是 then takes back.
  '实惠|划算|便宜|好用|耐用|漂亮|方便|专业|靠谱|满意|挺好|蛮好|没错|能理解|体谅|值得|' +
  // Any praise built as intensifier + good quality (很高, 确实很强, 合情合理), or agreement.
  '(?:很|挺|非常|特别|真|的确)(?:好|高|强|棒|快|准|对|重要|有价值|在理)|合情合理|在理|信任|支持|建议|体会|心情|批了|已经(?:通过|批)|' +
  // A concession ("宽带是装好了，但是…", "修好了，可是…") is a yes the contrast then qualifies.
  '(?:是|倒是)(?!贵|慢|差|少|小|难|麻烦|远|旧|重|晚)[\\u4e00-\\u9fa5]{1,3}了(?![吗吧])|(?:修|装|办|弄|改|换|调|批)好了|' +
  // What would have been granted ("保修期内本来是免费修的") and steps already taken ("理赔金已经核定了", "投诉已经受理").
  '本来(?:是|可以|能|应该)|会尽快|符合[\\u4e00-\\u9fa5]{0,4}(?:条件|要求|规定|政策|标准)|已(?:经)?(?:尽快|尽力|第一时间|马上)?(?:核定|核准|受理|批准|审核通过|安排|登记|记录|记下|提交|上报|同意|立案|处理|办理|跟进|催|联系|反馈|加急)|' +
  // An apology, help given or work done is a yes too ("抱歉让您久等，可是…", "我帮您反映，不过…", "资料都齐了，可是…").
  '抱歉|对不起|不好意思|道歉|了解(?!一下)|帮您(?!' + gap(1) + '(?:问问|试试|看看|问一下|试一下))|为您|(?:我们|我)会(?:处理|解决|跟进|帮)|齐了|齐全|I know|I understand|I see|sure|okay|\\bsorry\\b|(?:给|为|帮)您' + gap(4) + '(?:了|好了)(?=[，,])|(?:已经|正在)(?:在)?(?:为您|帮您)?(?:加急|处理|跟进|安排|核实|查)|' +
  '认同|赞同|同情|道理|看到|转达|尽(?:量|力|全力)|(?:都|我)认(?![为识真])|\\b(?:fine|ok|okay|yes|right)\\b|' +
  // A concession of what there is ("桌子有的，只是…", "药是有货的，可是…") is a yes the contrast takes back.
  '有的(?=[，,])|(?:是|倒是)(?:有|能|可以)[\\u4e00-\\u9fa5]{0,4}的(?=[，,])|(?<![没未])收到|(?:很|挺|非常|特别|十分)(?!难|差|贵|慢|少|忙|麻烦|遗憾|可惜|抱歉)[\\u4e00-\\u9fa5]' +
  ')';

/** Contrast conjunctions that can take back what came before (不但/不过分 are excluded by the rules). */
export const CONTRAST =
  // "就是贵了点": 就是 takes back only when a drawback follows it.
  // A bare clause-initial 可 is "but" unless it starts a word (可以, 可能) or stresses (可要记得, 可别); 可惜 is listed on its own.
  '(?:但是|可是|只不过|不过|只是|然而|可(?![以能是否不爱怜乐口靠选用供享行见视信观要得别千真太好算携持凭拨致前到通联登咨自直随在至点扫查申办向找先])|(?:只|就|但|可)?可惜(?:的是)?|遗憾的是|无奈|但|' +
  // Turns that introduce the catch: "问题是…", "话说回来…", "麻烦的是…".
  '问题是|问题在于|话(?:又)?说回来|话虽(?:如此|这么说|这样说)|虽说如此|尽管如此|即便如此|即使如此|麻烦的是|不巧的是|偏偏|' +
  '就是(?=有点|有些|稍微|稍|贵|慢|要|需要|得|不|没|价格|时间|比较|[\\u4e00-\\u9fa5]{1,4}(?:得|要|须|不|没)))';

/** Reassurance after 不过 (不过请放心) does not cancel anything. */
export const REASSURE = '放心|不用担心|不必担心|别担心';

/** The agent going on to do or offer something, which keeps a 但是 from taking anything back. */
export const OFFER =
  '(?:我|我们)(?:会|可以|来|马上|这就|已经|先|帮|为|给|替|一定会)|(?<!不)可以(?:为|帮|给|替)|' +
  // "没办法给您补" offers nothing: help words right after a negation do not count.
  `(?<!(?:不|没法|办法|无法|不能|试试看?|尽量)${gap(2)})(?:为您|帮您|给您|替您)|` +
  // An alternative the customer can take ("不过您可以用信用卡分期").
  '[您你](?:也|还)?可以|(?:通知|告诉|联系)您|' + REASSURE;


/** "您签名前都没看吗？", "您买之前不看描述吗？": the customer's carelessness put as a question (you_blame and rude). */
export const DIDNT_READ = `[你您]${gap(5)}(?:没|不)(?:看|读|仔细看|认真看|注意看)(?:过)?(?![到见清看])${gap(4)}(?:吗|嘛)[？?]`;
