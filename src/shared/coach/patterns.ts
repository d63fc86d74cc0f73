// Regex fragments several rules share; kept as strings because rules are data.
import { anyOf, CAN_NOT_VERBS, gap, SERVICE_VERBS } from './lexicon.ts';

/** A refusal word (能不能/行不行/可不可以 are questions, not refusals, hence the lookbehinds). */
export const REFUSAL =
  '(?<![能行可])(?:不能|不行|不可以)|没有?办法|没法|做不到|办不到|无法|不予|不受理|' +
  '不给(?:您|你)?(?:退|换|办|修|补)|一律不|一概不|概不|恕不|不退不换|不退不补|' +
  // Blanket "we don't do X" for the things customers ask of a service.
  '(?<![是会])不(?:接受|允许|同意|批准|开放|办理)(?!吗|呢)|不支持(?:[退换修改转延]|开票|分期|取消|自提|货到|无理由|上门|加急|预约|异地)|' +
  '没有这(?:项|个|种)(?:服务|业务|优惠|政策)|' +
  // A negation before something a service grants, at the end of its clause (押金不退, 不给改, 不会赔的, 不可退换) …
  `(?<![能行可])不(?!是)(?:可|给|给您|予|会|再|能)?(?:免费|无偿)?${anyOf(SERVICE_VERBS)}(?=[^，,。！!？?；;您你我\\s]{0,4}(?:[了的啊呢哦呀，,。！!？?；;\\s]|$))|` +
  // … "V不了/V不上/V不到" of such a verb (收不了, 帮不上, 拿不出来), a turned-down request, "没得选".
  `${anyOf(CAN_NOT_VERBS)}(?:不了|不上|不到|不出来|不起|不成|不掉)|驳回|(?:被|已|已经|我们|只能)拒绝|没得(?:选|换|退|商量|谈|改)|` +
  // Any "V不了 / V不回来" is an inability in a reply (撤销不了, 清不回来); faults and idioms are excluded below.
  '[\\u4e00-\\u9fa5]不了(?![多几太那])|[\\u4e00-\\u9fa5]不(?:回来|回去|下来)|(?:我们|这边|这里|门店)' + gap(2) + '没有' + gap(4) + '(?:服务|业务)';

/** Clauses where a refusal word describes a fault, a condition, a paraphrase, a promise or a benefit. */
export const REFUSAL_EXCLUDE =
  '(?:无法|不能|没法)(?:正常)?(?:开机|充电|上网|连接|联网|接通|登录|登陆|打开|识别|显示|启动|通话|拨打|接听|收到|发送|关机|入睡|休息)|' +
  '(?:不能|无法|不会)(?:再)?让您|(?:不能|无法|不敢|没法)保证|如果|要是|假如|万一|的话|' +
  '您(?:说|反映|提到|遇到)|生气|着急|激动|[你您](?:暂时|现在|目前)?(?:不能|无法|不可以|不(?:接受|同意|允许))|' +
  // Faults ("开不了机", "收不到短信") and time or certainty ("用不了多久", "错不了") are not refusals.
  '管不了|管不着|左右不了|做不了主|说了不算|不了机|不了网|不了电话|不了号|不上网|连不上|登不上|充不上|打不开|收不到|好不了|走不了|来不了|睡不了|吃不了|不了(?:多|几|太|那么)|不上(?:多|几)|' +
  '少不了|(?<!减)免不了|错不了|忘不了|(?<!享)受不了|大不了|跑不了|差不了|额外|另外收|不收(?:取)?(?:任何)?费|' +
  // Rude or boastful set phrases (爱办不办, 稳赚不赔) and "crying won't solve it" are reported by their own rules.
  '爱.不|赚不赔|怪|(?:哭|吵|闹|急|嚷|喊)也';

/** Words that offer the customer something else to do or receive. */
export const ALTERNATIVE =
  // "没办法帮您催" offers nothing: an offer word right after a negation does not count.
  `(?<!(?:不|无法|没法|办法|不能)${gap(2)})(?:` +
  '(?<!不)可以|(?<![因作成])为您|帮您|给您|替您|建议(?:您|你)|我(?:们)?建议|推荐|另外|或者|改为|换成|换一|我来|我们来|安排|备用|登记|申请|提醒|优先' +
  ')';

/** Words that state a reason outright: a connective, a rule, or whose matter it is (归总部管). */
export const REASON_STATED =
  '因为|由于|根据|按照|依据|鉴于|出于|考虑到|原因|规定|政策|条款|合同|合约|协议|法律|法规|监管|安全|所以|是为了|归' + gap(5) + '管';

// Facts that explain a no by themselves: sold out, expired, only for someone else, already the floor.
const REASON_FACTS =
  '已经?(?:过|超|满)|超过|过了|期限|订满|满了|卖完|售罄|没货|缺货|过期|到期|截止|本人|需要|只针对|只对|仅限|只限|底价|最低价|定制|属于|被别人|被人|维护|期间|已经|系统|不全|不符|不足|不够|不满足|超出|缺少|没有资格|已(?:拆|出|激活|使用|过|发|签|开|满)';

/** Any reason for a refusal, stated or a fact, when it stands in a clause of its own. */
export const REASON = `${REASON_STATED}|${REASON_FACTS}`;

/**
 * Inside the refusing clause itself a fact only explains the no when it is said as what happened
 * (房间订满了, 已经过期了); as a description of the thing ("已经出票的机票改不了", "冻结期间无法解冻",
 * "定制需求接不了") it names what is refused, not why.
 */
export const REASON_IN_CLAUSE = `${REASON_STATED}|(?:${REASON_FACTS})[\\u4e00-\\u9fa5]{0,2}了(?!的)`;

/** A positive or an acceptance that a following 但是 would cancel. */
export const POSITIVE =
  // "确实贵一点" concedes a drawback; only 确实 before something good is a yes.
  '好的|(?<!不)可以|没问题|合理|理解|明白|知道|是的|确实(?![^，,。]?(?:贵|慢|差|少|小|难|麻烦|有点|有些|一般))|同意|接受|感谢|谢谢|很好|不错|好看|当然|说得对|有道理|想帮|愿意|已经(?:确认|收到|记下|为您)|记下了|认可|' +
  // Praise of the product or the customer's point, which a 但是 then takes back.
  '实惠|划算|便宜|好用|耐用|漂亮|方便|专业|靠谱|满意|挺好|蛮好|没错|能理解|体谅|值得|' +
  // Any praise built as intensifier + good quality (很高, 确实很强, 合情合理), or agreement.
  '(?:很|挺|非常|特别|真|的确)(?:好|高|强|棒|快|准|对|重要|有价值|在理)|合情合理|在理|信任|支持|建议|体会|心情|批了|已经(?:通过|批)|' +
  '认同|赞同|同情|道理|看到|(?<![没未])收到|(?:很|挺|非常|特别|十分)(?!难|差|贵|慢|少|忙|麻烦|遗憾|可惜|抱歉)[\\u4e00-\\u9fa5]';

/** Contrast conjunctions that can take back what came before (不但/不过分 are excluded by the rules). */
export const CONTRAST = '(?:但是|可是|不过|只是|然而|可惜|遗憾的是|无奈|但)';

/** Reassurance after 不过 (不过请放心) does not cancel anything. */
export const REASSURE = '放心|不用担心|不必担心|别担心';

/** The agent going on to do or offer something, which keeps a 但是 from taking anything back. */
export const OFFER =
  '(?:我|我们)(?:会|可以|来|马上|这就|已经|先|帮|为|给|替|一定会)|(?<!不)可以(?:为|帮|给|替)|为您|帮您|给您|替您|' + REASSURE;

