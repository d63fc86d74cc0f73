// Reads a customer message: emotion, intensity, difficult-customer type, and the cues behind them.
import type { CueKind, CustomerAnalysis, CustomerCue, CustomerEmotion, CustomerType, CoachLocale } from './types.ts';
import { customerCuePatterns } from './customer-cues.ts';
import { toSimplified } from './normalise.ts';
import { assertCoachText } from './analyze-reply.ts';
import { pick, say } from './localized.ts';

const compiledCues = customerCuePatterns.map((c) => ({ ...c, re: new RegExp(c.pattern, 'gu') }));

const TONE = {
  angry: say(
    '电话中：语速放慢、音量比客户低一些，先让对方说完，不要打断。',
    'On the phone: speak more slowly and a little more quietly than the customer; let them finish.',
  ),
  anxious: say(
    '电话中：语速稍快、直奔重点，先告诉客户马上要做什么。',
    'On the phone: speed up a little and get to the point; say first what you will do right now.',
  ),
  calm: say('电话中：与客户的语速和音量保持一致。', "On the phone: match the customer's pace and volume."),
};

// Bigrams of Han characters: a cheap, segmentation-free way to see whether a message repeats history.
function hanBigrams(text: string): Set<string> {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) grams.add(han[i] + han[i + 1]);
  return grams;
}

function repeatsHistory(text: string, history: string[]): boolean {
  const mine = hanBigrams(text);
  return history.some((earlier) => {
    const theirs = hanBigrams(toSimplified(earlier));
    if (theirs.size < 4) return false;
    let shared = 0;
    for (const g of theirs) if (mine.has(g)) shared++;
    return shared / theirs.size >= 0.5;
  });
}

// Cues keep their weights while the type is chosen; the weights are not part of the public result.
type WeightedCue = CustomerCue & { weight: number; evidence: number; each: boolean; pattern: number };

function findCues(text: string, locale: CoachLocale): WeightedCue[] {
  const cues: WeightedCue[] = [];
  compiledCues.forEach((cue, pattern) => {
    const { kind, weight, evidence, re } = cue;
    const each = cue.each === true;
    let reason: string | undefined;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A pattern that matched nothing must still move on, or exec would loop forever.
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      // Plain literals, no spread: this loop runs for every match and must stay cheap.
      reason ??= pick(cue.reason, locale);
      cues.push({ start: m.index, end: m.index + m[0].length, kind, reason, weight, evidence, each, pattern });
    }
  });
  return cues;
}

// Emotion adds up every match (three exclamations shout louder than one); a type's evidence counts each
// pattern once unless the pattern says that separate matches are separate items (flaws, status claims).
function evidenceFor(cues: WeightedCue[], kinds: CueKind[]): number {
  const seen = new Set<number>();
  let total = 0;
  for (const c of cues) {
    if (!kinds.includes(c.kind)) continue;
    if (!c.each && seen.has(c.pattern)) continue;
    seen.add(c.pattern);
    total += c.evidence;
  }
  return total;
}

const has = (cues: WeightedCue[], kind: CueKind): boolean => cues.some((c) => c.kind === kind);
const shouts = (cues: WeightedCue[]): boolean => cues.some((c) => c.kind === 'exclamation' && c.weight >= 0.25);

// Polite framing ("请", "麻烦", "谢谢"; not 请 as in 申请 or 请过来) turns a firm request into a calm one
// unless the customer also insults or shouts.
const POLITE = /(?<![申邀聘宴])请(?!过来|出来|来)|麻烦|谢谢|希望|劳驾|您|你好|(?:^|[，,。])(?:能不能|可不可以)/u;
const LONG = 80;
const CLAUSE = /[，,。！!？?；;\n]/u;

// A phrase or number said twice in one message ("就是没拿到…没拿到", "3821…就是3821").
function repeatsItself(text: string): { start: number; end: number } | null {
  const seen = new Map<string, number>();
  for (const run of text.matchAll(/[\p{Script=Han}\d]{4,}/gu)) {
    for (let i = run.index; i + 4 <= run.index + run[0].length; i++) {
      const gram = text.slice(i, i + 4);
      const first = seen.get(gram);
      if (first === undefined) seen.set(gram, i);
      else if (i >= first + 4) return { start: i, end: i + 4 };
    }
  }
  return null;
}

function chooseType(cues: WeightedCue[], text: string): CustomerType | null {
  // Out of control: insults or attacks, a lost temper voiced with an exclamation, or angry words shouted.
  // Plain complaints about waits and broken promises, however pointed, do not make a customer "emotional";
  // nor do exclamation marks or emoji alone.
  const angryWords = cues.reduce((sum, c) => (c.kind !== 'urgency' && c.kind !== 'exclamation' ? sum + c.weight : sum), 0);
  const lostTemper =
    has(cues, 'insult') || (evidenceFor(cues, ['anger']) >= 1 && has(cues, 'exclamation')) || (shouts(cues) && angryWords >= 0.3);
  // Order matters: what the customer demands says more about how to handle them than how loudly they say it.
  if (evidenceFor(cues, ['manager_demand']) >= 1) return 'boss_demanding';
  if (evidenceFor(cues, ['self_importance']) >= 1) return 'arrogant';
  if (evidenceFor(cues, ['rejection']) >= 2) return 'stubborn';
  const clauses = text.split(CLAUSE).filter((c) => c.trim()).length;
  // A long message that keeps going: length and many clauses, story-telling words, or repetition.
  const length = (text.length >= LONG ? 1 : 0) + (text.length >= 120 ? 0.5 : 0) + (clauses >= 7 ? 1 : 0);
  const talk = evidenceFor(cues, ['repetition', 'rambling']) + length;
  // A long story may mention a flaw or two; it is the telling that marks the customer. A list of three
  // or more flaws stays picky even when it ends in an outburst.
  const nitpicks = evidenceFor(cues, ['nitpick']);
  if (nitpicks >= 2 && nitpicks > talk && (!lostTemper || nitpicks >= 3)) return 'picky';
  if (lostTemper) return 'emotional';
  if (talk >= 2) return 'talkative';
  return null;
}

// Types whose message is a demand: said with an exclamation, the demand is made in anger.
const DEMANDING: ReadonlySet<CustomerType | null> = new Set(['boss_demanding', 'stubborn', 'arrogant']);

/** Emotion, intensity (0..1), difficult-customer type and cues of a customer message; history holds their earlier messages. */
export function analyzeCustomer(text: string, history: string[] = [], locale: CoachLocale = 'zh-CN'): CustomerAnalysis {
  assertCoachText(text);
  const normalised = toSimplified(text);
  const cues = findCues(normalised, locale);
  const repeat = { kind: 'repetition' as const, weight: 0, each: false };
  // Without words like "我刚才说过", compare with history: saying it again is repetition all the same.
  if (history.length > 0 && !has(cues, 'repetition') && repeatsHistory(normalised, history)) {
    const reason = pick(say('与之前的消息内容重复', 'repeats an earlier message'), locale);
    cues.push({ start: 0, end: text.length, ...repeat, reason, evidence: 2, pattern: -2 });
  }
  const echo = repeatsItself(normalised);
  if (echo) cues.push({ ...echo, ...repeat, reason: pick(say('同一句话说了两遍', 'says the same thing twice'), locale), evidence: 1, pattern: -1 });
  let angry = 0;
  let anxious = 0;
  for (const c of cues) {
    if (c.kind === 'urgency') anxious += c.weight;
    else angry += c.weight;
  }
  const customerType = chooseType(cues, normalised);
  // One worried or cross word in a long story does not colour the whole message: spread it over the length.
  const spread = Math.min(1, LONG / Math.max(LONG, normalised.length));
  angry *= spread;
  anxious *= spread;
  if (DEMANDING.has(customerType) && has(cues, 'exclamation')) angry += 0.2;
  if (!has(cues, 'insult') && !shouts(cues) && POLITE.test(normalised)) angry = Math.max(0, angry - 0.2);
  let emotion: CustomerEmotion = 'calm';
  if (angry >= 0.3 && angry >= anxious) emotion = 'angry';
  else if (anxious >= 0.3) emotion = 'anxious';
  const intensity = emotion === 'calm' ? Math.min(0.2, Math.max(angry, anxious)) : Math.min(1, Math.max(angry, anxious));
  cues.sort((a, b) => a.start - b.start);
  return {
    emotion,
    intensity: Math.round(intensity * 100) / 100,
    customerType,
    cues: cues.map(({ start, end, kind, reason }) => ({ start, end, kind, reason })),
    toneHint: TONE[emotion],
  };
}
