import { describe, expect, it } from 'vitest';
import { analyzeReply, CoachInputError, MAX_COACH_TEXT_LENGTH } from './analyze-reply.ts';

const serious = (text: string): string[] =>
  [...new Set(analyzeReply(text).filter((f) => f.severity !== 'hint').map((f) => f.category))].sort();

describe('analyzeReply', () => {
  it('flags a bare refusal as an error with offsets into the text', () => {
    const text = '对不起，这个我们不能退。';
    const refusal = analyzeReply(text).find((f) => f.category === 'refusal');
    expect(refusal?.severity).toBe('error');
    expect(text.slice(refusal!.start, refusal!.end)).toBe('不能');
  });

  it('does not call a promise a refusal', () => {
    expect(serious('不会再让您失望，我们已经安排专人跟进。')).toEqual([]);
  });

  it('gives an alternative-offering refusal at most hints', () => {
    const findings = analyzeReply('我们不能退货，但可以为您换一台');
    expect(findings.every((f) => f.severity === 'hint')).toBe(true);
    expect(findings.every((f) => ['but', 'no_reason'].includes(f.category))).toBe(true);
  });

  it('leaves a polite positive reply without errors or warnings', () => {
    expect(serious('感谢您的耐心等待，我已经为您办理好了，预计明天上午到账，还有其他需要我帮忙的吗？')).toEqual([]);
  });

  it.each([
    ['这个不归我管，你去找别的部门。', 'passing_buck'],
    ['您确定是在我们这买的吗？', 'doubting'],
    ['您不必这么生气。', 'denying_emotion'],
    ['你听不懂吗？', 'rude'],
    ['我保证以后绝对不会再坏。', 'overpromise'],
    ['你应该先看说明书。', 'you_blame'],
    ['抱歉让您久等了。', 'negative_framing'],
    ['我理解您的心情，但是这个钱退不了。', 'but'],
  ])('flags %s as %s', (text, category) => {
    expect(serious(text)).toContain(category);
  });

  it('reads Traditional Chinese with the same offsets', () => {
    const text = '這個不歸我管，你去找別的部門。';
    const f = analyzeReply(text).find((x) => x.category === 'passing_buck');
    expect(text.slice(f!.start, f!.end)).toBe('不歸我管');
  });

  it('keeps offsets right after emoji and Latin text', () => {
    const text = '您好😀 iPhone 🚚 对不起，这个不能退。';
    const f = analyzeReply(text).find((x) => x.category === 'refusal');
    expect(text.slice(f!.start, f!.end)).toBe('不能');
  });

  it('returns nothing for empty text', () => {
    expect(analyzeReply('')).toEqual([]);
    expect(analyzeReply('   \n')).toEqual([]);
  });

  it('gives English text a single hint that the rules are Chinese', () => {
    const findings = analyzeReply('Sorry, we cannot refund this.', { locale: 'en' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'input', severity: 'hint', ruleId: 'input.not_chinese' });
    expect(findings[0].message).toMatch(/Chinese/);
  });

  it('returns nothing for emoji or digits only', () => {
    expect(analyzeReply('👍👍 123')).toEqual([]);
  });

  it('throws a typed error above the length limit', () => {
    expect(() => analyzeReply('好'.repeat(MAX_COACH_TEXT_LENGTH + 1))).toThrow(CoachInputError);
    expect(() => analyzeReply('好'.repeat(MAX_COACH_TEXT_LENGTH))).not.toThrow();
  });

  it('speaks English when asked', () => {
    const [f] = analyzeReply('这个不行。', { locale: 'en' });
    expect(f.message).toMatch(/no/i);
    expect(f.suggestion).toMatch(/[a-z]/);
  });
});
