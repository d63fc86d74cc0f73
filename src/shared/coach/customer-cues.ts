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
      '有病|去死|(?<![我你他她])妈的|蠢|骗人|流氓|强盗|哪根葱',
    reason: say('辱骂或攻击性用语', 'insult or abusive wording'),
  },
  {
    kind: 'anger',
    weight: 0.3,
    pattern:
      '气死|太过分|受够|离谱|忍无可忍|岂有此理|凭什么|欺负|开什么玩笑|简直|太慢|太差|不负责任|给我吐出来|要死|一整天|' +
      '[一二三四五六七八九十两\\d]+(?:分钟|天|次)[^，。]{0,4}(?:了|还)|懂什么|应付我|糊弄|就这么对待|哪有工夫|(?:现在|马上|立刻)就?给我|' +
      '也没用|(?:叫|把|让)[^，。]{0,8}(?:叫来|叫过来|出来)|叫来|叫过来',
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
      '到现在还没|是不是出什么问题|' +
      '之前必须|[一二三两\\d]+小时后',
    reason: say('时间紧迫或担忧', 'urgency or worry'),
  },
  {
    kind: 'manager_demand',
    weight: 0.1,
    pattern:
      '(?:叫|让|找|把|请|转接|安排)[^，。！？]{0,6}(?:经理|领导|老板|主管|负责人|店长|老总|上级|管事的|能做主的|副总)|' +
      '(?:跟|和)[^，。！？]{0,8}(?:经理|领导|老板|主管|负责人|老总|副总)(?:谈|说|沟通|当面)|' +
      '经理呢|经理在哪|你说了不算|你做不了主|做不了决定',
    reason: say('要求找上级', 'asks for a manager'),
  },
  {
    kind: 'self_importance',
    weight: 0.1,
    pattern:
      '我是(?:你们的)?[^，。]{0,4}(?:会员|VIP|大客户|老客户|老顾客|常客|大老板)|你知道我是谁|我认识你们|老朋友|时间很宝贵|没时间跟你们|' +
      '我一个大老板|像我这种|以我的身份|我可是|先给我办|让其他客人先等|别管后面|优先给我|消费[^，。]{0,2}几|话费好几千|几千万|资金量|' +
      '比你们懂|你一个小|小店员|对我不适用|专人|最高规格|跟普通人|对付散户|大客户|怠慢',
    reason: say('强调自己身份特殊', 'stresses own importance'),
  },
  {
    kind: 'rejection',
    weight: 0.1,
    pattern:
      '我不管|我就要|(?<!不是)非要|我只要|只要现金|不接受|不考虑|一概不认|只认|我不要|不用给我|看不上|没得商量|' +
      '说什么[^，。]{0,2}都不|不会改主意|别跟我(?:解释|说)|我不听|别劝我|必须全退|必须赔|不管你们|这个方案不行|也不行|要么[^，。]{1,6}要么|' +
      '按我说的|我已经决定|一天都不能|认定|不用[^，。]{0,4}也不用',
    reason: say('拒绝所有方案，坚持己见', 'rejects every proposal and holds to their view'),
  },
  {
    kind: 'nitpick',
    weight: 0,
    pattern:
      '错别字|写错|写歪|不一致|不统一|划痕|压痕|线头|气泡|水渍|小数|毫米|公分|差了|偏了|对得不|差别|不一样|发黄|对着光|格式|字母|' +
      '\\d+\\.\\d+元?|一点点|稍微|不够热|有点老|偏小|有点松|有点慢|有点歪|有点卡|深了|不准确|不严|一条缝|没有完全|具体是哪|' +
      '不对(?!吗)|只保留|保留[一两三]位',
    reason: say('纠结细节', 'nitpicks details'),
  },
  {
    kind: 'repetition',
    weight: 0,
    pattern: '刚才(?:也|已经)?说(?:过|了)|再说一[遍次]|说了好几遍|说了两遍|都说了|我再跟你讲|再跟你讲一次|还是(?:我说的)?那个|我再说一下|我还是那个',
    reason: say('重复已经说过的话', 'repeats what was already said'),
  },
  {
    kind: 'rambling',
    weight: 0,
    pattern: '我跟你说|说来话长|是这样的|对了|顺便|说起来|你听我说|我这个人|唉|哎|还有就是|说到这',
    reason: say('话题展开、说个不停', 'keeps talking and drifts'),
  },
];
