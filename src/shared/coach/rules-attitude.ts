// Rules about attitude: denying the customer's feelings, rudeness, and promises nobody can keep.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { CONTRAST } from './patterns.ts';
import { gap } from './lexicon.ts';

const YOU = '[你您]';

/** Rules for the denying_emotion, rude and overpromise categories. */
export const attitudeRules: CoachRule[] = [
  {
    id: 'denying_emotion.dismiss',
    category: 'denying_emotion',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern:
        '(?:不必|不用|用不着|没必要|犯不着|犯不上)[^，。！？]{0,6}(?:生气|激动|发火|大火|大反应|上火)|不就是[^，。]{1,8}(?:嘛|吗|而已)|' +
        '(?:别|不要|先别|不用)(?:这么|那么)?(?:激动|生气|发火|发脾气|动气|上火|冲动|嚷嚷|嚷|吵|喊|闹|吼|较真|计较|情绪化)|' +
        '有什么好(?:生气|激动|着急|闹)|至于[^，。]{0,6}吗|犯得着|何必(?:这么|呢)|' +
        '小题大做|(?:这点|这么点|一点)小事|(?:这点|这么点|这么个|这种)小(?:事|问题|毛病|钱)|冷静(?:一点|点|一下)|情绪不要这么|' +
        '也值得投诉|不值得[^，。]{0,4}(?:生气|激动|发火|投诉|闹|计较)|没必要这么|大惊小怪|没什么大不了|多大(?:点|的)事|想开(?:一)?点|看开(?:一)?点',
    },
    message: say(
      '否定客户的情绪，等于告诉对方他的感受不重要。',
      'Denying the customer\'s feelings tells them those feelings don\'t matter.',
    ),
    suggestion: say(
      '先接纳情绪：“我非常理解您现在的心情，换作是我也会不高兴。”',
      'Acknowledge the feeling: "I completely understand how you feel; I would feel the same."',
    ),
    examples: {
      positive: ['这种小问题您就别投诉了。', '您别激动。', '这有什么好生气的。', '没必要这么生气吧。', '您冷静一下。', '您先别动气，这点小毛病而已。', '多大点事，看开点。'],
      negative: ['我理解您的心情，换成是我也会生气。', '至于退款的问题，我马上为您办理。'],
    },
  },
  {
    id: 'denying_emotion.dont_worry',
    category: 'denying_emotion',
    severity: 'hint',
    match: { kind: 'regex', pattern: '(?:别|不要|不用|不必)(?:太)?(?:着急|紧张)' },
    message: say(
      '“别着急”容易听成不在乎对方的着急，先表示理解更好。',
      '"Don\'t worry" can sound as if their worry doesn\'t count; acknowledge it first.',
    ),
    suggestion: say('改为：“我理解您着急，我马上为您……”', 'Say: "I understand this is urgent; I\'m … right away."'),
    examples: { positive: ['您别着急。'], negative: ['我理解您着急，我马上查。'] },
  },
  {
    id: 'rude.dismissive',
    category: 'rude',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern:
        '听不懂|听不明白|你懂不懂|随便你|随你(?:便|的便)?(?![时意])|爱(.)不\\1|爱(.{1,2})谁\\2谁|就别(?:买|住|用|办|来|问)|烦不烦|有完没完|' +
        '没听见吗|没听到吗|没义务|不满意[^，。]{0,4}(?:可以走|走人|别来|可以不(?:来|买|要|办|用|住))|' +
        '说了(?:多少|几|八百|好几)(?:遍|次)|说了[三两几]遍|跟你说了|说过了|你还问|有本事|看着办吧|没空|没时间跟你|懒得|少废话|别啰嗦|' +
        '哪来那么多|哪有那么多|到底想怎么样|你想怎么样[？?！!]|这么简单都不会|都不会用|自己看[^，。]{0,4}去|自己(?:上网)?查吧|' +
        '爱信不信|关你什么事|你有病|神经病|笨蛋|你真笨|傻瓜|我很忙|我也没办法|' +
        // Mocking and brushing off: "催什么催", "不懂就别乱按", "你自己不会看吗", "我正忙着呢".
        '([吵喊叫嚷闹催急哭看问说笑])什么\\3(?=[，,。！!？?…\\s啊呀]|$)|不懂就别|别乱(?:点|按|动|弄|说|搞|来)|瞎(?:点|按|弄|搞|折腾|嚷|喊|闹|扯)|' +
        '[你您](?:自己)?不会(?:看|查|用|问|读|听)[^，。？?]{0,8}(?:啊|吗|呀|嘛)|没看(?:到|见)我(?:在|正)?忙|我(?:正)?忙着呢|' +
        '催也没用|问那么多干|这都不(?:会|懂|知道)|连这(?:个)?都不|到底(?:会不会|懂不懂)|活该|自找的|买不起|嫌贵(?:就)?别',
    },
    message: say(
      '冷淡或不耐烦的话会直接激怒客户。',
      'Cold or impatient words will provoke the customer.',
    ),
    suggestion: say(
      '耐心地再说明一次：“可能是我刚才没讲清楚，我换个方式再为您说明。”',
      'Explain again, patiently: "I may not have been clear; let me put it another way."',
    ),
    examples: {
      positive: ['爱要不要。', '你听不懂吗？', '我很忙，自己查吧。', '有本事去告我们。', '催什么催，排队去。', '不会用就别瞎按。', '您自己不会查一下吗？'],
      negative: ['您随时可以来电咨询。', '可能我刚才没说清楚，我再为您讲一遍。'],
    },
  },
  {
    id: 'rude.rhetorical_overreaction',
    category: 'rude',
    severity: 'error',
    sin: 'coldness',
    // Rhetorical "is it worth getting angry over this?": "至于发这么大火吗", "有必要这么生气吗", "这有什么好急的".
    match: {
      kind: 'regex',
      pattern:
        '(?:至于|值得|有必要|犯得着|用得着)[^。！？!?，,]{0,12}?(?:生气|发(?:这么大的?|那么大的?)?火|上火|吵|闹|投诉|着急|急成|计较|激动|哭|骂)[^。！？!?，,]{0,4}(?:吗|嘛)|' +
        '有什么好(?:急|气|生气|吵|闹|哭|计较|投诉)的',
    },
    message: say(
      '反问客户“至于吗”“有什么好急的”是在嘲讽对方的情绪。',
      'Asking "is it worth getting so upset?" mocks the customer\'s feelings.',
    ),
    suggestion: say(
      '先承认对方的感受：“给您添麻烦了，我理解您着急，我马上处理。”',
      'Acknowledge the feeling first: "Sorry for the trouble; I understand, I\'ll handle it now."',
    ),
    examples: {
      positive: ['您至于发这么大火吗？', '就晚了半天，有必要这么生气吗？', '为了五块钱犯得着投诉吗？', '这有什么好急的？', '值得为这点小事跟我们吵吗？'],
      negative: ['如有必要，我们会安排师傅上门。', '我理解您生气，我马上处理。', '这款产品值得入手吗？我为您介绍一下。', '您是否需要投诉，我们都尊重。'],
    },
  },
  {
    id: 'rude.rules_as_wall',
    category: 'rude',
    severity: 'error',
    sin: 'hiding_behind_rules',
    // A bare "没得商量" refuses (the refusal rules report it); it is a wall when a rule is what it rests on.
    match: { kind: 'regex', pattern: '规定就是规定|没什么好(?:商量|说)的|(?:规定|制度|政策)就是这样|(?:规定|制度|政策|规矩|条款|合同)[^。！？]{0,8}没得商量' },
    // After "您说得对，但是…" the wall is what the 但是 takes back, reported once by the but rule.
    anchors: [{ require: 'absent', pattern: CONTRAST, window: 'before_in_sentence' }],
    message: say(
      '拿规定堵住客户的嘴，客户只会觉得被敷衍。',
      'Using the rules as a wall makes the customer feel brushed off.',
    ),
    suggestion: say(
      '解释规定的原因，再给出能做的事：“这条规定是为了……，在这个范围内我可以为您……”',
      'Explain why the rule exists, then what you can do within it: "This rule protects …; within it I can …"',
    ),
    examples: { positive: ['规定就是规定。', '这是制度，没得商量。'], negative: ['这条规定是为了保护您的账户安全。', '您说的有道理，但是规定就是规定。', '提前解约这事没得商量。'] },
  },
  {
    id: 'overpromise.absolute',
    category: 'overpromise',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern:
        '绝对(?!值|路径|地址|温度|坐标|引用)|百分之百|百分百|100[%％]|稳赚|保本|保收益|只涨不跌|必涨|(?:收益|利润|赚)[^，。]{0,3}翻倍|(?:至少|起码)涨|(?<!不敢|不能|没法|可不敢)打包票|包[您你]满意|' +
        '(?<!不|不能|无法|不敢|没法|难以)保证(?!金)[^，。！？]{0,8}(?:永远|再也|绝|一定|不|没有任何|能|到)|(?:我|我们)保证(?=[。！!，,]|$)|' +
        '(?:永远|再也)不会|(?:永远|再也)不(?:再)?(?:出现|坏|有|卡|发生|掉)|[一十百两三五]+年都(?:不会|用不)|(?:任何|所有)问题[^，。]{0,4}都能|翻一番|翻倍(?!活动)|' +
        '什么问题都能|肯定(?:能到|能修好|没问题|不会)|一定到账|' +
        // Market and quality boasts: "肯定涨", "绝不会", "零风险", "一辈子不坏", "全国第一".
        '肯定(?:涨|赚|盈利|回本|不亏|能(?:解决|成功|赚|涨|通过|批|退|办好))|一定(?:会)?(?:涨|赚|盈利|能(?:修好|赚|涨|通过|批下来))|' +
        '绝不会|决不会|绝无|万无一失|零(?:风险|故障)|无风险|没有任何风险|稳(?:涨|赚|赢|升值|回本|盈利)|(?:亏|跌)不了|只赚不赔|包(?:赚|涨)|' +
        '保证(?:赚|盈利|收益)|一辈子|终身(?:不|都不|免)|全国第一|全网最低',
      // Saying what cannot be guaranteed is the honest opposite.
      exclude: '不敢|(?:不能|无法|没法|没办法|不好|不)保证|不一定|(?:没有|不是)(?:百分之百|百分百|绝对)',
    },
    message: say(
      '绝对化的承诺一旦做不到，客户的失望会更大。',
      'An absolute promise that can\'t be kept turns into a bigger disappointment.',
    ),
    suggestion: say(
      '承诺自己能控制的事：“我会在……前跟进并告诉您结果。”',
      'Promise what you control: "I will follow up and tell you the result by …"',
    ),
    examples: {
      positive: ['这辆车发动机终身免维修。', '房子买了稳升值。', '这个绝对没问题。', '我保证以后永远不会再坏。', '这只基金稳赚。', '这款理财零风险。', '下个月肯定赚回来。', '这台冰箱用一辈子都没事。'],
      negative: ['绝对值函数在表格里写作ABS。', '我不能保证一定修好，但我会全程跟进。', '预计两个工作日内完成。'],
    },
  },
  {
    id: 'rude.belittle',
    category: 'rude',
    severity: 'error',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        // Rhetorical questions that belittle the complaint: "这点小事至于吗", "犯得着发这么大火吗", "有什么好气的".
        // ("有什么好生气的" and "不就是晚了一天嘛" deny the feeling; the denying_emotion rules report them.)
        '至于(?:吗|嘛)|犯得着' + gap(8) + '(?:吗|嘛)|有什么好' + gap(1) + '(?:计较|投诉|挑)的',
        // Blame thrown back as a question or a taunt: "谁让您不仔细填的", "还来怪我们", "你自己心里清楚", "现在才想起来找我们".
        `谁让${YOU}|还(?:来|要|敢|好意思)?(?:怪|赖|怨)(?:我们|我|别人|物业|商家|平台)|${YOU}(?:自己)?心里(?:清楚|明白|有数)(?=[。！!，,吧]|$)|才(?:想起来|知道|记得)(?:找|问|来|投诉|说|要)`,
        // Putting the person down: "是不是您要求太高了", "老人家记性不好吧", "现在谁还看电视".
        // The request echoed and shut with a flat "不可能" ("退费？不可能的。").
        '(?:要求|期望|期待|标准)' + gap(2) + '(?:太|过|也太)高|不可能(?<=(?:^|[。！!，,])[\\u4e00-\\u9fa5]{1,4}[？?]不可能)(?:的)?(?=[，,。！!]|$)|(?:跟|和)' + gap(6) + '有(?:什么|啥)关系[？?]|记性(?:不好|差)|老糊涂|脑子(?:不好|有问题|不清楚)|现在谁还',
        // The complaint itself waved off: "现在投诉恐怕也无济于事", "不就看不了两天电视嘛".
        '(?:投诉|闹|吵|找我)' + gap(4) + '(?:无济于事|白搭|于事无补)',
        // Left to fend for themselves or sent to argue with a machine: "自己修吧", "有意见找系统去".
        `(?:^|(?<=[，,。！!了]))(?:那)?${YOU}?(?:就)?自己(?:修|处理|解决|想办法|搞定|弄)(?:吧|去)(?=[。！!]|$)|(?:有意见|不满意|不服|不满)${gap(2)}找${gap(6)}去(?=[。！!]|$)`,
      ].join('|'),
      exclude: '如果|要是|的话|请问|不好意思|抱歉|欢迎',
    },
    message: say(
      '反问和挖苦会让客户觉得被看低，矛盾只会升级。',
      'Rhetorical questions and taunts belittle the customer and escalate the conflict.',
    ),
    suggestion: say(
      '正面回应客户的诉求：“给您添麻烦了，我们一起看看怎么解决。”',
      'Answer the request itself: "Sorry for the trouble; let\'s see how we can fix it."',
    ),
    examples: {
      positive: ['就晚了十分钟，至于吗？', '多大年纪了还犯得着为这个吵吗？', '一杯奶茶有什么好投诉的？', '谁让你不早点来排队的。', '你自己操作失误还来怪我们？', '你做了什么你自己心里清楚。', '用了一年了才想起来找我们退？', '是不是您要求太高了？', '您记性不好吧，上周就通知过了。', '现在投诉也无济于事。', '现在谁还用纸质发票。', '门没锁好跟我们有什么关系？', '加急？不可能的。', '保修过了，自己修吧。', '有意见找总部去。', '这也值得投诉，犯得着吗？'],
      negative: ['我们已经为您加急处理，请放心。', '您说的情况我心里有数了，马上安排师傅。', '这样不就方便多了嘛，我帮您设置好。', '如果您不满意，我们再帮您调整。', '您的要求我们都记下了，尽量今天给您答复。', '我刚想起来还有一张优惠券可以给您用。', '您问会不会再涨价？不可能，合同价格是锁定的。'],
    },
  },
  {
    id: 'rude.cannot_afford',
    category: 'rude',
    severity: 'error',
    sin: 'arrogance',
    // "您要是预算有限，可能也不太适合养这个品种": the customer's means judged, the sale waved away.
    match: { kind: 'regex', pattern: '不(?:太)?(?:适合|合适)(?:您|你)?(?:养|买|用|选|玩|学|住|开|消费|来)|(?:消费|买|住|用|养)不起' },
    anchors: [{ require: 'present', pattern: '预算|钱|经济|收入|消费水平|价位|档次', window: 'sentence' }],
    message: say(
      '拿客户的预算说事，等于看低客户，会直接激怒对方。',
      'Judging the customer\'s budget looks down on them and will provoke them.',
    ),
    suggestion: say(
      '按预算给出选择：“这个价位我们还有……，我给您介绍一下？”',
      'Offer choices within the budget: "In this price range we also have …; shall I show you?"',
    ),
    examples: {
      positive: ['您要是预算有限，可能也不太适合养这个品种。', '这个价位的房间您可能住不起，看看别的吧。', '钱不够的话这款车不太适合您开。'],
      negative: ['这款面霜不太适合敏感肌，您可以选温和配方的。', '预算有限的话，这款性价比很高，也很适合新手养。', '这个尺码不太合适您，我给您换大一号。'],
    },
  },
  {
    id: 'denying_emotion.out_of_proportion',
    category: 'denying_emotion',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern:
        '(?:这么|那么)(?:生气|激动|着急|急|大火|上火|紧张)' + gap(2) + '(?:干嘛|干什么|干啥|做什么)|(?:没什么|有什么|没啥|有啥)好气的|' +
        '(?:别|不必|不用|无需|用不着|没必要)(?:太|过于|那么|这么)(?:在意|紧张|介意|上心)',
      exclude: '理解|换作|难怪|确实让人|我也会|谁都会',
    },
    message: say(
      '告诉客户不该有这样的情绪，等于说他的感受不对。',
      'Telling the customer not to feel this way says their feelings are wrong.',
    ),
    suggestion: say(
      '先认可感受：“遇到这种事确实让人着急，我马上为您……”',
      'Acknowledge the feeling first: "That is upsetting; I\'ll … right away."',
    ),
    examples: {
      positive: ['您这么生气干嘛，又不是大事。', '丢个快递而已，有什么好气的。', '您别太在意，小孩子都这样。', '您也不必过于紧张，这很常见。'],
      negative: ['我理解您这么着急，我马上帮您查。', '不用担心，数据已经备份好了。', '您的意见我们非常在意，已经转给店长。'],
    },
  },
  {
    id: 'overpromise.cannot_fail',
    category: 'overpromise',
    severity: 'warning',
    match: {
      kind: 'regex',
      // "延误是不可能发生的": delay, loss or failure ruled out for the future.
      pattern: '(?:延误|迟到|晚到|丢件|丢失|出错|失败|延迟)' + gap(2) + '是不可能(?:发生|出现)?的|不可能(?:会)?(?:延误|晚到|丢件|送不到)',
    },
    message: say(
      '把延误、丢件说成“不可能”，是在承诺谁也控制不了的结果。',
      'Calling a delay or a loss "impossible" promises what nobody controls.',
    ),
    suggestion: say(
      '说明会做什么：“我们会优先安排，有任何变化第一时间通知您。”',
      'Say what you will do: "We will prioritise it and tell you at once if anything changes."',
    ),
    examples: {
      positive: ['这单明早送到，延误是不可能发生的。', '我们的快递不可能丢件。'],
      negative: ['我们会尽力避免延误，有变化第一时间通知您。'],
    },
  },
  {
    id: 'rude.sneer',
    category: 'rude',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern: [
        // Rhetorical sneers at the customer's own care: "你签字前自己不看吗？", "你自己没看保质期吗？".
        `${YOU}${gap(5)}自己${gap(2)}(?:没|不)(?:看|读|查|检查|核对)(?:过)?${gap(4)}(?:吗|嘛)[？?]`,
        // Playing the matter down as not worth a fuss: "这点电费差额，至于这么较真吗？", "一点漆而已，至于吗".
        `(?:这点|这么点|一点|而已)[^。！？!?]{0,12}至于${gap(6)}(?:吗|嘛)`,
        // Brushing the customer off: "关我们什么事", "别在这儿耽误后面的人", "我们这边也没办法".
        '关(?:我们|我|咱们)?(?:什么|啥|屁)事|别' + gap(4) + '耽误(?:后面|别人|大家|我)|我们(?:这边|这里)也没(?:办法|辙)',
        // Scolding and mockery: "不要动不动就投诉", "这么大年纪了还…", "没抢到就没抢到呗", "一会儿一个主意".
        '动不动就(?:投诉|闹|吵|发火|生气|找|打电话|骂|退|催)|(?:这么|那么)大(?:的)?(?:年纪|岁数)了还|(?<shrug>没[\\u4e00-\\u9fa5]{1,2})[\\u4e00-\\u9fa5]{0,2}就\\k<shrug>[\\u4e00-\\u9fa5]?呗|一会儿一个(?:主意|想法|样|说法)',
      ].join('|'),
      exclude: '如果|要是|的话|请问|不好意思|抱歉|我再|如有|欢迎',
    },
    message: say(
      '反问、挖苦或打发客户，会让客户觉得被看低。',
      'Sneering, mocking or brushing the customer off makes them feel looked down on.',
    ),
    suggestion: say(
      '把反问换成说明和帮助：“合同第X条有这项约定，我帮您看看还能怎么处理。”',
      'Replace the jab with an explanation and help: "Clause X covers this; let me see what else I can do."',
    ),
    examples: {
      positive: ['你签字前自己不看吗？', '那你自己没看保质期吗？', '这点运费差价，至于这么较真吗？', '一点划痕而已，至于投诉吗？', '快递丢了关我们什么事？', '别在这儿耽误后面排队的人。', '我们这边也没办法，等着吧。', '别动不动就投诉。', '这么大岁数了还跟我们吵。', '没约上就没约上呗。', '你们一会儿一个想法，我们怎么安排？'],
      negative: ['您签字前如果有疑问，我可以逐条为您解释。', '至于退款，我马上为您办理。', '这点小问题我们马上为您处理好。', '这件事我们这边来办，您放心。', '请您核对一下自己的收货地址，我帮您改。', '没关系，我们一起想办法。'],
    },
  },
  {
    id: 'denying_emotion.hush',
    category: 'denying_emotion',
    severity: 'error',
    sin: 'coldness',
    match: {
      kind: 'regex',
      pattern: [
        // "你急什么？", "还着什么急", "别自己吓自己", "您何必那么在意".
        '(?:急|着急|慌|激动|紧张)什么(?:呀|啊|呢)?(?=[？?。！!，,]|$)|着什么急|自己吓自己|何必(?:那么|这么)',
        // "别着急，肯定能成功，我打包票": the worry hushed and replaced by a promise.
        `(?:别|先别|不用|不要)(?:太)?(?:着急|急|慌|紧张)[^。！？!?]{0,30}(?:肯定|百分之百|百分百|绝对|打包票|担保|包您|准保|保证(?!${gap(4)}(?:今天|明天|下午|上午|晚上|小时|分钟|点前|天内)))`,
      ].join('|'),
      exclude: '理解|换作|难怪|确实让人|我也会|谁都会',
    },
    message: say(
      '让客户别着急、不必在意，等于说他的担心不值一提。',
      'Telling the customer not to worry or care says their concern does not count.',
    ),
    suggestion: say(
      '先认可担心，再说明会做什么：“我理解您着急，我现在就为您……”',
      'Acknowledge the worry, then say what you will do: "I understand this is urgent; I\'m … right now."',
    ),
    examples: {
      positive: ['换个灯泡而已，你急什么？', '您急什么呀？', '这么点事还着什么急。', '别自己吓自己。', '您何必这么在意呢', '您别着急，明天肯定到，我打包票。', '别慌别慌，百分之百能修好。'],
      negative: ['我理解您着急，我马上为您查。', '您别着急，我保证今天下午给您回电。', '您着急什么时候要？我帮您加急。', '请您放心，我们会尽快处理。'],
    },
  },
];
