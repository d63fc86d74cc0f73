// Patterns that evidence the six complaint-handling steps and the three voices in agent messages.
import type { QuestionKind } from './types.ts';

/** Acknowledging the customer (step 1, listen). */
export const LISTEN = '我(?:非常|完全|很)?(?:能)?理解|我明白|明白您的意思|听明白了|您的心情|您请讲|您慢慢说|我在听|换作是我';
/** Thanking the customer. */
export const THANKS = '感谢|谢谢|多谢';
/** Apologising (step 2). */
export const APOLOGY = '抱歉|对不起|道歉|歉意|不好意思';
/** Confirming by paraphrase or recording (step 4). */
export const RECORD =
  '(?:确认|核对|复述|总结)一下|您的意思是|也就是说|记录(?:下来)?了?|记下了|已经记录|登记|对吗[？?]?|是这样吗|我理解得对吗';
/** Offering a resolution (step 5). */
export const RESOLVE =
  '(?:为您|帮您|给您)(?:办理|更换|换|退|安排|处理|申请|补偿|维修|修复|联系|加急|预约|更正|调整|提交)|方案|选择|补偿|退款|换货|上门|主管';
/** A concrete time commitment (step 5). */
export const TIME_COMMITMENT =
  '(?:今天|明天|后天|今晚|本周|下周)[^，。]{0,8}(?:前|之前|内|之内)|[一二三四五六七八九十两半\\d]+(?:个)?(?:分钟|小时|工作日|天)(?:内|之内|以内)|' +
  '(?:上午|下午|晚上)?[一二三四五六七八九十两\\d]+点(?:前|之前)|第一时间|马上|立即|稍后';
/** Politely closing (step 6). */
export const CLOSE = '还有(?:什么|其他|别的)[^。？]{0,8}(?:吗|？)|(?:还)?满意吗|您看这样[^。？]{0,6}(?:可以|行)吗|祝您|再见|欢迎再|期待您|感谢您的(?:来电|反馈|耐心|理解|支持)';
/** Greeting on arrival (voice 1). */
export const GREETING = '您好|你好|欢迎|很高兴为您服务|早上好|下午好|晚上好';
/** Farewell on leaving (voice 3). */
export const FAREWELL = '再见|祝您|欢迎(?:您)?(?:下次|再次)|慢走|期待您|感谢您的来电';

/** Question-kind patterns, checked in this order; a question matching none counts as targeted. */
export const QUESTION_KINDS: [QuestionKind, string][] = [
  ['clarifying', '您是说|您的意思是|您指的是|是指|具体是|我理解得对吗|对吗[？?]'],
  ['informational', '(?:为了|以便|方便)[^。？]{0,20}(?:请问|麻烦|需要|想了解|可以)|想了解一下'],
  ['consultative', '(?:我建议|建议|我们可以|我可以|我先)[^。？]{0,30}(?:可以吗|好吗|行吗|您看如何|怎么样|您看呢)|您看(?:可以|行)吗'],
  ['choice', '还是[^。]{0,20}[？?呢]|哪一种|哪一个|哪种|哪个'],
  ['open', '说说|讲讲|怎么回事|什么情况|发生了什么|您希望|有什么想法|您觉得'],
];

/** A question in an agent message. */
export const QUESTION = '[？?]|吗$|呢$';
