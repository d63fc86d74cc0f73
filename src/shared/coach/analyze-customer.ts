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
  const han = [...text].filter((ch) => /\p{Script=Han}/u.test(ch));
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

// Cues keep their weight while the type is chosen; the weight is not part of the public result.
type WeightedCue = CustomerCue & { weight: number };

function findCues(text: string, locale: CoachLocale): { cues: WeightedCue[]; weights: Map<CueKind, number> } {
  const cues: WeightedCue[] = [];
  const weights = new Map<CueKind, number>();
  for (const cue of compiledCues) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      cues.push({ start: m.index, end: m.index + m[0].length, kind: cue.kind, reason: pick(cue.reason, locale), weight: cue.weight });
      weights.set(cue.kind, (weights.get(cue.kind) ?? 0) + cue.weight);
    }
  }
  return { cues, weights };
}

function count(cues: WeightedCue[], kind: CueKind): number {
  return cues.filter((c) => c.kind === kind).length;
}

function chooseType(cues: WeightedCue[], angry: number, text: string): CustomerType | null {
  // Order matters: the sharper signal decides when a message shows several.
  if (count(cues, 'manager_demand') > 0) return 'boss_demanding';
  if (count(cues, 'self_importance') > 0) return 'arrogant';
  if (count(cues, 'rejection') > 0) return 'stubborn';
  // Out of control: insults, or strong anger shouted with exclamation marks.
  const strongAnger = cues.some((c) => c.kind === 'anger' && c.weight >= 0.3);
  if (count(cues, 'insult') > 0 || (strongAnger && count(cues, 'exclamation') > 0) || angry >= 0.75) return 'emotional';
  if (count(cues, 'nitpick') >= 2) return 'picky';
  if (count(cues, 'repetition') > 0) return 'talkative';
  const clauses = text.split(/[，,。！？!?；;]/).filter((c) => c.trim()).length;
  const rambling = count(cues, 'rambling');
  // A long message that keeps going: many clauses, or story-telling words ("那天…后来…结果…").
  if (text.length >= 90 && (clauses >= 7 || rambling > 0)) return 'talkative';
  if (text.length >= 60 && clauses >= 8 && rambling >= 2) return 'talkative';
  return null;
}

/** Emotion, intensity (0..1), difficult-customer type and cues of a customer message; history holds their earlier messages. */
export function analyzeCustomer(text: string, history: string[] = [], locale: CoachLocale = 'zh-CN'): CustomerAnalysis {
  assertCoachText(text);
  const normalised = toSimplified(text);
  const { cues, weights } = findCues(normalised, locale);
  if (history.length > 0 && count(cues, 'repetition') === 0 && repeatsHistory(normalised, history)) {
    const reason = pick(say('与之前的消息内容重复', 'repeats an earlier message'), locale);
    cues.push({ start: 0, end: text.length, kind: 'repetition', reason, weight: 0 });
  }
  const w = (k: CueKind): number => weights.get(k) ?? 0;
  const angry = w('insult') + w('anger') + w('threat') + w('manager_demand') + w('exclamation') + w('self_importance') + w('rejection');
  const anxious = w('urgency');
  let emotion: CustomerEmotion = 'calm';
  if (angry >= 0.3 && angry >= anxious) emotion = 'angry';
  else if (anxious >= 0.3) emotion = 'anxious';
  const intensity = emotion === 'calm' ? Math.min(0.2, Math.max(angry, anxious)) : Math.min(1, Math.max(angry, anxious));
  cues.sort((a, b) => a.start - b.start);
  return {
    emotion,
    intensity: Math.round(intensity * 100) / 100,
    customerType: chooseType(cues, angry, normalised),
    cues: cues.map(({ start, end, kind, reason }) => ({ start, end, kind, reason })),
    toneHint: TONE[emotion],
  };
}
