// Rules about saying no: bare refusals, refusals without a reason, and 但是 that takes back a yes.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { gap } from './lexicon.ts';
import { ALTERNATIVE, CONTRAST, OFFER, POSITIVE, REASON, REASON_IN_CLAUSE, REASSURE, REFUSAL, REFUSAL_EXCLUDE } from './patterns.ts';

// A reason in another clause nearby, or said as what happened in the refusing clause itself.
const NO_REASON_ANCHORS = [
  { require: 'absent', pattern: REASON, window: 'around_other_clauses' },
  { require: 'absent', pattern: REASON_IN_CLAUSE, window: 'clause' },
] as const;

// A contrast word at the start of a clause (不但, 再好不过 are not contrasts).
const CONTRAST_AT_CLAUSE = `(?:^|(?<=[，,。！？!?；;\\s]))${CONTRAST}`;
// A promise that names no step, no person and no time ("我们会处理", "会研究的").
const VAGUE_PROMISE = '(?:我们|我|公司|上面)?(?:会|再)(?:处理|解决|研究|考虑|反映|看看|跟进)';
// What makes a promise concrete: something done for the customer, now, or by a time.
const CONCRETE_STEP = '为您|帮您|给您|替您|马上|立刻|现在就|这就|今天|明天|小时|分钟|之前|前给';
const NOT_CONTRAST = '但愿|但凡|不过来|不过分|再好不过|只是(?:想|为了|一点|个|小)';

// The no follows a contrast that turns from a yes given just before ("…可以给您送，只是…没办法").
// "如果查下来锁是好的，那这次的费用也没办法退": a no that only follows a condition in the clause before refuses nothing yet.
const AFTER_CONDITION = { require: 'absent', pattern: '(?:^|[，,。！!？?；;])(?:而且|并且|但是?|不过|那|可)?(?:如|如果|要是|假如|万一|若|倘若)[^，,。！？!?；;]*[，,]\\s*$', window: 'previous_clauses' } as const;

const AFTER_YES_ANCHORS = [
  { require: 'present', pattern: '^(?:只是|但是?|不过|可是|只可惜|然而)', window: 'clause' },
  { require: 'present', pattern: '可以|(?:给|为|帮)您|没问题|好的', window: 'previous_clauses' },
  // "一般批不下来" forecasts an outcome; it turns nothing down.
  { require: 'absent', pattern: '一般|通常|往往|估计|可能', window: 'clause' },
] as const;

/** Rules for the refusal, no_reason and but categories. */
export const refusalRules: CoachRule[] = [
  {
    id: 'refusal.bare',
    category: 'refusal',
    severity: 'error',
    sin: 'hiding_behind_rules',
    match: { kind: 'regex', pattern: REFUSAL, exclude: REFUSAL_EXCLUDE },
    // "A refusal with no 可以/为您 … within the same or the next sentence."
    anchors: [
      AFTER_CONDITION,
      { require: 'absent', pattern: ALTERNATIVE, window: 'nearby_clauses' },
    ],
    message: say(
      '只说“不能”而不给出路，客户会觉得被拒之门外。',
      'A bare "no" with nothing offered instead leaves the customer shut out.',
    ),
    suggestion: say(
      '接着说明能做什么：“我可以为您……，您看可以吗？”',
      'Go on to say what you can do: "What I can do for you is …, would that work?"',
    ),
    edit: { placement: 'sentence_end', text: say('我可以为您……，您看可以吗？', 'What I can do for you is …, would that work?') },
    examples: {
      positive: ['您申请的宽带提速套餐未获批准。', '五楼以上没有电梯，我们不搬。', '这部分损失只能由您自己承担。', '卡都激活了还想退？不可能的。', '这个问题我们前台管不了。', '该型号空调不支持远程预约开机。', '节假日我们不派送。', '软件升级导致的问题不在保修之列。', '这笔转账撤不回的。', '我们不承接这种小工程。', '这套房子不租给带宠物的。', '延期申请没通过。', '这个要求恕难从命。', '我们这不开收据。', '反正也修不好。', '谢谢您的建议，不过我们不打算改。', '处方药我们不卖给您。', '赔偿的话没办法。', '退票手续费免不了的。', '那个套餐我们已经不办了。', '您的建议很好，不过我们暂时不会采纳。', '抱歉，这个不行。', '这种卡我们办不了。', '会员价没法再给您打折了。', '這個我們不能換。', '定制款不退不补。', '活动赠品不支持退换。', '周末不办理开户。', '这项服务今天享受不了。', '我们暂不提供夜间上门服务。', '这个价格不可能再低了。', '这单是不会给您办的。', '店里不让带宠物进来。', '名额满了，加不进去了。', '这个真没辙。', '这份保单不支持中途加保。', '车主您好，保养是可以预约的，但周末一律不接单。'],
      negative: ['如果复查结果正常，那这次的挂号费就没法退了。', '地下车库今天在清洗，暂时不能停车，不过对面商场的停车场都有空位。', '系统并不会直接驳回您的报销。', '天气原因谁也控制不了，航班时间以机场通知为准。', '找不到停车位确实挺闹心的。', '经核实是线路老化，因此无法按人为损坏收费，维修全部免费。', '由于该款属于特价商品，不支持无理由退货，但如有质量问题，我们依然提供一年保修。', '这款扫地机不支持语音控制，如果您需要，我推荐同系列的语音版。', '账户被盗我们不承担责任。', '门票买不到是你自己没提前抢。', '生鲜签收后不支持无理由退货，如有变质，我们全额退款。', '停车场夜里不对外开放，我把附近停车场的定位发您。', '想提前入住可以理解，我先帮您问问能不能早点打扫。', 
        '实在不行就只能退款了。', '这款胶水粘上就永远掉不了。', '由于库存不足，这单没法全部发货，我先把现有的两件发出。', '您的申请还没通过审核，预计明天出结果。',
        '信号不好，没法听清您说的地址，能再说一遍吗？', '停车场在刷地坪，车开不进去，门口划了临时车位。', '退不退得了我帮您问一下。', '注销后数据无法找回，请先备份。', '哭解决不了问题，我们先一起看看怎么补救。', '这款暂时缺货，没法发货，到货后我第一时间通知您。',
        '这个型号不能退，但可以为您换成同价位的新款。',
        '我们不会再让您失望。',
        '请问您这边能不能登录App？',
        '如果这个时间不行，我再为您约明天上午。',
        '您的电脑无法开机，我们先安排检测。',
        '这趟送货用不了多久，下午就到。',
        '您不接受这个方案的话，我再帮您想别的办法。', '别担心，东西丢不了，我们都有监控。', '为了您的账户安全，请不要把验证码告诉任何人。', '我们不会给您带来任何额外麻烦。', '我们暂时不支持货到付款，不过您可以用信用卡分期。', '这款不可以机洗，建议手洗。', '我也没辙，你看着办吧。', '您提到的“不能退”其实是旧规则，现在支持七天无理由了。', '我们一律不收取上门安装费。', '师傅说路口封了车开不过来，他在北门等您。',
      ],
    },
  },
  {
    id: 'no_reason.bare',
    category: 'no_reason',
    severity: 'warning',
    sin: 'coldness',
    match: { kind: 'regex', pattern: REFUSAL, exclude: REFUSAL_EXCLUDE },
    anchors: [
      AFTER_CONDITION,
      ...NO_REASON_ANCHORS,
      { require: 'absent', pattern: ALTERNATIVE, window: 'nearby_clauses' },
    ],
    message: say(
      '拒绝时没有说明原因，客户难以接受。',
      'The refusal gives no reason, which makes it hard to accept.',
    ),
    suggestion: say(
      '在前面说明原因：“因为……，”',
      'Give the reason first: "Because …, "',
    ),
    edit: { placement: 'sentence_start', text: say('因为……，', 'Because …, ') },
    examples: {
      positive: ['您的会员升级申请不符合条件，不予受理。', '很遗憾地通知您，您的退税复核申请没有通过。', '这个套餐不在优惠范围。', '这事归物业管，我们处理不了。', '这是厂家的问题，我们换不了。', '那个套餐我们已经不办了。', '对不起，这个不行。', '这种套餐办不了。', '已经出票的机票改不了名字。', '冻结期间无法解冻。'],
      negative: ['这里是业主专用电梯，外卖员不能乘坐。', '经核实不是质量问题，因此无法免费更换。', '会员卡一旦激活就没法转赠。', '是您私自改装线路引起的短路，损失只能由您自己承担。', '检测结果显示电池完好，不予换新。', '没有购物小票我们退不了。', '系统不允许重复领取。', '开封以后不退换。', '名额都报完了，这期加不进去了。', '预约得提前一周，这周排不上了。', '开了封就不退了。', '免费名额没了，不能再给您加了。', '因为已经超过保修期，这次维修无法免费。', '按照合同条款，违约金不能减免。', '今晚的房间订满了，换不了。', '房间已经订满了换不了。'],
    },
  },
  {
    id: 'no_reason.softened',
    category: 'no_reason',
    severity: 'hint',
    match: { kind: 'regex', pattern: REFUSAL, exclude: REFUSAL_EXCLUDE },
    anchors: [
      ...NO_REASON_ANCHORS,
      { require: 'present', pattern: ALTERNATIVE, window: 'nearby_clauses' },
    ],
    message: say(
      '已经给了替代方案，再补一句原因会更容易被接受。',
      'You offer an alternative; adding the reason makes it easier to accept.',
    ),
    suggestion: say(
      '在拒绝前补一句原因：“因为……，”',
      'Add the reason before the refusal: "Because …, "',
    ),
    edit: { placement: 'sentence_start', text: say('因为……，', 'Because …, ') },
    examples: {
      positive: ['我们不能退货，但可以为您换一台。'],
      negative: ['因为商品已经激活，我们不能退货，但可以为您换一台。', '我们可以为您换一台。'],
    },
  },
  {
    id: 'but.cancels_yes',
    category: 'but',
    severity: 'warning',
    match: { kind: 'regex', pattern: CONTRAST_AT_CLAUSE, exclude: NOT_CONTRAST },
    // It takes back a yes when nothing the agent will do follows it (…，不过请放心，我会… is fine).
    anchors: [
      { require: 'present', pattern: POSITIVE, window: 'previous_clauses' },
      { require: 'absent', pattern: OFFER, window: 'after_in_sentence' },
    ],
    message: say(
      '“但是”会把前面的肯定和理解一笔勾销，客户只会记住后半句。',
      '"But" cancels the acceptance before it; the customer only hears what follows.',
    ),
    suggestion: say(
      '去掉“但是”，直接说明情况和能做的事：“我理解您的心情，同时我为您……”',
      'Drop the "but" and go on with what you can do: "I understand, and what I will do is …"',
    ),
    examples: {
      positive: ['我们已经记录并上报了，后续会考虑调整，但具体什么时候能落实，目前也说不准。', '我能理解您的心情，话虽如此，合同上的条款还是要执行。', '报销单已经受理了，只是财务这个月特别忙。', '这个型号本来是可以升级的，问题是您的版本太老了。', '我们已经尽快处理了，可是银行那边放款要看他们的进度。', '您的提议很好，只可惜这周的名额定了。', '洗车可以约，问题是今天下午排满了。', '晓得您赶时间，可这班车已经开走了。', '话是这么说，可是厨房也有厨房的规矩。', '您讲得都对，话说回来，合同里也写了这条。', '房间给您升级了，只不过早餐不含。', '我们已经在加急处理，不过最快也要明天。', 'Sorry，但您当时没说要加急啊。', '桌子有的，只是靠窗的位置给不了您。', '药是有货的，可是今天配送不了了。', '您的意见我们一定转达，但是改不改不是我们说了算。', 'It\'s fine，您说的我都认，但就是没办法给您补。', '我们已经尽量加快了，不过物流的事我们也左右不了。', '我明白您的意思，但是这个没法改。', '好的，可以退，不过要扣手续费。', '宽带是装好了，但是网速要过几天才稳定。', '这款确实好用，就是贵了点。', '好的没问题，只不过要另外收费。'],
      negative: ['如仍有疑问，可携带支付凭证到管理处查询。', '您的申请已经审核通过，款项今天下午到账，到账后我短信通知您。', '问题是出在配件上，我们免费给您换一个。', '可选的颜色有三种，我拍照发您。', 
        '已经给您换好了新卡，不过积分要明天才能转过来，转好后我短信告诉您。',
        '价格是贵了一点，但是用料很扎实。',
        '很抱歉给您添了麻烦，不过请放心，我会马上处理。',
        '这款耳机不但音质好，而且很轻。',
        '我们不能退货，但可以为您换一台。',
        '我已经为您申请了补偿，不过到账需要两天，到账后我会短信通知您。', '我们暂时不支持货到付款，不过您可以用信用卡分期。',
      ],
    },
  },
  {
    id: 'but.normalises',
    category: 'but',
    severity: 'warning',
    match: { kind: 'regex', pattern: CONTRAST_AT_CLAUSE, exclude: NOT_CONTRAST },
    // "房间确实有点潮，不过南方的房子都这样": the drawback is granted, then waved off as normal.
    anchors: [
      { require: 'present', pattern: '确实|的确|是(?:有|挺|很|比较|会)|有点|有些|难免', window: 'previous_clauses' },
      { require: 'present', pattern: '都(?:是)?这(?:样|个样)|(?:很|挺|再|属于|是|也)正常|正常现象|难免|在所难免|免不了|避免不了|常有的事|通病|普遍现象', window: 'after_in_sentence' },
      { require: 'absent', pattern: OFFER, window: 'after_in_sentence' },
    ],
    message: say(
      '先承认问题，再用“不过……都这样”把它说成正常，等于收回了前面的承认。',
      'Granting the problem and then calling it normal ("but they\'re all like that") takes the admission back.',
    ),
    suggestion: say(
      '承认之后接上能做的事：“确实有点潮，我马上给您送一台除湿机。”',
      'Follow the admission with an action: "It is a bit damp; I\'ll bring you a dehumidifier right away."',
    ),
    examples: {
      positive: ['房间确实有点潮，不过南方的房子都这样。', '这款确实有些发热，但是这属于正常现象。'],
      negative: ['确实有点潮，不过我马上给您送一台除湿机。', '新手机有点发热，这是正常现象，半小时后会恢复。'],
    },
  },
  {
    id: 'but.although_no',
    category: 'but',
    severity: 'warning',
    match: { kind: 'regex', pattern: CONTRAST_AT_CLAUSE, exclude: NOT_CONTRAST },
    // "虽然您是老会员，但这次的优惠不适用": what is granted with 虽然 is taken back by a no.
    anchors: [
      { require: 'present', pattern: '虽然|虽说|尽管(?!如此)', window: 'previous_clauses' },
      { require: 'present', pattern: '不(?:适用|能|行|可以|支持|予|包括|参与|享受)|无法|没法|没办法|不了', window: 'after_in_sentence' },
      { require: 'absent', pattern: OFFER, window: 'after_in_sentence' },
    ],
    message: say(
      '“虽然……但……不能”先给后收，客户只会记住后半句的“不能”。',
      '"Although …, but … can\'t" grants something only to take it back; the customer hears the "can\'t".',
    ),
    suggestion: say(
      '先说能做的：“您是我们的老会员，这次活动不适用，我为您申请了……”',
      'Lead with what you can do: "As a long-standing member, this offer doesn\'t apply, so I have arranged … for you."',
    ),
    examples: {
      positive: ['虽然您是老会员，但这次的优惠不适用。'],
      negative: ['虽然今天快递停了，但我们已经安排明天一早优先发出。', '虽然价格贵一点，但是用料很扎实。'],
    },
  },
  {
    id: 'but.concession',
    category: 'but',
    severity: 'warning',
    // "理解归理解，…", "好是好，…": the doubled concession is itself the 但是 that takes the yes back.
    // "东西是好东西，可惜…" concedes the same way.
    match: { kind: 'regex', pattern: '(?<x>[\\u4e00-\\u9fa5]{1,2})归\\k<x>(?=[，,])|(?<y>[好行对可])是\\k<y>(?=[，,])|(?<z>[\\u4e00-\\u9fa5]{1,2})是好\\k<z>(?=[，,])' },
    anchors: [{ require: 'absent', pattern: OFFER, window: 'after_in_sentence' }],
    message: say(
      '“……归……”“好是好”先认可再收回，客户只会记住后半句。',
      '"Granted …, but" grants the point only to take it back; the customer hears the second half.',
    ),
    suggestion: say(
      '直接说明情况和能做的事：“您说得对，我这边能为您做的是……”',
      'Say plainly what you can do: "You are right, and what I can do for you is …"',
    ),
    examples: {
      positive: ['理解归理解，规定还是规定。', '好是好，就是得多等几天。', '东西是好东西，可惜库存只剩展示机。'],
      negative: ['好的，我马上帮您办。', '理解归理解，我还是先为您申请一次减免。'],
    },
  },
  {
    id: 'but.vague_promise',
    category: 'but',
    severity: 'warning',
    sin: 'indifference',
    match: { kind: 'regex', pattern: CONTRAST_AT_CLAUSE, exclude: NOT_CONTRAST },
    // "…，但是我们会处理": a contrast followed only by a promise with no step and no time is a brush-off.
    anchors: [
      { require: 'present', pattern: VAGUE_PROMISE, window: 'after_in_sentence' },
      { require: 'absent', pattern: CONCRETE_STEP, window: 'after_in_sentence' },
    ],
    message: say(
      '“但是”后面只跟一句笼统的“会处理”，听起来像在打发客户。',
      '"But" followed only by a vague "we\'ll deal with it" sounds like a brush-off.',
    ),
    suggestion: say(
      '去掉“但是”，说清谁来做、做什么、什么时候：“我现在就为您……，……前给您回复。”',
      'Drop the "but" and say who does what by when: "I\'m … for you now and will reply by …"',
    ),
    examples: {
      positive: ['这个不归我管，但是我们会处理。', '您说的我知道了，不过我们会研究的。'],
      negative: ['这个型号不能退，但我现在就为您换一台，今天下午送到。', '我们不能退货，但可以为您换一台。'],
    },
  },
  {
    id: 'but.before_offer',
    category: 'but',
    severity: 'hint',
    match: { kind: 'regex', pattern: CONTRAST_AT_CLAUSE, exclude: NOT_CONTRAST },
    // Even before an offer, 但是 makes it sound grudging; the offer reads better on its own.
    anchors: [
      { require: 'present', pattern: OFFER, window: 'after_in_sentence' },
      { require: 'absent', pattern: REASSURE, window: 'after_in_sentence' },
    ],
    message: say(
      '“但是”让后面的帮助听起来很勉强，直接说能做的事更好。',
      '"But" makes the help that follows sound grudging; just say what you will do.',
    ),
    suggestion: say('去掉“但是”，直接接上能做的事：“……，我可以为您……”', 'Drop the "but": "…, and what I can do for you is …"'),
    edit: { placement: 'replace_match', text: say('', '') },
    examples: {
      positive: ['我们不能退货，但可以为您换一台。', '这个不归我管，但是我们会处理。'],
      negative: ['很抱歉给您添了麻烦，不过请放心，我会马上处理。', '这款耳机不但音质好，而且很轻。'],
    },
  },
  {
    id: 'no_reason.withheld',
    category: 'no_reason',
    severity: 'warning',
    sin: 'coldness',
    match: {
      kind: 'regex',
      // The reason itself refused: "具体原因不便透露", "不便告知原因", "无可奉告".
      pattern: '原因' + gap(2) + '(?:不便|不方便|无法|不能|不予)(?:透露|告知|说明|告诉|解释|公开)|不(?:方)?便(?:透露|告知|说明|解释)' + gap(2) + '原因|无可奉告',
    },
    message: say(
      '明说“原因不便透露”，客户只会更不能接受。',
      'Saying the reason cannot be given makes the decision even harder to accept.',
    ),
    suggestion: say(
      '说明能说的原因：“这是因为……，具体细节我帮您再确认。”',
      'Give what reason you can: "This is because …; I\'ll confirm the details for you."',
    ),
    examples: {
      positive: ['具体原因不便透露。', '审核未通过，原因无法告知。', '这个无可奉告。'],
      negative: ['由于系统升级，服务暂停两小时，给您带来不便敬请谅解。', '原因是库存不足，我帮您登记到货提醒。'],
    },
  },
  {
    id: 'but.frankly',
    category: 'but',
    severity: 'warning',
    match: { kind: 'regex', pattern: '(?:但是|但|不过|可是|只是)[，,]?(?:说实话|实话实说|老实说|说真的|坦白讲|坦白说)' },
    message: say(
      '“但是说实话”会把前面的话一笔勾销。',
      '"But frankly" takes back what was said before it.',
    ),
    suggestion: say(
      '去掉转折，直接说情况和能做的事。',
      'Drop the turn and state the situation and what you will do.',
    ),
    examples: {
      positive: ['我们已经反映了，但是说实话，短期内很难改。'],
      negative: ['说实话，这款性价比很高。'],
    },
  },
  {
    id: 'refusal.after_yes',
    category: 'refusal',
    severity: 'error',
    sin: 'hiding_behind_rules',
    match: { kind: 'regex', pattern: REFUSAL, exclude: REFUSAL_EXCLUDE },
    // "脚垫可以给您送，只是行车记录仪这个就真没办法了": the yes was for something else; this no stands bare.
    anchors: [...AFTER_YES_ANCHORS, { require: 'absent', pattern: ALTERNATIVE, window: 'after_in_sentence' }],
    message: say(
      '前面答应了一件事，转折后的“不行”仍然没有给出路。',
      'A yes to one thing does not offer a way out of the no after the "but".',
    ),
    suggestion: say(
      '对被拒绝的这一项也给出可行的办法：“……这个我可以为您……”',
      'Offer a way forward for the refused item too: "For that, what I can do is …"',
    ),
    examples: {
      positive: ['发票可以给您开，只是纸质的真没办法了。'],
      negative: ['发票可以给您开，只是纸质的没办法，我给您发电子版。', '可以给您延期，只是因为系统限制，最长不能超过一个月。'],
    },
  },
  {
    id: 'no_reason.after_yes',
    category: 'no_reason',
    severity: 'warning',
    sin: 'coldness',
    match: { kind: 'regex', pattern: REFUSAL, exclude: REFUSAL_EXCLUDE },
    anchors: [...AFTER_YES_ANCHORS, ...NO_REASON_ANCHORS],
    message: say(
      '答应之后又说“不行”，却不说明原因，客户会觉得被敷衍。',
      'A no after a yes with no reason given feels like a brush-off.',
    ),
    suggestion: say(
      '说明限制的原因：“因为……，所以……”',
      'Give the reason for the limit: "Because …, …"',
    ),
    edit: { placement: 'sentence_start', text: say('因为……，', 'Because …, ') },
    examples: {
      positive: ['发票可以给您开，只是纸质的真没办法了。'],
      negative: ['可以给您延期，只是因为系统限制，最长不能超过一个月。'],
    },
  },
  {
    id: 'no_reason.limit',
    category: 'no_reason',
    severity: 'warning',
    sin: 'coldness',
    // A cap said as a bare no: "多了不行", "多的真没有", "再多一分都拿不出来".
    match: { kind: 'regex', pattern: '(?:多了|多的|再多)' + gap(4) + '(?:不行|没有|没了|不能|给不了|拿不出|不可以|办不了|做不到)' },
    anchors: [...NO_REASON_ANCHORS],
    message: say(
      '只说“多了不行”，没有说明为什么有这个上限。',
      'Saying "no more than that" without saying why the cap exists.',
    ),
    suggestion: say(
      '说明上限的来由：“按照……规定，最多……”',
      'Say where the cap comes from: "Under …, the most we can do is …"',
    ),
    examples: {
      positive: ['最多补偿五十，多了不行。', '只能送两张，多的真没有。'],
      negative: ['按照活动规定每人限两张，多了系统不让下单。'],
    },
  },
];
