// Evaluates data rules (keyword / regex matchers plus context anchors) against normalised text.
import type { Anchor, AnchorWindow, CoachRule } from './types.ts';
import { splitClauses, splitSentences, spanIndexAt, type Span } from './sentences.ts';

/**
 * Text prepared once per analysis so every rule shares the sentence and clause split, and rules with the
 * same matcher (refusal, no_reason and its hint all look for the same refusal words) share its spans.
 */
export type PreparedText = { text: string; sentences: Span[]; clauses: Span[]; spans: Map<string, Span[]> };

/** Splits normalised text into sentences and clauses for the rules. */
export function prepareText(text: string): PreparedText {
  return { text, sentences: splitSentences(text), clauses: splitClauses(text), spans: new Map() };
}

const searchCache = new Map<string, RegExp>();
const testCache = new Map<string, RegExp>();

// Rules are data, so patterns arrive as strings; compile each once. 'u' keeps emoji whole.
function compiled(pattern: string, global: boolean): RegExp {
  const cache = global ? searchCache : testCache;
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, global ? 'gui' : 'ui');
    cache.set(pattern, re);
  }
  return re;
}

/** Throws a SyntaxError naming the pattern if a rule's regex does not compile. */
export function checkPattern(pattern: string): void {
  compiled(pattern, false);
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
  const key = `${match.pattern}\u0000${match.exclude ?? ''}`;
  let spans = p.spans.get(key);
  if (!spans) {
    spans = regexSpans(match.pattern, match.exclude, p);
    p.spans.set(key, spans);
  }
  return spans;
}

function regexSpans(pattern: string, exclusion: string | undefined, p: PreparedText): Span[] {
  const spans: Span[] = [];
  const re = compiled(pattern, true);
  const exclude = exclusion ? compiled(exclusion, false) : null;
  re.lastIndex = 0;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = { start: m.index, end: m.index + m[0].length };
    if (exclude && windowTexts(p, span, 'clause').some((t) => exclude.test(t))) continue;
    spans.push(span);
  }
  return spans;
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
