import { describe, expect, it } from 'vitest';
import { analyzeConversation, type ConversationMessage } from './analyze-conversation.ts';

const good: ConversationMessage[] = [
  { author: 'customer', text: '你们的宽带又断了！一整天都上不了网。' },
  { author: 'agent', text: '您好，我是客服小王。感谢您告诉我们，我非常理解您的心情，给您带来不便，我向您道歉。' },
  { author: 'agent', text: '为了尽快帮您查清楚，请问您的宽带账号是多少？' },
  { author: 'customer', text: '123456' },
  { author: 'agent', text: '您是说从今天早上开始一直无法上网，对吗？我已经记录下来，工程师会在两小时内上门为您维修。' },
  { author: 'agent', text: '请问还有其他需要我帮忙的吗？感谢您的来电，祝您生活愉快，再见！' },
];

describe('analyzeConversation', () => {
  it('finds all six steps and three voices in a well-handled case', () => {
    const r = analyzeConversation(good);
    expect(Object.values(r.steps).every((s) => s.evidenced)).toBe(true);
    expect(r.steps.apologise.thankedFirst).toBe(true);
    expect(r.steps.resolve.timeCommitment).toBe(true);
    expect(r.steps.ask.kinds).toEqual(expect.arrayContaining(['informational', 'clarifying']));
    expect(r.voices).toEqual({ greeting: true, answer: true, farewell: true });
    expect(r.sins).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(90);
  });

  it('maps bad language to sins and a low score', () => {
    const r = analyzeConversation([
      { author: 'customer', text: '我的手机修了三次还是坏的！！' },
      { author: 'agent', text: '这个不归我管，你去找厂家。' },
      { author: 'agent', text: '这个不归我管，你去找厂家。' },
    ]);
    const sins = new Set(r.sins.map((s) => s.sin));
    expect(sins).toEqual(new Set(['passing_buck', 'department_shuffle', 'indifference', 'robotic']));
    expect(r.voices.greeting).toBe(false);
    expect(r.score).toBeLessThan(30);
    expect(r.breakdown.sins).toBe(-16);
  });

  it('scores an empty conversation without crashing', () => {
    const r = analyzeConversation([]);
    expect(r.score).toBe(35);
    expect(r.voices.answer).toBe(false);
  });
});
