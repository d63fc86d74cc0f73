import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer.ts';

describe('analyzeCustomer', () => {
  it('reads insults and exclamations as an angry, emotional customer', () => {
    const text = '你们这群骗子！！退钱！';
    const r = analyzeCustomer(text);
    expect(r.emotion).toBe('angry');
    expect(r.customerType).toBe('emotional');
    expect(r.intensity).toBeGreaterThan(0.5);
    const insult = r.cues.find((c) => c.kind === 'insult');
    expect(text.slice(insult!.start, insult!.end)).toBe('骗子');
    expect(r.toneHint['zh-CN']).toMatch(/放慢/);
  });

  it('reads urgency as anxious and advises a quicker pace', () => {
    const r = analyzeCustomer('明天一早要用，能不能尽快帮我修好？');
    expect(r.emotion).toBe('anxious');
    expect(r.toneHint.en).toMatch(/speed up/);
  });

  it.each([
    ['叫你们经理来，我不跟你说。', 'boss_demanding'],
    ['我是你们的钻石会员，先给我办。', 'arrogant'],
    ['我不要换货，别的方案也不接受，我就要退款。', 'stubborn'],
    ['盒子上有一道划痕，说明书还有一个错别字。', 'picky'],
    // Wording the first lexicons missed: refusing to deal with the agent, a well-connected friend,
    // pointing at an exact spot, "I've made up my mind", a story told at length.
    ['我不跟你这种小职员谈。', 'boss_demanding'],
    ['我朋友是你们公司副总。', 'arrogant'],
    ['发票上的公司名称少了一个字，税号倒数第二位好像也不对。', 'picky'],
    ['我意已决，不用再劝。', 'stubborn'],
    ['哎，说起来都是泪，那天下着大雨，我打着伞去取快递，结果快递站关门了，我又回家，第二天又去，还是没有，问了老板他说找不到，我就奇怪了。', 'talkative'],
  ])('reads %s as %s', (text, type) => {
    expect(analyzeCustomer(text).customerType).toBe(type);
  });

  it('notices repetition of an earlier message', () => {
    const r = analyzeCustomer('快递单号填错了一位数，能帮我改一下吗', ['快递单号我填错了一位数，能帮我改一下吗？']);
    expect(r.customerType).toBe('talkative');
    expect(r.cues.some((c) => c.kind === 'repetition')).toBe(true);
  });

  it('reads a broken promise as anger', () => {
    expect(analyzeCustomer('说好今天上门，现在都六点了还没人来。').emotion).toBe('angry');
  });

  // Word classes rather than listed sentences: a superior named by the power wanted, a tier claim in
  // Traditional script, several small flaws of any kind.
  it.each([
    ['这事你做不了决定，找个能拍板的来。', 'boss_demanding'],
    ['我是你們的白金卡會員，先幫我處理，別讓我排隊。', 'arrogant'],
    ['杯口有个缺口，杯底有水垢，杯套还贴歪了。', 'picky'],
  ])('generalises: reads %s as %s', (text, type) => {
    expect(analyzeCustomer(text).customerType).toBe(type);
  });

  it('keeps the type a demand shows even when it is shouted', () => {
    expect(analyzeCustomer('扣款我不认！按合同来，多一分都别想！')).toMatchObject({ emotion: 'angry', customerType: 'stubborn' });
    expect(analyzeCustomer('杯口有个缺口，杯底有水垢，杯套还贴歪了，真是服了！').customerType).toBe('picky');
  });

  it('does not call a pointed complaint without insults emotional', () => {
    expect(analyzeCustomer('说好周三送到，今天都周五了还没动静！')).toMatchObject({ emotion: 'angry', customerType: null });
  });

  it('leaves the customer\'s own boss, negated urgency and one worry in a long story alone', () => {
    expect(analyzeCustomer('我们经理让我来问一下团购价。')).toMatchObject({ emotion: 'calm', customerType: null });
    expect(analyzeCustomer('不急，下周再送也行。').emotion).toBe('calm');
    const story =
      '我跟你讲，这台洗衣机是我婆婆搬来那年买的，那时候家里人多，衣服一天洗两三回，用到现在也有七八年了，' +
      '最近脱水的时候有点响，我有点担心是不是哪里松了，想请师傅来看看，顺便问问保修。';
    expect(analyzeCustomer(story)).toMatchObject({ emotion: 'calm', customerType: 'talkative' });
  });

  it('leaves a calm question calm and untyped', () => {
    expect(analyzeCustomer('请问营业厅周末开门吗？')).toMatchObject({ emotion: 'calm', customerType: null });
  });

  it('handles empty, emoji and English text', () => {
    expect(analyzeCustomer('').emotion).toBe('calm');
    expect(analyzeCustomer('😡😡').customerType).toBeNull();
    expect(analyzeCustomer('Where is my parcel?').emotion).toBe('calm');
  });
});
