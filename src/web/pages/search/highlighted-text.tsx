import { splitHighlights } from './highlight.ts';

/** A snippet with its matches marked; the text is rendered as text, never as HTML. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly (readonly [number, number])[] }) {
  return (
    <span>
      {splitHighlights(text, highlights).map((part, index) =>
        part.hit ? (
          <mark key={index} style={{ background: '#fff1b8', padding: 0, color: 'inherit' }}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
