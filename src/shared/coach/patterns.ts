// Regex fragments several rules share; kept as strings because rules are data.

// Verbs that make "V不了" a refusal of a service ("办不了", "退不了", "享受不了" …); kept apart so
// faults ("开不了机") and "用不了多久" (= soon) are not read as refusals.
const CANNOT_VERB =
  '(?:办理|处理|解决|满足|受理|提供|操作|通过|享受|参加|兑换|修改|更改|取消|退订|开通|开具|报销|赔偿|补发|减免|升级|预约|' +
  '安排|延期|延长|转移|过户|叠加|核销|申请|退款|退货|换货|维修|保修|[办弄做给退换修帮批补赔减寄改兑]|用(?!不了(?:多|几|太|那么)))';

/** A refusal word (能不能/行不行/可不可以 are questions, not refusals, hence the lookbehind). */
export const REFUSAL =
  '(?<![能行可])(?:不能|不行|不可以)|没有?办法|没法|做不到|办不到|无法|不予|不受理|' +
  CANNOT_VERB +
  '不了|不给(?:您|你)?(?:退|换|办|修|补)|一律不|一概不|概不|恕不|不退不换|不退不补|' +
  // Blanket "we don't do X" for the things customers ask of a service.
  '(?<![是会])不(?:接受|允许|同意|批准|开放|办理)(?!吗|呢)|不支持(?:[退换修改转延]|开票|分期|取消|自提|货到|无理由|上门|加急|预约|异地)|' +
  '没有这(?:项|个|种)(?:服务|业务|优惠|政策)';

/** Clauses where a refusal word describes a fault, a condition, a paraphrase or a promise. */
export const REFUSAL_EXCLUDE =
  '(?:无法|不能|没法)(?:正常)?(?:开机|充电|上网|连接|联网|接通|登录|登陆|打开|识别|显示|启动|通话|拨打|接听|收到|发送|关机|入睡|休息)|' +
  '(?:不能|无法|不会)(?:再)?让您|(?:不能|无法|不敢|没法)保证|如果|要是|假如|万一|的话|' +
  '您(?:说|反映|提到|遇到)|生气|着急|激动|[你您](?:暂时|现在|目前)?(?:不能|无法|不可以|不(?:接受|同意|允许))';

/** Words that offer the customer something else to do or receive. */
export const ALTERNATIVE =
  '(?<!不)可以|(?<![因作成])为您|帮您|给您|替您|建议|推荐|另外|或者|改为|换成|换一|我来|我们来|安排|备用|登记|申请|提醒|优先';

/** Words that give the reason for a refusal. */
export const REASON =
  '因为|由于|根据|按照|依据|鉴于|出于|考虑到|原因|规定|政策|条款|合同|合约|协议|法律|法规|监管|安全|已经?(?:过|超|满)|超过|过了|期限|所以|是为了';

/** A positive or an acceptance that a following 但是 would cancel. */
export const POSITIVE =
  '好的|(?<!不)可以|没问题|合理|理解|明白|知道|是的|确实|同意|接受|感谢|谢谢|很好|不错|好看|当然|说得对|有道理|想帮|愿意|已经(?:确认|收到|记下|为您)|记下了|认可|' +
  // Praise of the product or the customer's point, which a 但是 then takes back.
  '实惠|划算|便宜|好用|耐用|漂亮|方便|专业|靠谱|满意|挺好|蛮好|没错|有道理|能理解|体谅|值得';

/** What makes the clause after 但是 take back what came before. */
export const CANCEL =
  '不|没|无法|规定|只能|必须|恐怕|另收|额外|收取|费用|手续费|押金|有责任|流程|先例|满了|订满|售罄|缺货|暂停|' +
  '别|难|指望|未必|除非|只有|仅限|自费|自行|有限|一般般|太贵|太慢|差一些|差点';

/** Reassurance after 不过 (不过请放心) does not cancel anything. */
export const REASSURE = '放心|不用担心|不必担心|别担心';
