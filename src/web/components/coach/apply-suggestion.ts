// Turns a coach finding's suggestion into an edit of the reply: a finding's own edit inserts or replaces
// text where it says; otherwise the quoted rewrite replaces the sentence the finding sits in. The first
// "……" placeholder of the new text is selected for the agent to fill in.
import type { SuggestedEdit } from '../../../shared/coach/types.ts';

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

/** What applySuggestion needs of a finding (the shared Finding fits). */
export type ApplicableFinding = { start: number; end: number; suggestion: string; edit?: SuggestedEdit };

/** The result of applying: the new reply and the range to select afterwards. */
export type Applied = { text: string; selection: [number, number] };

/** True when the finding offers something the editor can apply in one click. */
export function canApply(finding: ApplicableFinding): boolean {
  return finding.edit !== undefined || rewriteOf(finding.suggestion) !== null;
}

// Writes `insert` over [from, to) and selects its placeholder, or puts the caret after it.
function splice(text: string, from: number, to: number, insert: string): Applied {
  const next = text.slice(0, from) + insert + text.slice(to);
  const placeholder = insert.search(/……|…/);
  const selection: [number, number] =
    placeholder >= 0
      ? [from + placeholder, from + placeholder + (insert.startsWith('……', placeholder) ? 2 : 1)]
      : [from + insert.length, from + insert.length];
  return { text: next, selection };
}

// A sentence that ends without punctuation gets a comma before text added after it.
function appendAfterSentence(text: string, end: number, insert: string): Applied {
  const last = text[end - 1];
  if (end > 0 && last !== undefined && !END.test(last) && !/[，,、]/.test(last)) {
    return splice(text, end, end, '，' + insert);
  }
  return splice(text, end, end, insert);
}

function applyEdit(text: string, finding: ApplicableFinding, edit: SuggestedEdit): Applied {
  const sentence = sentenceAround(text, finding.start, finding.end);
  switch (edit.placement) {
    case 'replace_sentence':
      return splice(text, sentence.start, sentence.end, edit.text);
    case 'replace_match':
      return splice(text, finding.start, finding.end, edit.text);
    case 'before_match':
      return splice(text, finding.start, finding.start, edit.text);
    case 'after_match':
      return splice(text, finding.end, finding.end, edit.text);
    case 'sentence_start':
      return splice(text, sentence.start, sentence.start, edit.text);
    case 'sentence_end':
      return appendAfterSentence(text, sentence.end, edit.text);
  }
}

/** The reply with the suggestion applied and the range to select afterwards, or null when there is nothing to apply. */
export function applySuggestion(text: string, finding: ApplicableFinding): Applied | null {
  if (finding.edit) return applyEdit(text, finding, finding.edit);
  const rewrite = rewriteOf(finding.suggestion);
  if (!rewrite) return null;
  const sentence = sentenceAround(text, finding.start, finding.end);
  return splice(text, sentence.start, sentence.end, rewrite);
}
