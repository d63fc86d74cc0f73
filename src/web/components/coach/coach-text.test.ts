import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../shared/coach/analyze-reply.ts';
import { applySuggestion, rewriteOf, sentenceAround } from './apply-suggestion.ts';
import { toSegments } from './segments.ts';

describe('coach text segments', () => {
  it('cuts a text at mark boundaries and lists the covering marks', () => {
    const segments = toSegments('这个不能退', [{ start: 2, end: 4 }, { start: 2, end: 5 }]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['这个', []],
      ['不能', [0, 1]],
      ['退', [1]],
    ]);
  });

  it('clips marks outside the text and keeps unmarked text whole', () => {
    expect(toSegments('您好', [{ start: 5, end: 9 }])).toEqual([{ text: '您好', start: 0, end: 2, marks: [] }]);
    expect(toSegments('', [])).toEqual([]);
  });
});

describe('applying a coach suggestion', () => {
  it('takes the last quoted rewrite', () => {
    expect(rewriteOf('加上“因为……”：“因为……，所以这次暂时无法……”')).toBe('因为……，所以这次暂时无法……');
    expect(rewriteOf('Say: "Thank you for your patience."')).toBe('Thank you for your patience.');
    expect(rewriteOf('如需检查，请用中文回复。')).toBeNull();
  });

  it('finds the sentence around a span', () => {
    const text = '您好。这个不能退！还有别的吗？';
    expect(text.slice(sentenceAround(text, 5, 7).start, sentenceAround(text, 5, 7).end)).toBe('这个不能退！');
  });

  it('replaces the sentence of a bare refusal and selects the placeholder', () => {
    const text = '您好。这个不能退';
    const finding = analyzeReply(text).find((f) => f.category === 'refusal');
    expect(finding).toBeDefined();
    const applied = applySuggestion(text, finding!);
    expect(applied).not.toBeNull();
    expect(applied!.text.startsWith('您好。')).toBe(true);
    expect(applied!.text).not.toContain('不能退');
    const [from, to] = applied!.selection;
    expect(applied!.text.slice(from, to)).toBe('……');
  });
});
