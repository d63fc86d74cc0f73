// Word lists behind the general rules: each category is described by how Chinese expresses it
// (a negation × a verb class, a second person × an obligation …) rather than by whole phrases, so
// unseen wording is caught. Lists are plain words; `anyOf` turns them into a regex alternation.

/** A non-capturing alternation of plain words, longest first so the longer word wins. */
export function anyOf(words: readonly string[]): string {
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/** Up to n characters inside one clause (no clause punctuation). */
export const gap = (n: number): string => `[^，,。！？!?；;：:\\n]{0,${n}}`;

/** Things a service grants: a negation in front of one of these turns it into a refusal (不退, 不给改). */
export const SERVICE_VERBS = [
  // Single characters only where they rarely mean anything else (开/发/包/接 do: 不开心, 不发火, 不包括).
  '退', '换', '补', '赔', '修', '送', '卖', '给', '办', '批', '改', '寄', '兑', '延', '免', '做', '接', '开票', '发货', '包邮',
  '退换', '退款', '退货', '换货', '补发', '补偿', '赔偿', '维修', '保修', '受理', '办理', '处理', '提供', '开通', '开具',
  '报销', '减免', '通融', '安排', '预约', '升级', '赔付', '兑换', '延期', '延长', '转让', '参与', '参加', '承担', '减', '降', '撤销', '调换', '分期', '返还', '加急', '上门', '赠送', '租',
  // Delivery said as the courier's work: "周末不派件", "偏远地区不配送".
  '派', '派件', '派送', '配送', '揽件', '揽收', '搬', '搬运',
];

/** Verbs whose "V不了/V不上/V不到" reads as "we cannot do it for you". */
export const CAN_NOT_VERBS = [
  ...SERVICE_VERBS, '帮', '弄', '拿', '收', '用', '催', '选', '订', '约', '加', '降', '减', '转', '取', '找', '排',
  '提', '叠', '满足', '解决', '操作', '开', '发', '保', '通过', '享受', '修改', '更改', '取消', '退订', '核销', '申请', '叠加', '过户', '转移', '解冻', '恢复',
  '调', '打印', '登', '放', '放行', '报', '补办', '挂', '挂号', '约到', '抢', '订到', '排上', '安装', '迁', '激活', '解锁', '解', '升', '降级', '入住', '借',
];

/**
 * Directional results of a potential complement that, after a service verb, say the thing cannot be done
 * (加不进去, 改不过来, 办不下来, 退不回去); bare 不过来/过不来 stay a place ("您不过来也行").
 */
export const CAN_NOT_RESULTS = ['不了', '不上', '不到', '不出来', '不起', '不成', '不掉', '不进去', '不进来', '不下来', '不回来', '不回去', '不动', '不出'];

/** Idioms that say "nothing can be done" without a negated verb. */
export const HELPLESS = ['没辙', '爱莫能助', '无能为力', '免谈', '想都别想', '门都没有', '没门', '没戏了', '不予考虑', '无从办理', '办不成', '只能这样了', '恕难从命', '恕难', '难以满足', '无法满足'];

/**
 * Emotion words a customer shows; "别/不必 … + one of these" denies the feeling. No bare 气: "不用客气"
 * is thanks, not a denial (生…气 has its own pattern).
 */
export const EMOTIONS = [
  '生气', '激动', '发火', '火气', '脾气', '动气', '上火', '恼火', '冒火', '吵', '嚷', '嚷嚷', '闹', '喊', '吼', '哭',
  '委屈', '难过', '伤心', '大喊', '大叫', '喊叫', '骂', '置气', '怄气', '较真', '计较', '敏感', '情绪', '冲动', '抱怨', '急成', '急得', '纠结', '较劲', '赌气', '斗气', '急眼', '大声', '大嗓门', '动静', '上纲上线', '焦虑',
];

/** Words that tell someone not to feel something, or that the feeling is out of proportion. */
export const DENY_LEAD = ['别', '不要', '不必', '不用', '用不着', '犯不着', '犯不上', '没必要', '何必', '不至于', '不值当', '不值得', '少', '先别', '莫'];

/** Minimising what happened to the customer. */
export const MINIMISE = [
  '没那么严重', '没有那么严重', '不是什么大事', '没什么大不了', '多大点事', '多大的事', '小题大做', '大惊小怪', '想多了', '太敏感',
  '放宽心', '看开点', '看开一点', '想开点', '想开一点', '有话好好说', '好好说话', '冷静点', '冷静一点', '冷静一下', '冷静冷静', '这点小事',
  '这么点小事', '一点小事', '稍安勿躁', '淡定点', '淡定一点', '淡定些', '不就是', '至于吗', '至于嘛', '不至于吧', '不至于嘛', '不至于啊', '犯得着吗', '何必呢', '何必这样',
];

/** Parties other than the agent that a problem can be pushed to. */
export const OTHER_PARTIES = [
  '别人', '别的', '其他', '其它', '当时的', '原来的', '之前的', '上一个', '他们', '她们', '那边', '对方', '厂家', '厂商', '品牌方',
  '快递', '物流', '银行', '发卡行', '物业', '财务', '技术', '售后', '前台', '店长', '经理', '主管', '总部', '热线', '客服热线',
  '工程部', '营业厅', '老板', '销售', '人事', '导购', '收银', '保安', '业务员', '领导', '上级', '负责人', '上一班', '上一任', '同事', '品牌方', '商家', '平台', '卖家', '店家', '商户', '骑手', '代理人', '车间', '医院', '航空公司', '机场', '保险公司', '供应商', '第三方', '柜台', '门店', '官方', '运营商', '派出所', '12315', '总行', '分行', '支行',
];

/** Departments and outside parties, as owners of "the matter" (财务管, 是工程部的事). */
export const OWNERS = [
  '财务', '财务部', '工程部', '技术', '技术部', '技术部门', '物业', '厂家', '厂商', '总部', '售后', '前台', '银行', '快递', '快递公司', '物流',
  '物流公司', '商家', '平台', '供应商', '第三方', '运营商', '保险公司', '客房部', '餐饮部', '市场部', '风控', '后台', '上面', '领导',
  '卖家', '店家', '商户', '骑手', '代理人', '车间', '老师', '总公司', '总行', '分行', '人事', '人力资源', '单位', '厂商', '医院', '学校', '航空公司', '机场', '供电局', '自来水公司', '开发商', '交警',
];

/**
 * The agent taking a hand-over on ("我来联系", "我已经转给", "我马上帮您处理"), which turns "X owns this"
 * into ownership. A vague "我们会处理" is not enough: it names no step the agent will take.
 */
export const TAKES_IT_ON =
  // "我也是听上面安排的" obeys someone else's arrangement, it takes nothing on.
  '(?:(?:我|我们)(?!(?:也|只|就)?是?(?:听|按|照|奉))' + gap(8) + '(?:联系|确认|问一下|问问|去问|请示|申请|争取|商量|转给|转交|提交|上报|报给|对接|沟通|协调|跟进|反馈|催|核实|通知|安排|升级|预约|约好|陪您|带您)|' +
  '(?:我|我们)(?:来|马上|这就|现在就|立刻|先|会马上)(?:帮您|为您|替您)?(?:处理|解决|查)|(?:我|我们)(?:来|会)?负责(?:到底|跟进|处理|给您|为您|帮您)|(?:帮您|为您|替您)(?:处理|解决|查|提交|申请|上报|反馈|联系|转)|会(?:联系您|回电|给您回))' +
  // … unless the customer is then left to chase it ("我转给其他部门了，之后您自己跟进吧").
  // … or the agent then disowns the rest ("我们已经尽快安排了，但是快递公司那边我们也管不着").
  '(?![^。！？!?]{0,30}(?:[你您](?:得|要|就|只能)?自己(?:去|再)?(?:跟进|交涉|协商|联系|找|催)|管不着|管不了|管不到|不归我|左右不了))';

/** Bodies a customer complains to; sending them there is a dare, not a hand-over. */
export const COMPLAINT_BODY = '消协|消费者协会|12315|法院|律师|工商局|市场监管';

/** Absolute adverbs that turn a statement into a guarantee. */
export const ABSOLUTE = ['准准', '肯定', '一定', '必定', '必然', '保准', '准保', '保证', '保您', '包您', '保管', '绝对', '百分之百', '百分百', '稳稳', '妥妥', '从来不会', '从来都不会', '永远', '必将', '铁定', '统统', '通通'];

/** Outcomes a service cannot promise absolutely. */
export const OUTCOMES = [
  '送到', '到账', '到货', '修好', '治好', '解决', '搞定', '办好', '办成', '批下来', '通过', '成功', '满意', '赚', '涨', '回本', '盈利',
  '大涨', '翻倍', '不亏', '没问题', '不会', '不坏', '不出', '不再', '彻底', '根治', '全消', '全好', '见效', '有效', '最好', '最适合',
  '最低', '最快', '第一', '送达', '到达', '发出', '完成', '办妥', '修复', '恢复', '晚到', '迟到', '延迟', '出错', '出问题', '升值', '保值', '满格', '不掉线', '不返修', '不衰减', '不卡', '追回', '全部', '全额', '所有', '一分不少', '能过', '能批', '能成', '能办', '能修', '能好', '丢', '延误', '坏',
  // Results said as a directional complement: "血压肯定降下来", "房子一定卖出去".
  '下来', '出去', '上去', '起来', '流利', '学会', '掌握', '长高', '变白', '合格', '拿证', '上岸', '及格', '满分', '不复发', '提高', '提升', '增长', '瘦', '倍', '找回', '要回', '考上', '考进', '考过', '过关', '录取', '就好', '好了', '突飞猛进', '进步', '提分', '断根', '除根', '痊愈',
  // Durability and punctuality said as certain: "保管用二十年不变形", "准准地按点飞".
  '一模一样', '回购', '不变形', '不褪色', '不掉色', '不生锈', '不开裂', '不起球', '按点', '准点',
];

/**
 * Mistakes of memory or perception: saying the customer made one ("您肯定是记错了") questions their
 * account, asked or stated, so it is doubting.
 */
export const MEMORY_MISTAKES = ['记错', '看错', '听错', '记混', '弄混', '搞混', '忘了', '误会', '理解错', '想错', '看漏', '记岔', '看岔', '听岔', '看走眼'];

/**
 * Mistakes of action: asked ("您是不是填错了？") they doubt the customer; stated ("您填错了卡号") they
 * blame the customer.
 */
export const ACTION_MISTAKES = ['搞错', '弄错', '操作错', '按错', '点错', '输错', '填错', '拿错', '买错', '用错', '写错', '选错', '插错', '装错', '设错', '下错', '签错', '付错', '转错', '漏填', '漏交', '留错', '报错', '说错', '给错', '发错', '订错', '约错', '弄坏', '摔坏', '弄丢', '搞丢', '丢了', '删了', '误删', '误操作'];

/** Damage the customer may be suspected of (摔, 进水, 拆机); asked about, it doubts them. */
export const DAMAGE = ['摔', '磕', '碰过', '撞', '压', '泡', '进水', '进过水', '淋雨', '受潮', '拆', '刷机', '改装', '私自', '自行', '乱', '掉地', '掉过', '踩', '扯', '暴力', '人为'];
