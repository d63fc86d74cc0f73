// General rules about tone, built from lexicons: "别/不必 … + an emotion word" denies a feeling,
// an absolute adverb + an outcome over-promises, dismissive and gloomy word lists, so that wording
// the phrase rules never saw is caught too.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { ABSOLUTE, anyOf, DENY_LEAD, EMOTIONS, gap, MINIMISE, OUTCOMES } from './lexicon.ts';

const YOU = '[你您]';

/** General rules for the denying_emotion, rude, overpromise and negative_framing categories. */
export const generalToneRules: CoachRule[] = [
  {
    id: 'denying_emotion.general',
    category: 'denying_emotion',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern: [
        `${anyOf(DENY_LEAD)}${gap(8)}${anyOf(EMOTIONS)}`,
        '太(?:较真|计较|敏感|在意|当回事)|差不多就行|别太当回事',
        `${anyOf(DENY_LEAD)}${gap(2)}(?:这么|那么)(?:着急|急|紧张|担心)|(?:担心|紧张|着急|急)成这样`,
        `生${gap(4)}(?:大的)?气|消消气|${anyOf(EMOTIONS)}也(?:没用|解决不了|没办法)`,
        anyOf(MINIMISE),
        // "没什么好着急的", "火气也太大了", "一点小差错而已", "别往心里去".
        `(?:没什么|有什么|没啥|有啥)(?:好|可|值得)${gap(1)}(?:${anyOf(EMOTIONS)}|着急|急|担心)`,
        `(?:火气|脾气|情绪|反应)${gap(2)}(?:太大|这么大|那么大|过激|过头)`,
        '(?:一点|这点|这么点|小)[\\u4e00-\\u9fa5]{0,4}(?:而已|罢了)|别往心里去',
      ].join('|'),
      // Acknowledging the feeling ("换作是我也会生气") is the opposite of denying it.
      exclude: '理解|换作|换成是我|难怪|确实让人|我也会',
    },
    message: say(
      '这句话在否定或淡化客户的情绪，客户会觉得自己的感受不被当回事。',
      'This denies or plays down the customer\'s feelings; they will feel their feelings don\'t count.',
    ),
    suggestion: say(
      '先接住情绪：“发生这样的事，您不高兴是很自然的，我马上为您……”',
      'Accept the feeling first: "It\'s only natural to be upset about this; I\'ll … right away."',
    ),
    examples: {
      positive: ['您用不着发这么大脾气。', '就差了几块钱，不至于吧。', '您先消消气，这事没那么严重。', '别哭了，哭也解决不了问题。', '您太敏感了。', '有话好好说，嚷嚷也没用。'],
      negative: ['我理解您的心情，换作是我也会生气。', '不用担心，数据已经备份好了。', '您这边还有其他需要吗？'],
    },
  },
  {
    id: 'rude.general',
    category: 'rude',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern: [
        // "不行就是不行": the only capturing group of this rule, so \\1 refers to it.
        '(不行|不能|没有|没办法|不可以)就是\\1',
        `${YOU}(?:懂|知道)什么|嫌这嫌那|挑三拣四|(?:那|就)${YOU}?别(?:住|买|用|办|来|要)了|怪谁|怨谁|(?:这么点|这点|几块)${gap(3)}(?:也要|还要|都要)(?:计较|较真)`,
        // Complaining about repeating oneself: "我都讲三遍了", "还要我怎么说".
        // "麻烦您再说一遍" asks for a repeat; only a count already spent (说了三遍, 讲过多少次) complains.
        '(?:说|讲|教|解释|告诉)(?:了|过)(?:你|您)?[一二两三四五六七八九十几多少好八百]+(?:遍|次)|(?:说|讲|教|解释|告诉)(?:你|您)?[二两三四五六七八九十几多少好八百][一二两三四五六七八九十几多少好八百]*(?:遍|次)|还要我(?:怎么|教|说|讲|重复)',
        // Sending the customer off: "不想等可以去别家", "嫌慢你自己来修".
        '(?:去|到|找)别(?:家|处|的地方)|不想(?:等|买|要|办|排|住)' + gap(2) + '(?:就|可以)?(?:别|去|走)|嫌(?:贵|慢|麻烦|差|远|吵|少|烦)',
        // Judging the person: "你这人怎么这么麻烦", "故意找茬", "一看你就…".
        `${YOU}这(?:个)?人|怎么这么(?:麻烦|多事|啰嗦|烦|难伺候|不讲理|较真)|找茬|找事|故意(?:来|找|刁难)|胡搅蛮缠|无理取闹|一看${YOU}就|没文化|不识字`,
        // Brushing off: "行了行了", "下一位", "烦死了", "说重点", "我哪知道".
        '行了行了|好了好了|下一位|烦死了|说重点|哪知道|怎么知道|又不是我|反正就这样|挂了(?=[，,。！!]|$)|等着(?=[。！!]|$)',
        '(?:没|是不是)听懂|听懂了没|听清楚没|听明白没|(?:这|这是)什么(?:问题|话|态度)|(?:自己)?不会(?:看|查|用|读|想)(?:一下)?(?:吗|啊|呀|嘛)',
        `到底${gap(2)}(?:买不买|要不要|办不办|想干什么|想怎样)`,
        // Take it or leave it, orders, exasperation, mocking: "不要拉倒", "快说", "服了你", "你是第一次…吗".
        `要就要|拉倒|${YOU}${gap(6)}(?:干嘛|干什么|干啥)(?=[？?。！!]|$)|别打断|快说|快点说|少啰嗦|废话|闭嘴|别烦|服了你|无语|烦人|你是第一次`,
        '(?:啰嗦|吵|急|催|问|嚷|哭|闹|喊|笑|叫)什么(?:呀|啊|呢)?(?=[，,。！!？?]|$)',
        // "别问我", "有意见去投诉吧", "就这样吧，我还有别的客户", "这都看不懂".
        '常识好吗|(?:跟|和)你说不(?:清|通|明白)|说完了没|别(?:问|找|烦|催)我|自己去(?:看|查)|(?:有意见|不满意|不服)' + gap(2) + '(?:去|就)(?:投诉|告|找)|就这样吧|我还有别的|(?:这都|连这' + gap(2) + '都)' + gap(1) + '不(?:懂|会|明白|知道)|[看听]不懂',
      ].join('|'),
      exclude: '如果|要是|的话|请问|不好意思|抱歉|我再|如有|欢迎',
    },
    message: say(
      '这句话冷淡、不耐烦或看低客户，会直接激怒对方。',
      'This is cold, impatient or belittling, and will provoke the customer.',
    ),
    suggestion: say(
      '换成耐心的说法：“可能是我刚才没讲清楚，我换个方式再为您说明。”',
      'Be patient instead: "I may not have been clear; let me put it another way."',
    ),
    examples: {
      positive: ['我都讲三遍了，还要我怎么说？', '这是常识好吗。', '你说完了没有？', '说了多少遍了，烦不烦。', '不想等可以去别家。', '你这人怎么这么麻烦。', '说明书上写得清清楚楚，自己不会看吗？', '嫌慢你自己来修。', '行了行了，我知道了，下一位。'],
      negative: ['如果您嫌麻烦，我可以上门取件。', '刚才没听清，麻烦您再说一遍好吗？', '请问您遇到的是什么问题？', '不好意思，我再为您说明一次。'],
    },
  },
  {
    id: 'overpromise.general',
    category: 'overpromise',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern: [
        `${anyOf(ABSOLUTE)}${gap(8)}${anyOf(OUTCOMES)}`,
        `(?:收益|回报|利息|年化)${gap(6)}(?:至少|起码|保底|稳定在|不低于)|(?:没有|零|无)(?:任何)?风险`,
        `任何${gap(6)}都(?:不会|能(?:解决|修|赔|退)|没问题|是|全|包|赔)|永不|永久不|全消|根治|药到病除|立竿见影|一劳永逸`,
        `(?:全|整个)(?:城|国|网|市|省|球|世界|小区|行业|区)${gap(6)}(?:最|第一|之最)|(?:行业|业内|同行)${gap(4)}(?:最|第一)`,
        `不会低于|保底收益|稳定收益|一次(?:就)?(?:能|可以)?${gap(2)}(?:彻底|完全|根治|修好|搞定)|怎么${gap(2)}都不会|(?:一定|肯定|保证|保准)(?:能)?(?:到|送达|送到|发货|到账)(?![^，。]{0,2}[吗？])`,
        '(?:每个|每一|所有|任何)' + gap(6) + '都(?:有满|能满|满|不会|没问题)|满格|零故障|零差评|零投诉',
        // "绝不返修", "维修包好", "一分钱都不会亏", "收益稳稳的": guarantees said without an absolute adverb.
        `绝不(?:会)?(?:再)?${gap(2)}(?:返修|坏|出错|出问题|延误|丢|漏|掉线|卡|断|亏|涨价)|(?:维修|修理|修)包好|包(?:修好|治好|能好|赚|过|通过)`,
        `(?:一分钱|一分|分文|一毛钱|一点|半点)${gap(2)}都?(?:不会|不可能)(?:亏|少|赔|损失)|稳赚|稳稳的`,
      ].join('|'),
      // Hedged or negated promises are honest: "不能保证", "预计", "争取".
      exclude: '记错|看错|搞错|弄错|弄丢|忘了|不能保证|不敢|无法保证|没法保证|不一定|预计|争取|尽量|大概|可能|也许|很少能|一般|检测|显示|有一定风险|不代表',
    },
    message: say(
      '这是做不到百分之百的承诺，一旦落空，客户会更失望。',
      'This promises what nobody can guarantee; if it fails, the disappointment is greater.',
    ),
    suggestion: say(
      '承诺您能控制的事：“我会全程跟进，……前把结果告诉您。”',
      'Promise what you control: "I\'ll follow it through and tell you the result by …"',
    ),
    examples: {
      positive: ['您放心，明天一早肯定送到。', '这次换的配件绝不会再坏。', '这个理财稳稳的，一分钱都不会亏。', '我们保证今天必定送达。', '这只基金明年收益至少百分之二十。', '这个理财产品没有风险。', '以后任何问题都不会再发生。', '这款面霜用一周皱纹全消。'],
      negative: ['预计明天下午送到。', '请放心，检测结果显示电池没有任何问题。', '我不能保证一定修好，但我会全程跟进。', '您有任何疑问，都可以随时找我。'],
    },
  },
  {
    id: 'negative_framing.general',
    category: 'negative_framing',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern: [
        // Doubt about the outcome and half-hearted effort.
        `只能尽力|不敢(?:打包票|保证|说)|很少能|不一定(?:能|成功|行|修得好|办得成)|(?:别|不要)${gap(1)}抱${gap(2)}(?:希望|期望|指望)|别指望`,
        '不太确定|拿不准|说不准|说不好(?!听)|不好说|很难说|没准|棘手|难搞|(?:很|太|特别|比较|非常)(?:繁琐|难办|难修|难弄)|折腾|就怕|岔子|出毛病|看运气|成不成|碰运气',
        `要等${gap(2)}(?:很长时间|很久|好久|挺久)|恐怕|拖(?:上|很|好|一阵|得)|费劲|费事|心理准备|没底|白跑|白等|白来|没(?:什么|有)?(?:信心|把握)`,
        `(?:我|帮您|给您|只能|再|先)${gap(2)}试(?:试|一试|着|一下)`,
        // Saying it's hard or open-ended: "挺难的，我只能尽量", "很复杂，不知道要修到什么时候", "您得有个准备".
        `只能尽量|尽量吧|(?<!不)(?:挺|很|太|比较|特别|非常)(?:难|复杂)(?![过受得])|不知道(?:要|能|会)${gap(4)}(?:什么时候|多久|多长)|一直(?:解决|修|好)不了|有个(?:心理)?准备`,
        `(?:让|叫)(?:您|你)${gap(2)}(?:多|白)?跑了|(?:抱歉|对不起|不好意思)[，,]?${gap(2)}(?:您|你)(?:排|等|站)了`,
        // Naming the wait in an apology: "让您等了这么长时间，实在不好意思", "又让您久候了".
        `久候|(?:让|叫)(?:您|你)${gap(4)}(?:等|排|站|候)${gap(2)}(?:这么|那么|很|好)?(?:久|长时间|半天|[一二两三四五六七八九十几半]+个?(?:小时|分钟|钟头))|`+
        `(?:抱歉|对不起|不好意思)${gap(8)}(?:等|排|站)了(?:[一二两三四五六七八九十几半]+个?(?:小时|分钟|钟头))|`+
        `(?:排|等|站)了(?:这么|那么|很|好)?(?:久|长时间|半天)|耽搁|(?:抱歉|对不起|不好意思)${gap(4)}耽误`,
      ].join('|'),
      exclude: '不会让|不能让|不让|以免|避免|不耽误|不难|感谢|谢谢',
    },
    // Uncertainty followed by the agent going to find out is honest, not gloomy.
    anchors: [{ require: 'absent', pattern: '(?:我|我们)(?:这就|马上|现在|先|立刻)(?:帮您|为您)?(?:查|问|核实|确认|联系)', window: 'sentence_and_next' }],
    message: say(
      '消极或没把握的说法会让客户失去信心。',
      'Gloomy or half-hearted wording makes the customer lose confidence.',
    ),
    suggestion: say(
      '用积极的说法：“感谢您的耐心，我会尽全力为您处理，……前给您结果。”',
      'Frame it positively: "Thank you for your patience; I\'ll do my best and update you by …"',
    ),
    examples: {
      positive: ['这件事我只能尽力而为，结果可不敢打包票。', '我帮您问问看，不过别抱太大期望。', '这个故障比较棘手，可能要等很长时间。', '对不起，又让您久候了。', '不好意思，您这通电话排了很久吧。'],
      negative: ['不会让您白跑一趟的，我们已经把货留好了。', '为了不耽误您的时间，我先把材料发给您。', '感谢您的耐心等待。'],
    },
  },
];
