import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../shared/coach/analyze-reply.ts';
import { applySuggestion, canApply, rewriteOf, sentenceAround } from './apply-suggestion.ts';
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

  it('adds an offer after a bare refusal and selects the placeholder', () => {
    const text = '您好。这个不能退。还有别的吗？';
    const finding = analyzeReply(text).find((f) => f.category === 'refusal');
    expect(finding?.edit?.placement).toBe('sentence_end');
    const applied = applySuggestion(text, finding!);
    expect(applied!.text).toBe('您好。这个不能退。我可以为您……，您看可以吗？还有别的吗？');
    const [from, to] = applied!.selection;
    expect(applied!.text.slice(from, to)).toBe('……');
  });

  it('joins an offer to a refusal that has no closing punctuation with a comma', () => {
    const text = '这个不能退';
    const finding = analyzeReply(text).find((f) => f.category === 'refusal')!;
    expect(applySuggestion(text, finding)!.text).toBe('这个不能退，我可以为您……，您看可以吗？');
  });

  it('inserts thanks before an apology without touching the rest', () => {
    const text = '您好，非常抱歉给您带来不便。';
    const finding = analyzeReply(text).find((f) => f.ruleId === 'negative_framing.apology_before_thanks')!;
    const applied = applySuggestion(text, finding)!;
    expect(applied.text).toBe('您好，感谢您告诉我们这件事，非常抱歉给您带来不便。');
    expect(applied.selection).toEqual([3 + '感谢您告诉我们这件事，'.length, 3 + '感谢您告诉我们这件事，'.length]);
  });

  it('puts a reason at the start of a refusal sentence', () => {
    const text = '好的。这种套餐办不了。';
    const finding = analyzeReply(text).find((f) => f.ruleId === 'no_reason.bare')!;
    const applied = applySuggestion(text, finding)!;
    expect(applied.text).toBe('好的。因为……，这种套餐办不了。');
    expect(applied.text.slice(...applied.selection)).toBe('……');
  });

  it('drops a grudging 但 before an offer by replacing only the matched word', () => {
    const text = '我们不能退货，但可以为您换一台。';
    const finding = analyzeReply(text).find((f) => f.ruleId === 'but.before_offer')!;
    expect(applySuggestion(text, finding)!.text).toBe('我们不能退货，可以为您换一台。');
  });

  it('inserts after the match when asked', () => {
    const applied = applySuggestion('这个不行。', { start: 2, end: 4, suggestion: '', edit: { placement: 'after_match', text: '，因为……' } });
    expect(applied!.text).toBe('这个不行，因为……。');
  });

  it('falls back to rewriting the sentence from the quoted suggestion', () => {
    const text = '不好意思让您久等了。请问还有什么问题？';
    const finding = analyzeReply(text).find((f) => f.ruleId === 'negative_framing.sorry_wait')!;
    expect(finding.edit).toBeUndefined();
    expect(canApply(finding)).toBe(true);
    expect(applySuggestion(text, finding)!.text).toBe('感谢您的耐心等待。请问还有什么问题？');
  });

  it('has nothing to apply without an edit or a quoted rewrite', () => {
    const finding = { start: 0, end: 2, suggestion: '如需检查，请用中文回复。' };
    expect(canApply(finding)).toBe(false);
    expect(applySuggestion('hello', finding)).toBeNull();
  });
});
