import { describe, expect, it } from 'vitest';
import { coachRules } from './rules.ts';
import { ruleMatches, validateCustomRule } from './custom-rules.ts';

describe('built-in rules', () => {
  it('have unique ids and text in both locales', () => {
    expect(new Set(coachRules.map((r) => r.id)).size).toBe(coachRules.length);
    for (const rule of coachRules) {
      for (const text of [rule.message, rule.suggestion]) {
        expect(text['zh-CN'].length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  for (const rule of coachRules) {
    describe(rule.id, () => {
      it.each(rule.examples.positive)('flags %s', (example) => expect(ruleMatches(rule, example)).toBe(true));
      it.each(rule.examples.negative)('leaves %s', (example) => expect(ruleMatches(rule, example)).toBe(false));
      it('passes its own validation', () => expect(validateCustomRule(rule)).toEqual([]));
    });
  }
});
