import { describe, expect, it } from 'vitest';
import { policyName, toBusinessDuration } from './sla-format.ts';

describe('toBusinessDuration', () => {
  it('counts 9-hour working days', () => {
    expect(toBusinessDuration(30)).toEqual({ days: 0, hours: 0, minutes: 30 });
    expect(toBusinessDuration(120)).toEqual({ days: 0, hours: 2, minutes: 0 });
    expect(toBusinessDuration(540)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(toBusinessDuration(3 * 540 + 75)).toEqual({ days: 3, hours: 1, minutes: 15 });
    expect(toBusinessDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});

describe('policyName', () => {
  it('picks the part in the UI language', () => {
    expect(policyName('紧急投诉 Urgent complaint', 'zh-CN')).toBe('紧急投诉');
    expect(policyName('紧急投诉 Urgent complaint', 'en')).toBe('Urgent complaint');
    expect(policyName('默认 Default', 'en')).toBe('Default');
  });

  it('leaves single-language names alone', () => {
    expect(policyName('VIP 加急', 'en')).toBe('VIP 加急');
    expect(policyName('Weekend desk', 'zh-CN')).toBe('Weekend desk');
  });
});
