// Sentence and clause boundaries with offsets, used by rule anchors.

/** A span of the text [start, end). */
export type Span = { start: number; end: number };

// Sets of character codes rather than regexes or strings: the split runs over every character of every
// analysed text, and text[i] would make a new string for each Chinese character.
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END = codes('。！？!?；;…\n');
const CLAUSE_END = codes('，,、：:。！？!?；;…\n');

function split(text: string, boundary: Set<number>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!boundary.has(text.charCodeAt(i))) continue;
    // Keep runs of closing punctuation (？！) with the sentence they end.
    let end = i + 1;
    while (end < text.length && boundary.has(text.charCodeAt(end))) end++;
    spans.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Sentences of text, ending punctuation included. */
export function splitSentences(text: string): Span[] {
  return split(text, SENTENCE_END);
}

/** Clauses of text (split at commas too), ending punctuation included. */
export function splitClauses(text: string): Span[] {
  return split(text, CLAUSE_END);
}

/** Index of the span containing offset (the last span if offset is at the very end). */
export function spanIndexAt(spans: Span[], offset: number): number {
  for (let i = 0; i < spans.length; i++) if (offset < spans[i].end) return i;
  return spans.length - 1;
}
