// Sentence and clause boundaries with offsets, used by rule anchors.

/** A span of the text [start, end). */
export type Span = { start: number; end: number };

// Tables by character code rather than regexes, sets or strings: the split runs over every character of
// every analysed text, and text[i] would make a new string for each Chinese character.
function table(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const SENTENCE_END = table('。！？!?；;…\n');
const CLAUSE_END = table('，,、：:。！？!?；;…\n');

function split(text: string, boundary: Uint8Array): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (boundary[text.charCodeAt(i)] !== 1) continue;
    // Keep runs of closing punctuation (？！) with the sentence they end.
    let end = i + 1;
    while (end < text.length && boundary[text.charCodeAt(end)] === 1) end++;
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
