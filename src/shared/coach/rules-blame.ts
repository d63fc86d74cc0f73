// Rules about where responsibility lands: blaming the customer, passing the buck, doubting them.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { COMPLAINT_BODY, gap, TAKES_IT_ON } from './lexicon.ts';
import { DIDNT_READ } from './patterns.ts';

const YOU = '[你您]';

/** Rules for the you_blame, passing_buck and doubting categories. */
export const blameRules: CoachRule[] = [
  {
    id: 'you_blame.instruct',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern:
        '[你您](?:应该|应当)(?!已经|会|是|能|可以|没问题|收到)|[你您](?:必须|得(?!到|知|找|问|去|多等|再等|等|联系|跟))|[你您]要先|[你您]下次(?:记得|注意)|' +
        '[你您][^，。！？]{0,6}应该先|[你您]怎么(?:不|没)|[你您]不会自己|[你您]没看(?![见到]?我)|' +
        // "麻烦您下次早点说", "得您自己重新发", "您在家得多盯着点", "你先把欠款还上再说": duties laid on the customer.
        '[你您](?:们)?下次(?:早点|早些|提前|记得|注意|看清|别|不要|要|得|先|一定)|得[你您](?:们)?自己(?!出|付|承担|负担|掏)|[你您](?:们)?(?:在家|平时|以后|回去)得(?!空|闲|到|知)|' +
        '[你您](?:们)?先把[^，。！？]{1,12}再说|' +
        // "你们自己没选好", "沙发进不去不能怪我们": the fault put on the customer's side.
        '[你您](?:们)?自己(?:没|没有)(?!关系)|(?:不能怪|怪不了|怪不到|赖不到|赖不了)(?:我们|我|人家|[\\u4e00-\\u9fa5]{0,2}(?:城|店|家|方|公司|平台))(?=[，,。！!]|$)|现在(?:才|又)?(?:来)?(?:说|提)[^。！？]{0,12}(?:晚了|迟了)',
    },
    message: say(
      '用“你/您”来命令或指责，客户会觉得在被教训。',
      'Using "you" to give orders or blame sounds like a lecture.',
    ),
    suggestion: say(
      '换成“我”或“请”：“麻烦您……，我来协助您……”',
      'Switch to "I" or "please": "Could you please …, and I will help with …"',
    ),
    examples: {
      positive: ['麻烦您下次提前说一声。', '原件得您自己去开。', '您平时得多注意饮食。', '你先把押金交了再说。', '你们自己没关好窗。', '路太窄车进不来，这不能怪我们。', '现在才说颜色不对，已经晚了。', '你应该先备份资料。', '您必须本人来办理。', '您没看短信通知吗？', '你怎么不早点来？'],
      negative: ['您下次来我给您留个靠窗的位置。', '这事不能怪您，是我们通知晚了。', '这事比较麻烦，您得多等几天。', '您应该已经收到退款了。', '麻烦您先备份一下资料，我来为您操作。', '您需要的资料我已经发给您了。'],
    },
  },
  {
    id: 'you_blame.should_have',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      // "您……（时/前）就应该……": hindsight about what the customer should have done.
      pattern: '[你您](?!的)[^，。！？]{1,10}(?:应该|应当|本应|本该|早该|就该)(?!已经|会|是|能|可以|没问题|收到|在|有|快|很|就|不|没|的)|[你您](?:本应|本该|早该|早就该|就该)',
      exclude: '怎么|如何|哪|什么|吗|？|\\?',
    },
    message: say(
      '事后告诉客户“当时就应该……”，等于责怪客户。',
      'Telling the customer what they "should have done" is blame in hindsight.',
    ),
    suggestion: say(
      '说接下来能做的：“这次我先帮您……，以后……时可以留意……”',
      'Say what happens next: "Let me sort this out for you now; next time it may help to …"',
    ),
    examples: {
      positive: ['这种条款您签合同前就应该问清楚。', '您早该来更新证件了。', '您出门前本该检查一下车票。'],
      negative: ['您着急是应该的。', '您看应该怎么安排比较方便？', '您的包裹应该明天送到。', '您明天应该就能收到短信。'],
    },
  },
  {
    id: 'you_blame.fault',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern:
        '(?<!会不会|是不是)(?:是|都是)[你您]们?(?:当时|当初|之前)?自己|[你您]自己(?:没|不(?![会识懂])|操作)|[你您]自己[^，。！？]{0,6}(?:坏|错|丢|摔|弄|搞)|(?:都是因为|(?<![不别难]|不能|不会|不该|怎么能)怪)[你您]|' +
        '[你您](?:弄丢|弄坏|搞错|弄错|选错|填错|摔坏|用错)|[你您](?:当时|当初|之前)?(?:也|又|并|根本)?没有?(?:仔细|认真|按|注意|核对|保管|说(?!错)|讲|提|交代|备注|告诉|及时|提前|按时)|' +
        // "……是您使用不当造成的": the cause laid at the customer's door.
        '[你您](?:这是|这|那是)?(?:的)?(?:使用|操作|保管|安装|设置|填写|输入|存放|携带)(?:不当|不规范|有误|错误|失误|不对)|(?:明显|显然|肯定)是[你您]|' +
        '(?:是|因为|由于)[你您][^，。！？]{0,10}(?:造成|导致|引起)的|[你您](?:自己)?的(?:责任|过错|失误|疏忽)',
    },
    // "会不会是您自己……", "该不会是…吧", "真不是您自己…？" are doubting questions, reported by the doubting rule.
    anchors: [
      { require: 'absent', pattern: '会不会|是不是|该不会|难道|莫非|(?:不会|真不|确定不)$', window: 'before_in_sentence' },
      // "您之前没提过，没关系，我现在就为您加上": the agent takes it on, so it is no reproach.
      { require: 'absent', pattern: '(?:我|我们)(?:现在|马上|这就|来)?就?(?:为|帮|给|替)您', window: 'sentence' },
    ],
    message: say(
      '把问题归咎于客户，只会让对方更不满。',
      'Putting the fault on the customer only adds to the frustration.',
    ),
    suggestion: say(
      '描述情况而不追究对错：“这种情况可能与……有关，我来帮您处理。”',
      'Describe what happened without blame: "This may be related to …; let me sort it out for you."',
    ),
    examples: {
      positive: ['是你们自己没按时保养。', '您这是操作失误。', '是您自己把密码告诉别人的。', '您弄坏的我们不管。', '您当时没有认真看合同。', '这是您存放不当导致的。', '显然是您插错了接口。'],
      negative: ['该不会是您自己摔的吧？', '柜子里真不是您自己放的？', '这个问题不能怪您，是我们的指引没写清楚。', '这事不怪您，是我们系统出错了。', '您之前没提过这个要求，没关系，我现在就为您加上。', '是我没有说清楚，我再讲一遍。', '您自己也可以在网上查看进度。', '是我们包装不当造成的，我向您道歉。'],
    },
  },
  {
    id: 'you_blame.formal',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern:
        // The written register of blame: "您在投保时未如实告知", "该费用系您的手机…所产生", "是因为您家中存在…".
        '[你您][^，。！？]{0,8}(?:并)?未(?:能)?(?:如实|按时|按照|按|及时|提前|仔细|认真|注意|核对|告知|提供|备注|缴纳|支付|申报|确认|阅读|保管|携带)|' +
        '(?:系|乃)(?:由于|因为|由)?[你您][^，。！？]{0,20}(?:所致|所产生|所造成|所引起|产生|造成|导致|引起)|' +
        '(?:高|多|贵|慢|坏|错|扣|停|失败|问题|故障|异常|出错|超|欠|延误)[^，。！？]{0,6}(?:是|都是)?(?:因为|由于)[你您](?!的(?:支持|信任|耐心|理解|配合|反馈|建议))|' +
        // The customer in the third person as the one who did it: "因用户自行拆装导致的故障", "由持卡人自行确认授权的".
        '(?:用户|客户|顾客|持卡人|投保人|车主|业主|买家|您|你)(?:本人)?(?:自行|私自|擅自)[^，。！？]{0,8}(?:导致|造成|所致|引起|授权|确认|拆|改|操作)',
      exclude: '如果|如(?![实期])|若|假如|万一|的话|可以|请|即可|方便|是不是|会不会|有没有',
    },
    anchors: [{ require: 'absent', pattern: '吗|？|\\?|(?:我|我们)(?:现在|马上|这就|来|已|已经)?就?(?:为|帮|给|替)您', window: 'sentence' }],
    message: say(
      '措辞再正式，把原因落在客户身上（“系您……所致”“您未……”）仍是在指责客户。',
      'However formal the wording, laying the cause on the customer ("caused by your …", "you failed to …") is still blame.',
    ),
    suggestion: say(
      '只说事实和接下来的办法：“经核查，费用来自……，我可以为您……”',
      'State the fact and the next step: "We found the charge came from …; what I can do for you is …"',
    ),
    examples: {
      positive: ['经审核，您在投保时未如实告知既往病史。', '该费用系您的手机自动连接境外基站所产生。', '本月电费偏高是因为您家中有设备长期待机。', '因用户自行拆装导致的故障不在保修之列。', '该笔款项是由持卡人自行确认授权的。'],
      negative: ['如您未按时收到短信，请联系我。', '您可以通过短信验证码自行重置密码。', '感谢您的耐心，延误是因为您的航班改了航线，我已为您改签。', '这次能顺利解决，是因为您的配合。', '您未收到的那份资料我马上补发给您。'],
    },
  },
  {
    id: 'passing_buck.point_away',
    category: 'passing_buck',
    severity: 'error',
    sin: 'department_shuffle',
    match: {
      kind: 'regex',
      pattern:
        // A number on the packaging or another office to go to, handed over instead of a hand-over:
        // "您可以直接打包装上的电话", "号码携出要去原营业厅办（，线上客服不处理）".
        '(?:打|拨打|致电|联系|咨询)[^，。！？]{0,4}(?:包装|说明书|瓶身|标签|盒子|官网|吊牌|保修卡|外包装|袋子|瓶子|盒)(?:上|背面|上面|里)?(?:的|印的|写的|留的)?[^，。！？]{0,2}(?:电话|热线|客服|联系方式)|' +
        '(?:要|得|需要|只能|请|须)(?:您|你)?(?:本人)?(?:去|到)[^，。！？]{0,8}(?:营业厅|网点|窗口|柜台|门店|服务台|办事处|派出所|医院|中心|[厅处所站局])(?:办|办理|处理|问|咨询)',
    },
    anchors: [
      { require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' },
      { require: 'absent', pattern: '(?:我|我们)(?:可以|先|来|帮|为|给|替)|帮您|为您|替您', window: 'around' },
      // An office named is only a send-off when this side declines to handle it ("线上客服不处理").
      { require: 'present', pattern: '(?:打|拨打|致电|联系|咨询)|不(?:处理|办理|受理|管|负责)|(?:办|处理|管)不了', window: 'message' },
    ],
    message: say(
      '把客户指到包装上的电话或别的网点，等于让客户自己去跑。',
      'Pointing the customer at a number on the box or another office leaves them to do the chasing.',
    ),
    suggestion: say(
      '由您来对接：“我来联系……，……前给您回复；如需到网点办理，我先帮您预约。”',
      'Do the hand-over: "I\'ll contact … and reply by …; if it must be done in person, I\'ll book it for you."',
    ),
    examples: {
      positive: ['食品是供应商生产的，您可以直接打包装上的电话。', '号码携出要去原营业厅办，线上客服不处理。', '售后问题请拨打说明书上的热线。'],
      negative: ['修改银行卡需要您本人到营业部办理，我可以先帮您预约时间。', '包装上的电话是我们的客服热线，您随时可以打。', '您可以到附近的营业厅办理，也可以在App上直接办。', '我来联系包装上的厂家电话，今天给您回复。'],
    },
  },
  {
    id: 'passing_buck.not_mine',
    category: 'passing_buck',
    severity: 'error',
    sin: 'passing_buck',
    match: {
      kind: 'regex',
      pattern:
        '不归(?:我|我们)(?:管|负责)|不是(?:我|我们)(?:负责|管)|不是我的(?:业务|工作|事)|(?:跟|和|与)(?:我|我们)(?:门店|这边|部门|客服|公司)?(?:没|无)关|管不着|' +
        '不关(?:我|我们)[^，。]{0,4}事|(?:我们|我)管不了|我说了不算|我只是(?:个)?(?:前台|客服|临时|实习|营业员)|' +
        '只管(?:销售|卖|收银|前台|登记)|不负责|那是[^，。]{1,8}的事|上一个客服|' +
        // "我也是听上面安排的", "我只是照领导的意思办": the agent as a mere executor of someone else's decision.
        '我(?:也|只|就)?(?:是)?(?:听|按|照|奉)(?:上面|上级|领导|公司|总部|老板|经理)(?:的)?(?:安排|意思|吩咐|指示|命令|要求)',
    },
    anchors: [{ require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' }],
    message: say(
      '推卸责任会让客户觉得没人管他的事。',
      'Passing the buck tells the customer nobody owns the problem.',
    ),
    suggestion: say(
      '把事情接下来：“这件事由……的同事负责，我现在就帮您联系，稍后给您回复。”',
      'Own it: "A colleague in … handles this; I\'ll contact them for you now and get back to you."',
    ),
    examples: {
      positive: ['我也是按领导的意思办的。', '这不归我们管。', '那是厂家的事，跟我们没关系。', '我只是前台，不清楚。'],
      negative: ['我按公司要求先给您登记，马上为您联系师傅。', '这件事由售后同事负责，我马上帮您联系他们。', '这件事由我负责跟进到底。'],
    },
  },
  {
    id: 'passing_buck.send_away',
    category: 'passing_buck',
    severity: 'error',
    sin: 'department_shuffle',
    match: {
      kind: 'regex',
      pattern:
        '[你您][^，。！？]{0,3}(?:去|再)?(?:找|问)(?:问)?(?:别的|其他|售后|财务|厂家|物业|那边|他们|经理|我们经理|营业部|开户)|' +
        '[你您][^，。]{0,2}(?:打|联系)[^，。]{0,4}(?:厂家|他们|那边|物业|售后)|(?:去|到)(?:别的|其他)(?:部门|窗口)|换个窗口|' +
        '要去[^，。]{1,6}(?:反映|投诉|问)|(?:^|(?<=[，,。！!]))(?:[你您])?自己(?:去)?(?:打|拨|联系|找)[^，。]{0,6}(?:电话|热线|客服|总部|厂家|商家|那边)|(?:去|到)[^，。！？]{1,6}(?:问|找)(?:问|一下)?吧|[你您][^，。]{0,2}找[^，。]{1,8}去(?=[。！!，,]|$)',
    },
    anchors: [{ require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' }],
    message: say(
      '让客户自己去找别的部门，是把客户推来推去。',
      'Sending the customer to another department makes them do the chasing.',
    ),
    suggestion: say(
      '由您来对接：“我来联系……部门的同事，处理结果我会在……前告诉您。”',
      'Do the hand-over yourself: "I\'ll contact the … team and let you know the outcome by …"',
    ),
    examples: {
      positive: ['您自己打厂家电话问吧。', '你去找售后吧。', '这个您打厂家电话问。', '请到其他窗口办理。'],
      negative: ['售后同事会联系您，我已经把情况转给他们了，我来跟进。', '您有问题随时可以找我。'],
    },
  },
  {
    id: 'passing_buck.elsewhere',
    category: 'passing_buck',
    severity: 'error',
    sin: 'department_shuffle',
    match: {
      kind: 'regex',
      pattern:
        '(?:那边|他们|对方|厂家|厂商|银行|物流|快递|商家|第三方|供应商|平台|总部)(?:那边)?的(?:问题|事|事情|责任)(?!我)|' +
        '[你您][^，。！？]{0,3}(?:去|再去|自己去|直接去)(?:问|找|联系|咨询)|' +
        '[你您](?:自己)?(?:打(?![开印包扫折车算理])|拨打?|致电)[^，。！？]{1,12}(?:吧|问问|问一下)(?=[。！!，,]|$)|(?:找|问)我(?:也)?没用|我(?:们)?只(?:负责|管)(?!把|为|给|帮|让)',
    },
    anchors: [
      { require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' },
      // "觉得不合理你就去找消协" dares the customer to complain: the rude rule reports it.
      { require: 'absent', pattern: COMPLAINT_BODY, window: 'clause' },
    ],
    message: say(
      '把问题推给别的单位、让客户自己去问，客户会觉得被踢皮球。',
      'Pointing at another party and leaving the customer to chase them feels like being passed around.',
    ),
    suggestion: say(
      '由您来对接：“这部分需要……配合，我来联系他们，……前给您回复。”',
      'Do the hand-over yourself: "This needs …; I\'ll contact them and get back to you by …"',
    ),
    examples: {
      positive: ['这是物流公司的责任，您去问快递员。', '您自己打厂家热线问问吧。', '找我也没用。'],
      negative: ['我们只管把最好的服务带给您。', '这是物流那边的问题，我马上帮您联系他们。', '您打开设置看一下吧。', '您可以随时打电话问我。'],
    },
  },
  {
    id: 'doubting.customer',
    category: 'doubting',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern:
        '从(?:来)?没有?(?:出现|遇到|碰到|发生|听说|人)|没人(?:投诉|反映|遇到)过|(?:就|只有)[您你](?:这台|一个|这里|家)|' +
        '别的客户[^。]{0,8}(?:都|没)|不可能(?![再给帮为让退换打便低])(?:吧|的|出错|有|是|坏|啊)?|[您你](?:这边|那边)?(?:确定|肯定|确认(?=是|没|您|你|自己|真))(?!要)[^。？?]{0,14}(?:吗|？|\\?)|' +
        '(?:是在|是不是在)我们[^。？]{0,4}买的|[您你](?:是不是|是否)(?:记错|搞错|弄错|看错|听错)|会不会是[您你]|' +
        '是不是[您你](?:自己|家里|操作|没|记错|搞错|弄错|看错)|[您你]是不是(?:自己|[^，。]{0,8}忘)|[您你]真的(?!要|想|打算|需要|不要|不想)[^。？]{0,14}(?:吗|？)|(?<![您你])怀疑|' +
        '[您你]有(?:证据|凭据)[^。]{0,12}吗|(?:应该|可能|估计|肯定|应当)不是我们|' +
        // "不会有这种情况" (a denial, not a promise: no 再/以后 before it), "按理说不会", "好好想想".
        '(?<!再|再也|以后|今后|保证|绝对|永远)不(?:会|可能)(?:有|出现|发生|存在)这(?:种|样|类)?的?(?:情况|问题|事)(?!了)|(?:按理说|照理说|按道理说?)不(?:会|可能|应该)|' +
        '[您你][^，。]{0,3}(?:好好|仔细)(?:想想|回忆)|(?:别人|其他人|别的客户|其他客户|其他顾客|大家)(?:用|买|住)?着?(?:都|也)(?:好好的|没问题|没事|正常)|' +
        '(?:系统|机器|电脑)(?:是)?不会(?:出错|错|算错|乱扣|多扣)|是不是没[^，。？?]{0,4}就(?:想|要)',
      // Praise ("从来没有人像您这样细心") uses the same words.
      exclude: '像您这样|感谢|(?:嚷|吵|闹|喊|吼|骂)|(?:退|换|赔|改|办|补|给|回去)' + '[^，。]{0,4}是?不可能的|^不可能的?[，,。！!]|不可能(?:一直|永远|无限)|(?:延误|迟到|晚到|丢件)' + '[^，。]{0,2}是?不可能',
    },
    // "您确定是这场对吧？确定了我马上帮您改签": confirming before acting, not doubting.
    anchors: [{ require: 'absent', pattern: '(?:确定|确认)(?:了|后|好|之后|的话)[，,]?(?:我|就|马上|立刻)', window: 'sentence_and_next' }],
    message: say(
      '质疑客户的说法，等于说客户在撒谎或犯错。',
      'Doubting the customer\'s account implies they are lying or mistaken.',
    ),
    suggestion: say(
      '先相信再核实：“谢谢您告诉我这些，我来帮您核实一下……”',
      'Believe first, then check: "Thank you for telling me; let me look into … for you."',
    ),
    examples: {
      positive: ['你是不是没买票就想进去？', '应该不是我们的原因。', '您真的没有把验证码告诉过任何人吗？', '您这边确定没有记错时间吗？', '这个问题我们从来没遇到过。', '您确定是我们寄出的吗？', '不可能吧。', '会不会是您记错了？', '按道理不会出现这种问题。', '其他客户用着都好好的。', '系统不会算错的。', '您再仔细想想是不是借给别人用过。'],
      negative: ['您确定是这个地址对吧？确定了我马上帮您下单。', '作业没保存不是我们的问题。', '大家都在排队，就您一个人嚷嚷。', '我向您保证，以后再也不会有这种事。', '您确定要注销这个号码吗？注销后无法恢复。', '请问是在哪家门店购买的？', '您怀疑是电池问题，对吗？', '请放心，升级后不会有这种情况了。', '我会好好想想怎么改进。', '从来没有人像您这样细心地提出建议，非常感谢。'],
    },
  },
  {
    id: 'you_blame.inferred',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        // The cause placed on the customer: "问题应出在您本地的网络", "是因为您把路由器放在柜子里", "属于人为损坏".
        `(?:问题|原因|故障|毛病)${gap(4)}(?:出在|在于)${YOU}|是因为${YOU}(?!是|的|选|购买|办理|参加|满|提前|及时)|(?:应该|肯定)是${YOU}(?:家|家里|那边|本地|自己|手机|电脑|网络|这边)${gap(6)}(?:的)?(?:问题|原因)|(?:属于|是|系|为|均为)人为(?:损坏|损伤|划伤|磨损|摔|破坏|原因|造成|导致|因素|使用)`,
        // Misuse implied: "建议您按说明书正确操作"; care left to the customer: "这个您自己得注意", "这个要您自己处理".
        `按(?:照)?(?:说明书|要求|规范|步骤)${gap(2)}(?:正确|规范)(?:操作|使用)|这个${YOU}自己(?:得|要)注意|${YOU}自己得注意|(?:这个|这些)?要${YOU}自己(?:处理|解决|负责)|${YOU}(?:已经)?违反了`,
        // What the customer failed to do, held against them: "您开了三万公里都不做保养", "没写的话我们怎么知道".
        `${YOU}${gap(10)}都不(?:做|去|来|管|交|缴|续|带|填|看|读|问|说|保养|维护|清理|充电|检查)|(?:我们|我)怎么(?:会|能)?知道(?=[，,。！!？?吗呢啊]|$|要)`,
        DIDNT_READ,
      ].join('|'),
      exclude: '如果|要是|假如|请问|是否|是不是|会不会',
    },
    message: say(
      '把原因推到客户身上，客户会觉得被指责。',
      'Putting the cause on the customer makes them feel blamed.',
    ),
    suggestion: say(
      '说明情况和下一步：“我们一起排查一下，我先为您……”',
      'Describe the situation and the next step: "Let\'s check it together; first I\'ll …"',
    ),
    examples: {
      positive: ['卡顿的原因在于您手机内存不足。', '漏水是因为您没拧紧阀门。', '经鉴定属于人为损坏。', '请按照说明书正确使用。', '这个您自己得注意。', '密码泄露这个要您自己负责。', '您这半年都不保养，当然会坏。', '您没说要发票，我们怎么知道？', '您连合同都不看吗？'],
      negative: ['问题出在我们的配送环节，我马上补发。', '是因为您是老会员，所以送您一张券。', '这款产品不怕人为摔打。', '我们怎么知道您的快递到了呢？系统会短信通知。', '如果您方便，我们一起按说明书操作一遍。'],
    },
  },
  {
    id: 'passing_buck.go_ask',
    category: 'passing_buck',
    severity: 'error',
    sin: 'department_shuffle',
    match: {
      kind: 'regex',
      pattern:
        // "你去区里问", "你自己去服务网点看吧", "去找业委会反映吧", "使馆的事谁说得准", "建议您直接与对方家长沟通".
        `(?<![帮为替给])${YOU}(?:自己)?去${gap(6)}(?:问|看|咨询|反映|查)(?:问|一下|看)?吧?(?=[。！!，,]|$)|(?<!我|帮您|为您)找${gap(6)}反映(?:吧|去|一下)?(?=[。！!，,]|$)|的事${gap(2)}谁(?:说得准|说得清|知道|管得了|能保证)|` +
        `建议${YOU}(?:直接|自己)?(?:与|和|跟|找|联系)(?:对方|商家|卖家|厂家|物业|家长|房东|邻居|快递|银行|当事人)${gap(8)}(?:沟通|协商|联系|交涉|解决|商量)|(?:有意见|不满意|不服|不满)${gap(2)}找${gap(6)}去(?=[。！!]|$)`,
    },
    anchors: [{ require: 'absent', pattern: TAKES_IT_ON, window: 'sentence_and_next' }],
    message: say(
      '让客户自己去别处问、去跟别人交涉，是把问题推了出去。',
      'Sending the customer to ask or negotiate elsewhere pushes the problem away.',
    ),
    suggestion: say(
      '由您来联系：“我来帮您联系……，有结果第一时间告诉您。”',
      'Make the contact yourself: "I\'ll contact … for you and let you know at once."',
    ),
    examples: {
      positive: ['这事你去街道问吧。', '您自己去营业厅看吧。', '不满意的话去找居委会反映吧。', '航班的事谁说得准。', '建议您直接与卖家协商解决。', '有意见找系统去。'],
      negative: ['您可以去营业厅办理，也可以在App上办。', '我帮您找相关部门反映，明天给您回复。', '您去App里看一下就能看到物流。', '建议您先重启一下路由器。'],
    },
  },
  {
    id: 'doubting.checked_normal',
    category: 'doubting',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      // Our check found nothing, so the claim is set aside: "检测后一切正常", "系统显示已签收", "其他玩家均可正常登录".
      pattern:
        `(?:检测|检查|监测|排查|复检|核查|经查|显示|测试|检验|核实|测了|查了|测过|查过)${gap(8)}(?:一切正常|运行正常|均正常|都正常|无误|无异常|正常在途|未(?:发现|见)(?:任何)?(?:异常|问题|故障)|没(?:有)?(?:发现|查到)(?:任何)?(?:异常|问题|故障)|不存在(?:任何)?问题)|` +
        `(?:指标|参数|数据|线路|设备)${gap(2)}(?:均|都|一切)(?:正常|是标准的|合格|达标)|(?:系统|记录|后台|物流)${gap(2)}显示${gap(6)}已(?:经)?(?:签收|送达|发放|到账|退款|发货|领取|派送成功|配送成功|妥投|使用)|(?:其他|别的)(?:玩家|用户|客户|业主|人|住户)${gap(2)}(?:均|都)(?:可|能|可以)?(?:正常|没问题)|${YOU}(?:到底|究竟)${gap(6)}(?:了没有|了没|没有|了吗|过没有)[？?]`,
    },
    anchors: [
      { require: 'present', pattern: `${YOU}(?:反映|说|提到|投诉)|建议${YOU}|请${YOU}?(?:自行|确认|再)|应(?:该)?(?:是|出在)|暂不|不存在|问问|肯定是|可能是${YOU}|${YOU}(?:本地|那边|自己|手机|家里)|[？?]`, window: 'message' },
      { require: 'absent', pattern: `(?:为|帮|给|替)${YOU}(?:免费|重新|更换|换|补|退|安排|再|上门)|我们(?:会|将|马上|已经)(?:为|帮|安排)|${YOU}放心`, window: 'message' },
    ],
    message: say(
      '用“检测正常”“系统显示”来回应客户的反映，等于说客户说的不是真的。',
      'Answering the complaint with "our check shows it is fine" tells the customer they are wrong.',
    ),
    suggestion: say(
      '先接受客户的描述，再一起排查：“我们这边暂时没查到异常，我再帮您……”',
      'Take the account as given and look further: "Our check found nothing yet, so I\'ll …"',
    ),
    examples: {
      positive: ['我们查看了机房数据，各项指标均正常，应该是您本地网络的问题。', '放映员检查过了，设备各项参数都是标准的，可能是您坐得太靠边了。', '您反映的噪音问题，我们检测后一切正常。', '系统显示已经签收了，您问问家里人吧。', '经查线路运行正常，暂不安排维修。', '其他用户都可以正常使用，应该是您手机的问题。', '您到底插好了没有？'],
      negative: ['经检测您的车辆一切正常，我们已为您免费做了清洁，您放心使用。', '系统显示已经签收，我马上帮您联系快递员核实。'],
    },
  },
  {
    id: 'you_blame.own_conduct',
    category: 'you_blame',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        // The cause laid on the customer's own conduct: "是你们没按清单准备", "用户自己使用不小心", "你自己来晚了".
        `是${YOU}们?(?:自己)?(?:没|没有|未)(?:按|仔细|认真|注意|看|准备|提前|及时)|(?:用户|顾客|客户|${YOU})(?:自己)?(?:使用|操作|保管)(?:不小心|不当|不慎)|${YOU}自己(?:来晚|迟到|晚到|错过|过号)`,
        // "与您下单时未勾选防洒包装有关", "明显是摔过才会这样", "那是孩子自己不用功", "写错了还怪我们".
        `与${YOU}${gap(8)}(?:未|没|没有)${gap(10)}有关|明显是${gap(4)}(?:摔|磕|碰|进水|泡水|撞|压)|(?:孩子|学生)自己不(?:用功|努力|认真|听话|学)|还(?:怪|赖|怨)(?:我们|我|商家|骑手|平台)`,
        // Duties and knowledge pinned on them: "您作为患者也应该…", "您在办卡时应该已经知晓", "希望您下次…更加爱惜".
        `${YOU}作为${gap(6)}(?:也|更)?(?:应该|应当|要|得)|${YOU}${gap(8)}(?:应该|应当)(?:已经|早就)?(?:知晓|知道|清楚|了解|明白)|希望${YOU}(?:下次|今后|以后)${gap(12)}(?:注意|爱惜|小心|仔细|留意|看清)`,
        // Their setup or habits blamed: "建议您检查一下自己的网络", "是否误选了", "您平时用眼习惯不好", "权限为您本人设置".
        `建议${YOU}${gap(6)}(?:检查|看看|确认)${gap(4)}自己的|是否误(?:选|操作|删|点|触|设)|${YOU}(?:平时|自己)?的?${gap(4)}习惯不好|为${YOU}本人(?:设置|操作|选择|授权)|责任不在(?:我们|平台|本店|本公司|公司|我方|店里)`,
        // "不知道要先实名认证吗？", "你们自己一会儿一个主意".
        `(?:^|(?<=[，,。！!？?]))${YOU}?${gap(2)}不知道(?:要|得|需要|应该)${gap(10)}(?:吗|嘛)[？?]|${YOU}们?自己一会儿一个`,
      ].join('|'),
      exclude: '如果|要是|假如|请问|是不是|会不会|我们(?:没|未)',
    },
    message: say(
      '把原因归到客户自己的做法上，客户会觉得被指责。',
      'Laying the cause on the customer\'s own conduct makes them feel blamed.',
    ),
    suggestion: say(
      '说明情况并给出帮助：“这种情况可能和……有关，我来帮您一起处理。”',
      'State the facts and help: "This may be related to …; let me sort it out with you."',
    ),
    examples: {
      positive: ['是你们没按清单准备材料。', '这种情况一般都是用户自己使用不小心造成的。', '你自己迟到了，只能改签。', '这可能与您下单时未选择保价有关。', '这明显是磕过才会变形。', '那是学生自己不努力。', '自己填错了还怪我们？', '您作为家长也应该多督促孩子。', '这一点您在签约时应该已经知道。', '希望您下次使用时更加爱惜设备。', '建议您检查一下自己的路由器设置。', '您看看是否误删了文件。', '这是您平时的饮食习惯不好导致的。', '该设置为您本人操作，责任不在平台。', '不知道要先预约吗？'],
      negative: ['是我们没按约定时间送达，非常抱歉。', '如果您操作不当，我们也会免费帮您恢复。', '希望您下次来玩得更开心。', '建议您检查后告诉我，我来帮您处理。', '您作为我们的老会员，可以享受九折优惠。', '请问您不知道要先预约吗？我帮您约。'],
    },
  },
  {
    id: 'doubting.others_fine',
    category: 'doubting',
    severity: 'warning',
    sin: 'arrogance',
    match: {
      kind: 'regex',
      pattern: [
        // Everyone else is fine, so the customer's report is set aside: "其他旅客当天均能正常购票", "绝大多数用户都没有反馈过".
        `(?:其他|别的|其余)${gap(4)}(?:人|用户|客户|顾客|乘客|旅客|玩家|住客|业主|家长|学员|会员|来宾|观众|买家|居民|患者|病人)${gap(4)}(?:均|都)(?:能|可以|可)?正常|(?:绝大多数|大多数|绝大部分|大部分)${gap(4)}(?:都)?(?:没有|没|未)${gap(2)}(?:反馈|反映|出现|遇到)|(?:绝大部分|大部分|绝大多数|其他)${gap(6)}反馈${gap(2)}(?:都)?(?:很好|不错|满意|正常)|仅有极少数`,
        // Their memory or attention questioned: "建议您回想一下", "可能是您当时太紧张了没有注意到", "按理说不会出现问题".
        `建议${YOU}${gap(2)}(?:回想|回忆|想想)|可能是${YOU}${gap(8)}(?:没有?|未)(?:注意|仔细|看清|看到)|按理(?:说)?不(?:会|应该)`,
      ].join('|'),
      exclude: '如果|要是|我们(?:没|未)',
    },
    // "其他乘客都能正常检票，您这张我马上帮您查": the agent takes the case on, so nothing is set aside.
    anchors: [{ require: 'absent', pattern: '我(?:们)?(?:马上|立即|这就|现在)|(?:为|帮|替)您', window: 'sentence' }],
    message: say(
      '拿别人都没问题来回应，等于说客户说的不可信。',
      'Answering that everyone else is fine tells the customer their account is not believed.',
    ),
    suggestion: say(
      '先接受客户的描述：“感谢您告诉我们，我马上再帮您仔细排查一次。”',
      'Take the account as given: "Thank you for telling us; I\'ll check it again carefully right away."',
    ),
    examples: {
      positive: ['其他用户当天都能正常登录。', '绝大多数顾客都没有反映过这个问题。', '大部分住客反馈都很好。', '建议您回想一下当天是否用过。', '可能是您当时没有注意到提示。', '按理说不应该出现这种情况。'],
      negative: ['其他功能您都可以继续正常使用，我们正在修复。', '其他乘客都能正常检票，您这张票我马上帮您查。', '其他商品都能正常发货。', '感谢您的反馈，我们马上排查。', '可能是我们没有注意到，非常抱歉。'],
    },
  },
  {
    id: 'passing_buck.only_ours',
    category: 'passing_buck',
    severity: 'warning',
    sin: 'passing_buck',
    match: {
      kind: 'regex',
      // "本平台仅负责票务销售", "不属于市局受理范围", "我也不知道是哪个部门在管", "建议您自行去银行查询".
      pattern: `(?:本平台|本店|我方|平台|我们)(?:仅|只)负责|不属于${gap(6)}(?:受理|管辖|负责|服务|业务)范围|我也不知道是哪${gap(2)}(?:部门|科室)|建议${YOU}${gap(2)}自行(?:去|到|前往|联系|咨询|向)`,
      exclude: '我(?:来|帮|为|替)您|为您|帮您',
    },
    // "我们只负责转达，并会跟进结果" takes the handover on.
    anchors: [{ require: 'absent', pattern: '跟进|(?:为|帮|替)您|我(?:们)?(?:会|来)(?:联系|协调|转达)', window: 'sentence' }],
    message: say(
      '只说明自己不管，客户会觉得被推来推去。',
      'Saying only what is not your job makes the customer feel passed around.',
    ),
    suggestion: say(
      '主动衔接：“这部分由……负责，我帮您联系并跟进结果。”',
      'Take the handover on: "… handles this; I\'ll contact them for you and follow up."',
    ),
    examples: {
      positive: ['本平台仅负责票务销售。', '该事项不属于本中心受理范围。', '我也不知道是哪个部门在管。', '建议您自行去厂家售后咨询。'],
      negative: ['这部分由厂家负责，我帮您联系并跟进结果。', '我们负责全程售后，您放心。', '建议您自行选择方便的时间，我帮您预约。', '我们只负责把您的诉求转达给工程部，并会跟进结果。'],
    },
  },
];
