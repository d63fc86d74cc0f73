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

  it('reports the denied emotion, the passed buck and the brushing-off 但是 in one reply (reported miss)', () => {
    const text = '您不必这么生气，这个不归我管，但是我们会处理';
    expect(serious(text)).toEqual(['but', 'denying_emotion', 'passing_buck']);
    const but = analyzeReply(text).find((f) => f.category === 'but')!;
    expect(text.slice(but.start, but.end)).toBe('但是');
  });

  it.each([
    ['这张卡里的余额提不出来。', 'refusal'],
    ['押金一般是不退还的。', 'refusal'],
    ['您的想法我们很认同，可是实施起来成本太高。', 'but'],
    ['要不是您自己改了设置，也不会断网。', 'you_blame'],
    ['能不能修好我心里也没底。', 'negative_framing'],
    ['开发票找财务，我这边不管开票。', 'passing_buck'],
    ['您再想想，是不是放在别的地方了。', 'doubting'],
    ['您太较真了，差不多就行。', 'denying_emotion'],
    ['我们这里就这个价，要就要，不要拉倒。', 'rude'],
    ['放心吧，审批肯定能过。', 'overpromise'],
  ])('generalises beyond the phrase lists: %s is %s', (text, category) => {
    expect(serious(text)).toContain(category);
  });

  it.each([
    '不会再让您失望，我们已经换了新的配送团队。',
    '这次的运费由我们来承担，您不用另外付钱。',
    '您的网络无法连接，可能是光猫需要重启，我一步步教您操作。',
    '我理解这件事让您很生气，我这就帮您处理。',
    '这件事由售后的同事负责，我已经把您的情况转给他，半小时内给您回电。',
    '您是不是想改签到明天上午？',
    '不用客气，这是我们应该做的。',
    '别客气，有问题随时找我。',
  ])('keeps the polite or tricky %s clean', (text) => {
    expect(serious(text)).toEqual([]);
  });

  it('reports one finding per problem when phrase and general rules overlap', () => {
    const findings = analyzeReply('您别激动。').filter((f) => f.category === 'denying_emotion');
    expect(findings).toHaveLength(1);
  });

  it('reads Traditional Chinese with the same offsets', () => {
    const text = '這個不歸我管，你去找別的部門。';
    const f = analyzeReply(text).find((x) => x.category === 'passing_buck');
    expect(text.slice(f!.start, f!.end)).toBe('不歸我管');
  });

  it('keeps 什么 intact when Traditional characters sit in the same sentence (the tables read 么 as 幺)', () => {
    expect(serious('這有什么好生氣的。')).toContain('denying_emotion');
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
