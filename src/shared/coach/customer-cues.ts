// Patterns that reveal a customer's state and difficult-customer type (data, like the reply rules).
import type { CueKind, LocalizedText } from './types.ts';
import { say } from './localized.ts';

/** One cue pattern: what it signals, how much it weighs, and why it was highlighted. */
export type CuePattern = { kind: CueKind; pattern: string; weight: number; reason: LocalizedText };

/** Cue patterns, applied to the Simplified form of the customer's message. */
export const customerCuePatterns: CuePattern[] = [
  {
    kind: 'insult',
    weight: 0.5,
    pattern:
      '骗子|垃圾|坑人|黑店|混蛋|王八蛋|废物|猪脑子|脑子进水|狗屁|无耻|吸血鬼|抢劫|滚|恶心|什么破|什么鬼|烂服务|什么烂|瞎了眼|白痴|' +
      '有病|去死|(?<![我你他她])妈的|蠢|骗人|流氓|强盗|哪根葱|黑心|良心被|没良心|缺德|人渣|坑爹|破玩意|破东西|奸商|吃屎|' +
      '饭桶|玩意儿|去你的|吸血|磨磨唧唧|磨叽|草包|蠢货|脑残|神经病|混账|滚蛋|他妈|缺心眼|(?:这|一)(?:群|帮)[^，。！？]{0,3}(?:人|东西|家伙)',
    reason: say('辱骂或攻击性用语', 'insult or abusive wording'),
  },
  {
    kind: 'anger',
    weight: 0.3,
    pattern:
      '气死|太过分|受够|离谱|忍无可忍|岂有此理|凭什么|欺负|开什么玩笑|简直|太慢|太差|不负责任|给我吐出来|要死|一整天|' +
      '[一二三四五六七八九十两\\d]+(?:分钟|天|次)[^，。]{0,4}(?:了|还)|懂什么|应付我|糊弄|就这么对待|哪有工夫|(?:现在|马上|立刻)就?给我|' +
      '也没用|(?:叫|把|让)[^，。]{0,8}(?:叫来|叫过来|出来)|叫来|叫过来|' +
      // Ordering a superior in (叫你们领导来, 让店长过来), curt demands and veiled threats.
      '(?:叫|让)[^，。！？]{0,8}(?:来|过来|出来)(?:接电话|跟我说|处理)?(?=[，,。！!？?]|$)|来接电话|现在就要|我不管|免谈|你们必须(?:赔|退|给)|' +
      '给我(?:处理|办|弄|搞)好|还要我(?:亲自|自己)|得要命|无语|差劲|能解决什么|别废话|少废话|' +
      // A broken promise: "说好三天到账，现在一个星期了还没到".
      '说好(?:的)?[^，。！？]{0,8}[，,][^。！？]{0,12}(?:还没|还不|没有|都没)',
    reason: say('表达强烈不满', 'strong displeasure'),
  },
  {
    kind: 'anger',
    weight: 0.15,
    pattern: '到底|明明|(?:为什么|怎么)[^？?。]{0,14}(?:还没|也不|都不|没有)|有没有认真',
    reason: say('追问、质问', 'pressing, accusing question'),
  },
  { kind: 'exclamation', weight: 0.25, pattern: '[！!]{2,}', reason: say('连续感叹号', 'repeated exclamation marks') },
  { kind: 'exclamation', weight: 0.1, pattern: '(?<![！!])[！!](?![！!])', reason: say('感叹语气', 'exclamation') },
  {
    kind: 'threat',
    weight: 0.3,
    pattern: '投诉|曝光|12315|工信部|消协|媒体|起诉|律师|告你们|报警|差评|举报',
    reason: say('威胁投诉或曝光', 'threatens to complain or go public'),
  },
  {
    kind: 'urgency',
    weight: 0.3,
    pattern:
      '急|马上|赶紧|尽快|立刻|立即|快点|快一点|等着用|来不及|怎么办(?!理)|越快越好|担心|催一下|还有救吗|很重要|起飞|明天一早|下午就要|' +
      '到现在还没|是不是出什么问题|求(?:求)?你们|拜托|' +
      '之前必须|[一二三两\\d]+小时后',
    reason: say('时间紧迫或担忧', 'urgency or worry'),
  },
  {
    kind: 'manager_demand',
    weight: 0.1,
    pattern:
      '(?:叫|让|找|把|请|转接|安排)[^，。！？]{0,6}(?:经理|领导|老板|主管|负责人|店长|老总|上级|管事的|能做主的|副总)|' +
      '(?:跟|和)[^，。！？]{0,8}(?:经理|领导|老板|主管|负责人|老总|副总)(?:谈|说|沟通|当面|通话|对话)|' +
      // "请帮我联系一下你们客服主管", "跟你们总部的人通话": asking for someone above the agent.
      '(?:联系|转给|转接|接通)[^，。！？]{0,8}(?:经理|领导|老板|主管|负责人|老总|上级)|(?:跟|和|找)[^，。！？]{0,6}(?:总部|上级|上面)的人|' +
      '(?:经理|领导|老板|主管|负责人|店长|老总)(?:呢|在哪)|你说了不算|你做不了主|做不了决定|' +
      // "我不跟你这种小职员谈": refusing to deal with the agent at all.
      '(?:我)?不(?:想)?(?:跟|和)你(?:这种|这样的)?[^，。！？]{0,4}(?:谈|说|讲)(?![^，。！？]{0,2}(?:清楚|明白))',
    reason: say('要求找上级', 'asks for a manager'),
  },
  {
    kind: 'self_importance',
    weight: 0.1,
    pattern:
      '我是(?:你们的)?[^，。]{0,4}(?:会员|VIP|大客户|老客户|老顾客|常客|大老板)|你知道我是谁|我认识你们|老朋友|时间很宝贵|没时间跟你们|' +
      '我一个大老板|像我这种|以我的身份|我可是|先给我办|让其他客人先等|别管后面|优先给我|消费[^，。]{0,2}几|话费好几千|几千万|资金量|' +
      '比你们懂|你一个小|小店员|对我不适用|专人|最高规格|跟普通人|对付散户|大客户|怠慢|(?:最大|最重要|重要|核心)的客户|客户之一|老顾客|小职员|特殊照顾|特殊对待|特事特办|' +
      '我(?:朋友|亲戚|同学|哥们|老同学|家人)[^，。]{0,3}(?:是|在)你们',
    reason: say('强调自己身份特殊', 'stresses own importance'),
  },
  {
    kind: 'rejection',
    weight: 0.1,
    pattern:
      '我不管|我就要|(?<!不是)非要|我只要|只要现金|不接受|不考虑|一概不认|只认|我不要|不用给我|看不上|没得商量|' +
      '说什么[^，。]{0,2}都不|不会改主意|别跟我(?:解释|说)|我不听|别劝我|必须全退|必须赔|不管你们|这个方案不行|也不行|要么[^，。]{1,6}要么|' +
      '按我说的|我已经决定|一天都不能|认定|不用[^，。]{0,4}也不用|还是那句话|免谈|(?:其他|别的)[^，。]{0,4}(?:都不要|我都不要|都不接受|一概不要)|' +
      '谁说都没用|说什么都没用|我意已决|(?:不用|别)再?劝|我就是要|我就是不',
    reason: say('拒绝所有方案，坚持己见', 'rejects every proposal and holds to their view'),
  },
  {
    kind: 'nitpick',
    weight: 0,
    pattern:
      '错别字|写错|写歪|不一致|不统一|划痕|压痕|线头|气泡|水渍|小数|毫米|公分|差了|偏了|对得不|差别|不一样|发黄|对着光|格式|字母|' +
      '\\d+\\.\\d+元?|一点点|稍微|不够热|有点老|偏小|有点松|有点慢|有点歪|有点卡|深了|不准确|不严|一条缝|没有完全|具体是哪|' +
      '不对(?!吗)|只保留|保留[一两三]位|' +
      // Small sensory flaws ("面包边有点硬", "不是一次性的那种").
      '有点(?:硬|软|淡|咸|甜|苦|凉|暗|粗|糙|皱|旧|脏|紧|大|小|长|短|薄|厚|浅|斜|偏|褪色|掉色|起球|异味)|不是[^，。]{1,6}的那种|' +
      // Pointing at an exact spot: "少了一个字", "倒数第二位", "第三页".
      '少了一个|多了一个|倒数第|第[一二三四五六七八九十\\d]+(?:位|行|页|条|项|个字)',
    reason: say('纠结细节', 'nitpicks details'),
  },
  {
    kind: 'repetition',
    weight: 0,
    pattern: '刚才(?:也|已经|就)?(?:说|讲)(?:过|了)|(?:上午|之前|昨天|早上|刚才)(?:也|已经|就)?(?:打过|问过|反映过)(?:电话)?|再说一[遍次]|说了好几遍|说了两遍|都说了|我再跟你讲|再跟你讲一次|还是(?:我说的)?那个|我再说一下|我还是那个',
    reason: say('重复已经说过的话', 'repeats what was already said'),
  },
  {
    kind: 'rambling',
    weight: 0,
    pattern: '我跟你说|我跟你讲|说来话长|是这样的|对了|顺便|说起来|你听我说|我这个人|唉|哎|还有就是|说到这|那天|后来|结果|然后我|我就想',
    reason: say('话题展开、说个不停', 'keeps talking and drifts'),
  },
];
