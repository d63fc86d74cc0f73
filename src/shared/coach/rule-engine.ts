// Evaluates data rules (keyword / regex matchers plus context anchors) against normalised text.
import type { Anchor, AnchorWindow, CoachRule, Matcher } from './types.ts';
import { splitClauses, splitSentences, spanIndexAt, type Span } from './sentences.ts';
import { indexPattern, openBranches, textFilter, type IndexedPattern, type TextFilter } from './prefilter.ts';

/**
 * Text prepared once per analysis so every rule shares the sentence and clause split, and rules with the
 * same matcher (refusal, no_reason and its hint all look for the same refusal words) share its spans.
 */
export type PreparedText = { text: string; sentences: Span[]; clauses: Span[]; spans: (Span[] | undefined)[]; filter: TextFilter };

/** Splits normalised text into sentences and clauses for the rules. */
export function prepareText(text: string): PreparedText {
  return { text, sentences: splitSentences(text), clauses: splitClauses(text), spans: [], filter: textFilter(text) };
}

type RegexMatcher = Extract<Matcher, { kind: 'regex' }>;

/** What the engine keeps per regex matcher: its pattern's index, and a slot shared by matchers that search alike. */
type MatcherState = { pattern: IndexedPattern; slot: number };

// Keyed by the matcher object: looking patterns up by their (long) text on every analysis would cost more.
const matcherStates = new WeakMap<RegexMatcher, MatcherState>();
const slots = new Map<string, number>();
// Slots are never reused, so a matcher keeps its own even after the map of shared ones is cleared.
let slotCount = 0;

function matcherState(match: RegexMatcher): MatcherState {
  let state = matcherStates.get(match);
  if (!state) {
    const key = `${match.pattern}\u0000${match.exclude ?? ''}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      if (slots.size >= CACHE_LIMIT) slots.clear();
      slots.set(key, (slot = slotCount++));
    }
    state = { pattern: indexPattern(match.pattern), slot };
    matcherStates.set(match, state);
  }
  return state;
}

const searchCache = new Map<string, RegExp>();
const testCache = new Map<string, RegExp>();
// Company rules can be edited without end; the caches stay bounded in a long-running server.
const CACHE_LIMIT = 5_000;

// Rules are data, so patterns arrive as strings; compile each once. 'u' keeps emoji whole.
function compiled(pattern: string, global: boolean): RegExp {
  const cache = global ? searchCache : testCache;
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, global ? 'gui' : 'ui');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Throws a SyntaxError naming the pattern if a rule's regex does not compile. */
export function checkPattern(pattern: string): void {
  compiled(pattern, false);
}

type Hit = { start: number; end: number } | null;

function nextHit(re: RegExp, text: string, from: number): Hit {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Non-empty matches of pattern in the text, as one global search would find them (leftmost, then the
 * earliest branch). Only the branches whose characters the text holds are searched, each on its own
 * regex: most rules fail most texts on a character they need, and scanning one branch is far cheaper
 * than trying every branch of a large alternation at every position.
 */
function regexMatches(pattern: IndexedPattern, p: PreparedText): Span[] {
  const branches = openBranches(pattern, p.filter);
  const matches: Span[] = [];
  if (branches.length === 0) return matches;
  const open: RegExp[] = [];
  const next: (Hit | undefined)[] = [];
  for (const b of branches) {
    open.push(compiled(b.source, true));
    next.push(undefined);
  }
  for (let from = 0; from <= p.text.length; ) {
    const found = earliestHit(open, next, p.text, from);
    if (!found) break;
    if (found.end > found.start) matches.push(found);
    from = Math.max(found.end, found.start + 1);
  }
  return matches;
}

// The first hit at or after `from` among the branches, the earliest branch on a tie; `next` keeps each branch's
// last hit, which is still its first one at or after `from` unless it starts before.
function earliestHit(open: RegExp[], next: (Hit | undefined)[], text: string, from: number): Hit {
  let first: Hit = null;
  for (let i = 0; i < open.length; i++) {
    let hit = next[i];
    if (hit === undefined || (hit && hit.start < from)) hit = next[i] = nextHit(open[i], text, from);
    if (hit && (!first || hit.start < first.start)) first = hit;
  }
  return first;
}

// The texts an anchor looks at; several pieces when the window has a hole in it.
function windowTexts(p: PreparedText, match: Span, window: AnchorWindow): string[] {
  const { text, sentences, clauses } = p;
  const si = spanIndexAt(sentences, match.start);
  const sentence = sentences[si];
  const next = sentences[si + 1] ?? sentence;
  const prev = sentences[si - 1] ?? sentence;
  const ci = spanIndexAt(clauses, match.start);
  const clause = clauses[ci];
  switch (window) {
    case 'clause':
      return [text.slice(clause.start, clause.end)];
    case 'sentence':
      return [text.slice(sentence.start, sentence.end)];
    case 'sentence_and_next':
      return [text.slice(sentence.start, next.end)];
    case 'nearby_clauses':
      return [text.slice(sentence.start, clause.start), text.slice(clause.end, next.end)];
    case 'around':
      return [text.slice(prev.start, next.end)];
    case 'around_other_clauses':
      return [text.slice(prev.start, clause.start), text.slice(clause.end, next.end)];
    case 'before_in_sentence':
      return [text.slice(sentence.start, match.start)];
    case 'after_in_sentence':
      return [text.slice(match.end, sentence.end)];
    case 'previous_clauses':
      return [text.slice(clauses[Math.max(0, ci - 2)].start, clause.start)];
    case 'before_in_message':
      return [text.slice(0, match.start)];
    case 'message':
      return [text];
  }
}

// Plain loops from here on: the server runs under tsx, which names every closure it creates, and these
// run for every rule of every analysed text.
function testsAny(re: RegExp, texts: string[]): boolean {
  for (const t of texts) if (re.test(t)) return true;
  return false;
}

function anchorsHold(p: PreparedText, match: Span, anchors: Anchor[] | undefined): boolean {
  for (const anchor of anchors ?? []) {
    const found = testsAny(compiled(anchor.pattern, false), windowTexts(p, match, anchor.window));
    if (found !== (anchor.require === 'present')) return false;
  }
  return true;
}

// Regex candidates depend only on pattern and exclusion, so they are computed once per text.
function candidateSpans(rule: CoachRule, p: PreparedText): Span[] {
  const { match } = rule;
  if (match.kind !== 'regex') return keywordSpans(match, p);
  const state = matcherState(match);
  return (p.spans[state.slot] ??= regexSpans(state.pattern, match.exclude, p));
}

function regexSpans(pattern: IndexedPattern, exclusion: string | undefined, p: PreparedText): Span[] {
  const matches = regexMatches(pattern, p);
  if (!exclusion || matches.length === 0) return matches;
  const exclude = compiled(exclusion, false);
  const kept: Span[] = [];
  for (const span of matches) if (!testsAny(exclude, windowTexts(p, span, 'clause'))) kept.push(span);
  return kept;
}

function includesEvery(text: string, words: string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

function includesSome(text: string, words: string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

function keywordSpans(match: Extract<CoachRule['match'], { kind: 'keyword' }>, p: PreparedText): Span[] {
  const spans: Span[] = [];
  for (const s of p.sentences) {
    const sentence = p.text.slice(s.start, s.end);
    if (match.all && !includesEvery(sentence, match.all)) continue;
    if (match.none && includesSome(sentence, match.none)) continue;
    for (const keyword of match.any) {
      if (!keyword) continue;
      for (let i = sentence.indexOf(keyword); i >= 0; i = sentence.indexOf(keyword, i + keyword.length)) {
        spans.push({ start: s.start + i, end: s.start + i + keyword.length });
      }
    }
  }
  return spans;
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/** Spans where rule fires in the prepared text, after exclusions and anchors. */
export function matchRule(rule: CoachRule, p: PreparedText): Span[] {
  const spans: Span[] = [];
  for (const span of candidateSpans(rule, p)) if (anchorsHold(p, span, rule.anchors)) spans.push(span);
  if (spans.length === 0) return spans;
  spans.sort(byStart);
  // Overlapping hits of one rule are one finding.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
