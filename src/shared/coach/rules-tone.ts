// Rules about tone: negative framing and the thanks-before-apology order.
import type { CoachRule } from './types.ts';
import { say } from './localized.ts';
import { gap } from './lexicon.ts';

/** Rules for the negative_framing category. */
export const framingRules: CoachRule[] = [
  {
    id: 'negative_framing.sorry_wait',
    category: 'negative_framing',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern:
        '(?:抱歉|对不起|不好意思)[^。！？!?]{0,6}(?:久等|白等|等了(?:这么|那么|很|好)?(?:久|长时间|半天)|等(?:这么|那么|太|好)久|' +
        '耽误(?:您|你)?(?:这么|那么)?(?:长|多|久|半天))|(?:让您|让你)(?:白|干)?(?:久等|等(?:了)?(?:这么|那么|太|好)?(?:久|半天))|' +
        // "劳您久等", "Sorry 让您等到现在": the wait named however the apology is worded.
        '劳(?:您|你)(?:久等|久候|等候|等)|(?:让|叫)(?:您|你)(?:一直)?等到(?:现在|这会儿|这个点|这么晚)',
    },
    anchors: [{ require: 'absent', pattern: '感谢|谢谢', window: 'before_in_sentence' }],
    message: say(
      '“抱歉让您久等”提醒客户等了很久，不如感谢对方的耐心。',
      '"Sorry to keep you waiting" reminds the customer of the wait; thank them for their patience instead.',
    ),
    suggestion: say('改为：“感谢您的耐心等待。”', 'Say: "Thank you for your patience."'),
    examples: {
      positive: ['不好意思让您久等了。', '对不起，让你等了这么久。', '让您久等了，我们继续。', '对不起，让您白跑又白等。', '不好意思，让您等了好久。', '劳您久等，真是过意不去。', 'Sorry 让您等到现在。'],
      negative: ['感谢您的耐心等待，让您久等了。', '感谢您的耐心等待。'],
    },
  },
  {
    id: 'negative_framing.weak_or_gloomy',
    category: 'negative_framing',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern:
        '重蹈覆辙|我(?:再|先|帮您|给您)?试(?:试|一下|一试)|只能试试|试试看|尽量吧|碰(?:碰)?运气|(?:别|不要)抱(?:太大|多大|什么)?希望|' +
        '不一定能|不好说|拖很久|很麻烦|(?:比较|特别|非常|挺)麻烦(?!您|你)|万一(?:又|再)出|只好(?:先)?(?:这样|凑合|将就)|再出问题|' +
        // Doubt about the outcome: "碰碰看", "说不定能", "估计很难", "希望不大".
        '碰碰看|说不定(?:能|可以|会)|说不定' + gap(4) + '就(?:好|行|能|会)|做好' + gap(2) + '(?:等|心理|最坏)' + gap(6) + '准备|没(?:有)?(?:什么)?把握|看情况吧|听天由命|看运气|(?<![不])难(?:以)?(?:解决|处理|办|修|说)|' +
        '估计(?:不行|很难|没戏|够呛|悬)|希望(?:不大|渺茫)|可能性(?:不大|很小|很低)|够呛|没戏|' +
        // A hedged promise not to disappoint: "这次尽量不让您失望".
        '尽量不(?:让|叫|再)',
      // The customer invited to try something ("您可以重启一下试试看") is a tip, not the agent's doubt.
      exclude: '(?<![帮为给替])[你您](?:可以|不妨|也可以|先|自己|重新)',
    },
    message: say(
      '消极或没把握的说法会让客户失去信心。',
      'Gloomy or half-hearted wording makes the customer lose confidence.',
    ),
    suggestion: say(
      '用积极的说法：“我会尽全力为您处理，……前给您结果。”',
      'Frame it positively: "I will do my very best for you and update you by …"',
    ),
    examples: {
      positive: ['这次尽量不让您失望。', '说不定过两天就好了。', '您做好等一两周的准备。', '这事比较麻烦。', '万一又出故障就麻烦了。', '只好先这样了。', '我试试看吧。', '希望这次不要重蹈覆辙。', '结果不好说。', '这种故障很难修，说不定能好。', '退款估计够呛。'],
      negative: ['您可以重启路由器试试看。', '出发前请做好防寒准备。', '给您添麻烦了，我马上处理。', '我会尽全力为您争取。', '我们一起找出原因，避免同样的情况再发生。', '这个操作不难，我一步步教您。'],
    },
  },
  {
    id: 'negative_framing.dont_know',
    category: 'negative_framing',
    severity: 'warning',
    sin: 'indifference',
    match: { kind: 'regex', pattern: '我(?:也)?不(?:知道|清楚)(?!您)' },
    anchors: [
      { require: 'absent', pattern: '查|问一下|核实|确认|了解一下|咨询', window: 'sentence_and_next' },
      // "我只是前台，我不清楚" is passing the buck, reported once by that rule.
      { require: 'absent', pattern: '我只是|不归|不是我|经手|上一班|前任|上一任|之前的|以前的|[你您].{0,3}(?:问|找)|(?:要|得|去)问', window: 'sentence' },
    ],
    message: say(
      '只说“我不知道”，客户会觉得没人能帮他。',
      'A flat "I don\'t know" tells the customer nobody can help.',
    ),
    suggestion: say(
      '改为：“这个问题我帮您查一下，……分钟内给您答复。”',
      'Say: "Let me find that out for you; I\'ll reply within … minutes."',
    ),
    examples: {
      positive: ['我不知道什么时候到货。', '这个我也不清楚。'],
      negative: ['这是上一班同事经手的，我不清楚。', '我不清楚具体时间，我这就帮您查一下。', '我不知道您现在方便吗？'],
    },
  },
  {
    id: 'negative_framing.apology_before_thanks',
    category: 'negative_framing',
    severity: 'hint',
    // "An apology not preceded by thanks in the same message."
    match: { kind: 'regex', pattern: '(?:非常|十分|很|真诚地?)?(?:抱歉|对不起|道歉)' },
    anchors: [{ require: 'absent', pattern: '感谢|谢谢', window: 'before_in_message' }],
    message: say(
      '先感谢客户提出问题，再道歉，效果更好。',
      'Thank the customer for raising it before you apologise.',
    ),
    suggestion: say(
      '在前面加上：“感谢您告诉我们这件事，……”',
      'Start with: "Thank you for letting us know, …"',
    ),
    edit: { placement: 'before_match', text: say('感谢您告诉我们这件事，', 'Thank you for letting us know; ') },
    examples: {
      positive: ['非常抱歉给您带来不便。'],
      negative: ['感谢您的反馈，非常抱歉给您带来不便。'],
    },
  },
  {
    id: 'negative_framing.doubtful_outcome',
    category: 'negative_framing',
    severity: 'warning',
    match: {
      kind: 'regex',
      pattern:
        // "可能要拖一拖", "能否修好也不一定", "我帮您申请看看", "你们老年人就是麻烦".
        '拖一拖|拖上?(?:几|一|两)(?:天|周)|(?:能否|能不能|是否|会不会)' + gap(8) + '(?:也|还)?不一定(?=[，,。！!]|$)|也不一定(?=[。！!]|$)|(?:申请|争取|催催|找找)看看|' +
        '(?:你们|[你您]|老年人|老人家|老人)' + gap(4) + '(?:就是|真|太|真是|特别)麻烦(?=[，,。！!]|$)',
    },
    message: say(
      '“拖一拖”“不一定”“看看”让客户听到的是没把握和不情愿。',
      '"It may drag on", "not certain", "I\'ll see" tell the customer you are unsure and unwilling.',
    ),
    suggestion: say(
      '说清会做什么、何时给答复：“我马上为您申请，今天下班前给您回复。”',
      'Say what you will do and when: "I\'ll apply for you now and reply before end of day."',
    ),
    examples: {
      positive: ['退款可能要拖一拖。', '能不能批下来也不一定。', '我帮您申请看看。', '你们年轻人就是麻烦。'],
      negative: ['我马上帮您申请，今天给您回复。', '麻烦您提供一下订单号。', '不一定要本人来，家属代办也可以。'],
    },
  },
];
