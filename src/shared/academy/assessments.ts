// The academy's two self-assessment instruments: their items, their bands and their exact scoring.
// Every text is bilingual; the web client picks the language, the API sends both.
import type { Locale } from '../schemas/common.ts';

/** A user-facing text in Simplified Chinese (the default) and English. */
export type Localized = { 'zh-CN': string; en: string };

function loc(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

/** The text for a locale, falling back to Chinese. */
export function textFor(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** The keys of the self-assessments, as they appear in API paths. */
export const assessmentKeys = ['service-awareness', 'service-orientation'] as const;
/** One self-assessment key. */
export type AssessmentKey = (typeof assessmentKeys)[number];

/** Whether a string names a self-assessment. */
export function isAssessmentKey(key: string): key is AssessmentKey {
  return (assessmentKeys as readonly string[]).includes(key);
}

/** A statement answered on a frequency scale (service awareness). */
export type FrequencyItem = { text: Localized };
/** An item answered on a scale between a negative and a positive pole (service orientation). */
export type BipolarItem = { negative: Localized; positive: Localized };

/** A result band: its key, the inclusive total range it covers, and what it means for the person. */
export type Band = { key: string; min: number; max: number; title: Localized; advice: Localized };

/** The rule that several items ask the same thing, so their answers should agree. */
export type ConsistencyCheck = { items: readonly number[]; flag: 'inconsistent' };

type Common = { key: AssessmentKey; title: Localized; intro: Localized; min: number; max: number; bands: readonly Band[] };
/** A self-assessment of either kind; item numbers are 1-based everywhere outside arrays. */
export type Assessment =
  | (Common & { scale: 'frequency'; items: readonly FrequencyItem[]; scaleLabels: readonly Localized[]; consistency: ConsistencyCheck })
  | (Common & { scale: 'bipolar'; items: readonly BipolarItem[] });

const f = (zh: string, en: string): FrequencyItem => ({ text: loc(zh, en) });
const b = (negZh: string, negEn: string, posZh: string, posEn: string): BipolarItem => ({ negative: loc(negZh, negEn), positive: loc(posZh, posEn) });

/** 服务意识测试: twenty statements about one's own practice, each answered 1 (never) to 5 (always). */
export const serviceAwareness: Assessment = {
  key: 'service-awareness',
  scale: 'frequency',
  title: loc('服务意识测试', 'Service awareness test'),
  intro: loc(
    '20 条关于日常服务做法的描述。请按您实际做到的频率作答，而不是按您觉得应该做到的程度作答。',
    'Twenty statements about everyday service habits. Answer with how often you actually do each one, not how often you think you should.',
  ),
  min: 1,
  max: 5,
  scaleLabels: [loc('从不', 'Never'), loc('很少', 'Rarely'), loc('有时', 'Sometimes'), loc('经常', 'Often'), loc('总是', 'Always')],
  items: [
    f('我为改进服务提出的建议会被采纳。', 'Suggestions I make for improving service end up being adopted.'),
    f('我清楚每位客户想要得到什么样的服务。', 'I know what kind of service each customer is looking for.'),
    f('我和客户相处得很融洽。', 'I get along well with my customers.'),
    f('客户没有明说的需要，我也能听出来。', 'I pick up on needs that customers leave unspoken.'),
    f('服务过程中的细枝末节，我都会留意。', 'I pay attention to the small details of every service.'),
    f('哪怕自己情绪低落，面对客户投诉时我依然保持耐心。', 'Even when I am in a low mood, I stay patient with a complaining customer.'),
    f('我愿意拿出自己的时间来照顾客户。', 'I am willing to give my own time to looking after customers.'),
    f('我会定期拜访客户，收集他们的看法。', 'I visit customers on a regular schedule to gather their views.'),
    f('每次处理完投诉，我都会想想能从中学到什么。', 'After each complaint I think about what it can teach me.'),
    f('我能准确地把客户和他们的名字对上。', 'I can reliably put the right name to each customer.'),
    f('客户信得过我。', 'Customers trust me.'),
    f('客户愿意跟我聊工作以外的事情。', 'Customers are happy to chat with me about things beyond business.'),
    f('我让客户提意见、投诉时不费周折。', 'I make it easy for customers to raise a complaint.'),
    f('客户投诉后，我会及时告诉他们处理进展。', 'When customers complain, I keep them informed of progress without delay.'),
    f('了解问题时，我会用 5W1H（谁、什么、何时、何地、为什么、怎么做）逐一追问。', 'When looking into a problem I ask the 5W1H questions: who, what, when, where, why and how.'),
    f('每失去一位客户，我都会分析其中的原因。', 'Whenever a customer leaves us, I work out why.'),
    f('我会定期把与服务有关的新消息告诉客户。', 'I regularly send customers news about our service.'),
    f('客户流失时，我会觉得那是我自己的失败。', 'When a customer is lost, I feel it as my own failure.'),
    f('为客户多做一些分外的服务，我心甘情愿。', 'I am glad to do more for a customer than the job requires.'),
    f('我为客户建立了详细的档案，并随时更新。', 'I keep a detailed customer file and bring it up to date as things change.'),
  ],
  consistency: { items: [3, 11, 12], flag: 'inconsistent' },
  bands: [
    {
      key: 'basic',
      min: 20,
      max: 60,
      title: loc('具备基本的服务意识', 'Basic service awareness'),
      advice: loc(
        '您已经具备基础的服务意识和技能，但仍有较大提升空间。建议从倾听客户、及时反馈和留意细节这几条做起。',
        'You have the basics of service awareness and skill, with plenty of room to grow. Start with listening closely, giving timely feedback and minding the details.',
      ),
    },
    {
      key: 'good',
      min: 61,
      max: 80,
      title: loc('服务意识良好', 'Good service awareness'),
      advice: loc(
        '您的服务意识和技能都不错。找出得分较低的几条，有针对性地练习，就能更上一层楼。',
        'Your service awareness and skill are good. Pick out the statements where you scored lowest and practise them to reach the next level.',
      ),
    },
    {
      key: 'very-high',
      min: 81,
      max: 100,
      title: loc('服务意识很强', 'Very high service awareness'),
      advice: loc(
        '您的服务意识和技能非常出色，可以把自己的做法分享给同事，带动整个团队。',
        'Your service awareness and skill are outstanding. Consider sharing your habits with colleagues to lift the whole team.',
      ),
    },
  ],
};

/** 客户服务导向力测试: twenty items, each scored 0–5 between a negative and a positive pole. */
export const serviceOrientation: Assessment = {
  key: 'service-orientation',
  scale: 'bipolar',
  title: loc('客户服务导向力测试', 'Service orientation test'),
  intro: loc(
    '每一题的两端是两种相反的表现。请选出最接近您平时状态的位置：0 最贴近左侧，5 最贴近右侧。',
    'Each item sets two opposite behaviours side by side. Choose the point closest to how you usually are: 0 is nearest the left, 5 nearest the right.',
  ),
  min: 0,
  max: 5,
  items: [
    b('情绪一上来就控制不住', 'I lose control once my emotions rise', '无论何时都能管住自己的情绪', 'I keep my emotions in check at all times'),
    b('受到怠慢会立刻翻脸', 'When slighted I react angrily on the spot', '受到怠慢也能平静对待', 'When slighted I stay calm'),
    b('和人相处常常不顺', 'I often find it hard to get along with people', '和各种各样的人都合得来', 'I get along with all kinds of people'),
    b('遇到不喜欢的客户就应付了事', 'I just go through the motions with customers I dislike', '对不喜欢的客户也一样尽心', 'I serve customers I dislike just as carefully'),
    b('职责以外的事一概不管', 'I never help with anything outside my duties', '乐意在职责之外搭把手', 'I gladly help beyond my duties'),
    b('很少注意到别人的优点', 'I rarely notice what others do well', '善于发现并欣赏别人的长处', 'I readily see and appreciate others\' strengths'),
    b('别人还没说完我就想打断', 'I want to cut in before others finish', '能耐心听对方把话说完', 'I listen patiently until the other person is done'),
    b('错不在我就绝不道歉', 'I never apologise if it is not my fault', '即使错不在我，也愿意先说声抱歉', 'I will say sorry first even when it is not my fault'),
    b('口头表达很吃力', 'Speaking my thoughts aloud is a struggle', '说话清楚、表达顺畅', 'I speak clearly and fluently'),
    b('总是记不住别人的名字和长相', 'I keep forgetting names and faces', '见过一面就能记住名字和长相', 'I remember names and faces after one meeting'),
    b('只会照章办事，不懂变通', 'I follow the rules to the letter and never adapt', '守住原则的同时能灵活处理', 'I stay flexible while keeping to principles'),
    b('只关心对我有回报的人', 'I only care about people who can repay me', '关心别人并不图回报', 'I care about others without expecting anything back'),
    b('兴趣爱好很少', 'I have few interests', '兴趣广泛，话题多', 'I have wide interests and plenty to talk about'),
    b('只从自己的角度看问题', 'I see things only from my own side', '习惯换位思考', 'I habitually put myself in the other person\'s place'),
    b('很少露出笑容', 'I seldom smile', '常常面带笑容', 'I smile often'),
    b('很少想到让别人开心', 'I rarely think about cheering others up', '喜欢给别人带来快乐', 'I enjoy bringing others joy'),
    b('想说就说、想做就做', 'I say and do whatever I feel like', '懂得克制自己', 'I know how to hold myself back'),
    b('事情一复杂就手忙脚乱', 'I get flustered when things get complicated', '局面再复杂也能沉着应对', 'I stay composed however complex things become'),
    b('受不了抱怨和压力', 'I cannot stand complaints and pressure', '扛得住抱怨和压力', 'I can take complaints and pressure'),
    b('不太在意自己的仪表', 'I pay little attention to my appearance', '衣着整洁，仪表得体', 'I am neatly dressed and well presented'),
  ],
  bands: [
    {
      key: 'may-not-suit',
      min: 0,
      max: 49,
      title: loc('可能不太适合服务工作', 'Service work may not suit you'),
      advice: loc(
        '从结果看，面对客户的工作可能会让您感到吃力。可以和培训师聊聊，看看哪些方面值得先练，或者哪类岗位更能发挥您的长处。',
        'Customer-facing work may feel like a strain for you. Talk it over with a trainer about what to practise first, or which roles would make better use of your strengths.',
      ),
    },
    {
      key: 'train-interpersonal',
      min: 50,
      max: 80,
      title: loc('需要加强人际交往技巧', 'Work on your interpersonal skills'),
      advice: loc(
        '您有做好服务的基础，但人际交往技巧还需要练习。建议重点关注得分较低的几项。',
        'You have a foundation for good service, but your interpersonal skills need practice. Focus on the items where you scored lowest.',
      ),
    },
    {
      key: 'excellent',
      min: 81,
      max: 100,
      title: loc('优秀的服务导向', 'Excellent service orientation'),
      advice: loc(
        '您天生适合服务工作，能在帮助客户的过程中找到乐趣。',
        'You are a natural at service and find real enjoyment in helping customers.',
      ),
    },
  ],
};

/** Both self-assessments, in the order the academy shows them. */
export const assessments: Record<AssessmentKey, Assessment> = {
  'service-awareness': serviceAwareness,
  'service-orientation': serviceOrientation,
};

/** Why a set of answers cannot be scored; `item` is 1-based. */
export type AnswerProblem =
  | { reason: 'missing'; item: number; expected: number }
  | { reason: 'extra'; item: number; expected: number }
  | { reason: 'out_of_range'; item: number; value: number; min: number; max: number };

/** Thrown by `scoreAssessment` when the answers do not fit the assessment. */
export class AssessmentAnswerError extends Error {
  constructor(readonly problem: AnswerProblem) {
    super(`item ${problem.item}: ${problem.reason}`);
  }
}

/** The score of one filled-in assessment. */
export type AssessmentScore = { total: number; band: string; flags: string[] };

/** The first problem with `answers`, or null when they can be scored. */
export function findAnswerProblem(assessment: Assessment, answers: readonly number[]): AnswerProblem | null {
  const expected = assessment.items.length;
  for (let i = 0; i < Math.min(answers.length, expected); i++) {
    const value = answers[i];
    if (!Number.isInteger(value) || value < assessment.min || value > assessment.max) {
      return { reason: 'out_of_range', item: i + 1, value, min: assessment.min, max: assessment.max };
    }
  }
  if (answers.length < expected) return { reason: 'missing', item: answers.length + 1, expected };
  if (answers.length > expected) return { reason: 'extra', item: expected + 1, expected };
  return null;
}

/** The band whose range holds `total`. */
export function bandFor(assessment: Assessment, total: number): Band {
  const band = assessment.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new Error(`no band of ${assessment.key} holds ${total}`);
  return band;
}

/**
 * Scores `answers` (one per item, in order): the total, its band and any flags. For the service awareness
 * test, items that ask the same thing are flagged `inconsistent` when their answers spread wider than
 * `tolerance` (0: they must be equal). Throws AssessmentAnswerError naming the first bad item.
 */
export function scoreAssessment(key: AssessmentKey, answers: readonly number[], options: { tolerance?: number } = {}): AssessmentScore {
  const assessment = assessments[key];
  const problem = findAnswerProblem(assessment, answers);
  if (problem) throw new AssessmentAnswerError(problem);
  const total = answers.reduce((sum, a) => sum + a, 0);
  const flags: string[] = [];
  if (assessment.scale === 'frequency') {
    const values = assessment.consistency.items.map((item) => answers[item - 1]);
    if (Math.max(...values) - Math.min(...values) > (options.tolerance ?? 0)) flags.push(assessment.consistency.flag);
  }
  return { total, band: bandFor(assessment, total).key, flags };
}
