// Evaluates data rules (keyword / regex matchers plus context anchors) against normalised text.
import type { Anchor, AnchorWindow, CoachRule } from './types.ts';
import { splitClauses, splitSentences, spanIndexAt, type Span } from './sentences.ts';
import { openBranches, textFilter, type TextFilter } from './prefilter.ts';

/**
 * Text prepared once per analysis so every rule shares the sentence and clause split, and rules with the
 * same matcher (refusal, no_reason and its hint all look for the same refusal words) share its spans.
 */
export type PreparedText = { text: string; sentences: Span[]; clauses: Span[]; spans: Map<string, Map<string, Span[]>>; filter: TextFilter };

/** Splits normalised text into sentences and clauses for the rules. */
export function prepareText(text: string): PreparedText {
  return { text, sentences: splitSentences(text), clauses: splitClauses(text), spans: new Map(), filter: textFilter(text) };
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
function regexMatches(pattern: string, p: PreparedText): Span[] {
  const open = openBranches(pattern, p.filter).map((source) => compiled(source, true));
  const matches: Span[] = [];
  const next: (Hit | undefined)[] = open.map(() => undefined);
  for (let from = 0; from <= p.text.length; ) {
    let first: Hit = null;
    open.forEach((re, i) => {
      let hit = next[i];
      // A hit found from an earlier position is still the first one at or after it.
      if (hit === undefined || (hit && hit.start < from)) hit = next[i] = nextHit(re, p.text, from);
      if (hit && (!first || hit.start < first.start)) first = hit;
    });
    const found = first as Hit;
    if (!found) break;
    if (found.end > found.start) matches.push(found);
    from = Math.max(found.end, found.start + 1);
  }
  return matches;
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

function anchorHolds(p: PreparedText, match: Span, anchor: Anchor): boolean {
  const re = compiled(anchor.pattern, false);
  const found = windowTexts(p, match, anchor.window).some((t) => re.test(t));
  return anchor.require === 'present' ? found : !found;
}

// Regex candidates depend only on pattern and exclusion, so they are computed once per text.
function candidateSpans(rule: CoachRule, p: PreparedText): Span[] {
  const { match } = rule;
  if (match.kind !== 'regex') return keywordSpans(match, p);
  // Keyed by pattern, then exclusion: a key joining the two would be a new long string to hash per text.
  let byExclusion = p.spans.get(match.pattern);
  if (!byExclusion) p.spans.set(match.pattern, (byExclusion = new Map()));
  let spans = byExclusion.get(match.exclude ?? '');
  if (!spans) {
    spans = regexSpans(match.pattern, match.exclude, p);
    byExclusion.set(match.exclude ?? '', spans);
  }
  return spans;
}

function regexSpans(pattern: string, exclusion: string | undefined, p: PreparedText): Span[] {
  const exclude = exclusion ? compiled(exclusion, false) : null;
  if (!exclude) return regexMatches(pattern, p);
  return regexMatches(pattern, p).filter((span) => !windowTexts(p, span, 'clause').some((t) => exclude.test(t)));
}

function keywordSpans(match: Extract<CoachRule['match'], { kind: 'keyword' }>, p: PreparedText): Span[] {
  const spans: Span[] = [];
  for (const s of p.sentences) {
    const sentence = p.text.slice(s.start, s.end);
    if (match.all && !match.all.every((k) => sentence.includes(k))) continue;
    if (match.none && match.none.some((k) => sentence.includes(k))) continue;
    for (const keyword of match.any) {
      if (!keyword) continue;
      for (let i = sentence.indexOf(keyword); i >= 0; i = sentence.indexOf(keyword, i + keyword.length)) {
        spans.push({ start: s.start + i, end: s.start + i + keyword.length });
      }
    }
  }
  return spans;
}

/** Spans where rule fires in the prepared text, after exclusions and anchors. */
export function matchRule(rule: CoachRule, p: PreparedText): Span[] {
  const spans = candidateSpans(rule, p).filter((span) => (rule.anchors ?? []).every((a) => anchorHolds(p, span, a)));
  spans.sort((a, b) => a.start - b.start);
  // Overlapping hits of one rule are one finding.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
