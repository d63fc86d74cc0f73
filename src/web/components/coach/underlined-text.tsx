import type { CSSProperties } from 'react';
import { toSegments, type Mark } from './segments.ts';

/** Colour of each coach severity (and of customer cues). */
export const markColors = { error: '#f5222d', warning: '#fa8c16', hint: '#1677ff', cue: '#d4380d' } as const;
/** What a mark is, for its colour. */
export type MarkTone = keyof typeof markColors;

/**
 * Plain text with marked ranges drawn as wavy underlines (or a highlight for cues): each run is a text node in a
 * span, so user text is never parsed as HTML. The strongest tone covering a run wins; `title` explains it on hover.
 */
export function UnderlinedText({
  text,
  marks,
  activeIndex,
  onMarkClick,
  style,
  testId,
}: {
  text: string;
  marks: readonly (Mark & { tone: MarkTone; title?: string })[];
  activeIndex?: number | null;
  onMarkClick?: (index: number) => void;
  style?: CSSProperties;
  testId?: string;
}) {
  const order: MarkTone[] = ['error', 'warning', 'cue', 'hint'];
  return (
    <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', lineHeight: 1.9, ...style }} data-testid={testId}>
      {toSegments(text, marks).map((segment) => {
        if (segment.marks.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const strongest = segment.marks.slice().sort((a, b) => order.indexOf(marks[a].tone) - order.indexOf(marks[b].tone))[0];
        const mark = marks[strongest];
        const colour = markColors[mark.tone];
        const active = activeIndex !== undefined && activeIndex !== null && segment.marks.includes(activeIndex);
        const cue = mark.tone === 'cue';
        return (
          <span
            key={segment.start}
            title={segment.marks.map((i) => marks[i].title).filter(Boolean).join('\n') || undefined}
            onClick={onMarkClick ? () => onMarkClick(strongest) : undefined}
            data-mark={mark.tone}
            style={{
              textDecorationLine: cue ? undefined : 'underline',
              textDecorationStyle: 'wavy',
              textDecorationColor: colour,
              textUnderlineOffset: 4,
              background: cue ? '#fff1e6' : active ? `${colour}22` : undefined,
              borderBottom: cue ? `2px solid ${colour}` : undefined,
              borderRadius: 2,
              cursor: onMarkClick ? 'pointer' : undefined,
            }}
          >
            {segment.text}
          </span>
        );
      })}
    </div>
  );
}
