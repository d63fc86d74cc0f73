// Turns a coach finding's suggestion into an edit of the reply: the quoted rewrite replaces the sentence
// the finding sits in, and the first "……" placeholder in it is selected for the agent to fill in.

/** The rewrite quoted in a suggestion (the last “…” or "…" part), or null when it quotes none. */
export function rewriteOf(suggestion: string): string | null {
  const quoted = [...suggestion.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const last = quoted[quoted.length - 1];
  return last && last.trim() ? last : null;
}

const END = /[。！？!?；;\n]/;

/** Start and end of the sentence holding [start, end): from after the previous sentence end to its own end mark. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !END.test(text[from - 1])) from--;
  while (from < start && /[ \t]/.test(text[from])) from++;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !END.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { start: from, end: to };
}

/** The reply with the suggestion applied and the range to select afterwards, or null when there is nothing to apply. */
export function applySuggestion(text: string, finding: { start: number; end: number; suggestion: string }): { text: string; selection: [number, number] } | null {
  const rewrite = rewriteOf(finding.suggestion);
  if (!rewrite) return null;
  const sentence = sentenceAround(text, finding.start, finding.end);
  const next = text.slice(0, sentence.start) + rewrite + text.slice(sentence.end);
  const placeholder = rewrite.search(/……|…/);
  const selection: [number, number] =
    placeholder >= 0
      ? [sentence.start + placeholder, sentence.start + placeholder + (rewrite.startsWith('……', placeholder) ? 2 : 1)]
      : [sentence.start + rewrite.length, sentence.start + rewrite.length];
  return { text: next, selection };
}
