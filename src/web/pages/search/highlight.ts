// Splits a snippet into plain and highlighted parts from the server's [start, end) ranges, so the UI can
// render matches as spans without ever injecting HTML.

/** One run of text, highlighted or not. */
export type TextPart = { text: string; hit: boolean };

/** Cuts text at the (possibly overlapping, unsorted, out-of-bounds) ranges; adjacent hits are merged. */
export function splitHighlights(text: string, ranges: readonly (readonly [number, number])[]): TextPart[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as [number, number])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of clean) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
