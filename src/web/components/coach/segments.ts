// Splits a text into runs by marked spans (coach findings, customer cues) so it can be rendered with styled
// spans and no HTML injection: every run is plain text.

/** A marked range of a text (UTF-16 offsets, end exclusive). */
export type Mark = { start: number; end: number };

/** A run of text and the indices of the marks covering it (empty when unmarked). */
export type Segment = { text: string; start: number; end: number; marks: number[] };

/** The text cut at every mark boundary; marks out of range are clipped, empty ones ignored. */
export function toSegments(text: string, marks: readonly Mark[]): Segment[] {
  const clipped = marks.map((m) => ({ start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }));
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) if (m.end > m.start) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = clipped.flatMap((m, index) => (m.start <= start && m.end >= end && m.end > m.start ? [index] : []));
    segments.push({ text: text.slice(start, end), start, end, marks: covering });
  }
  return segments;
}
