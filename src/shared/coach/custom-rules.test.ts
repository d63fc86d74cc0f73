import { describe, expect, it } from 'vitest';
import type { CoachRule } from './types.ts';
import { validateCustomRule } from './custom-rules.ts';
import { analyzeReply } from './analyze-reply.ts';

const banned: CoachRule = {
  id: 'company.acme.no_slang',
  category: 'rude',
  severity: 'warning',
  match: { kind: 'keyword', any: ['亲'], none: ['亲自', '亲属'] },
  message: { 'zh-CN': '本公司不使用“亲”称呼客户。', en: 'We do not address customers as "亲".' },
  suggestion: { 'zh-CN': '改用“您”。', en: 'Use "您".' },
  examples: { positive: ['亲，您的快递到了。'], negative: ['我会亲自跟进。'] },
};

describe('validateCustomRule', () => {
  it('accepts a rule whose examples behave', () => {
    expect(validateCustomRule(banned)).toEqual([]);
  });

  it('returns the failing examples', () => {
    const failures = validateCustomRule({ ...banned, examples: { positive: ['您好'], negative: ['亲，在吗'] } });
    expect(failures.map((f) => [f.example, f.expected])).toEqual([
      ['您好', 'match'],
      ['亲，在吗', 'no_match'],
    ]);
  });

  it('reports a regex that does not compile instead of throwing', () => {
    const failures = validateCustomRule({ ...banned, match: { kind: 'regex', pattern: '(亲' } });
    expect(failures[0].expected).toBe('valid_rule');
  });

  it('requires a positive example', () => {
    expect(validateCustomRule({ ...banned, examples: { positive: [], negative: [] } })[0].expected).toBe('valid_rule');
  });

  it('is applied by analyzeReply through extraRules', () => {
    const findings = analyzeReply('亲，您的订单已发货。', { extraRules: [banned] });
    expect(findings.map((f) => f.ruleId)).toEqual(['company.acme.no_slang']);
    expect(findings[0]).toMatchObject({ start: 0, end: 1 });
  });
});
