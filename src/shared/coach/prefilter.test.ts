import { describe, expect, it } from 'vitest';
import { indexPattern, openBranches as openIndexed, textFilter, type TextFilter } from './prefilter.ts';
import { matchRule, prepareText } from './rule-engine.ts';
import { coachRules } from './rules.ts';
import type { CoachRule } from './types.ts';
import replies from './eval/replies.json' with { type: 'json' };
import blind9 from './eval/replies-blind-9.json' with { type: 'json' };

const openBranches = (pattern: string, f: TextFilter): string[] => openIndexed(indexPattern(pattern), f).map((b) => b.source);

const say = { 'zh-CN': '提示', en: 'Hint' };
const regexRule = (pattern: string): CoachRule => ({
  id: 'test.rule',
  category: 'rude',
  severity: 'warning',
  match: { kind: 'regex', pattern },
  message: say,
  suggestion: say,
  examples: { positive: [], negative: [] },
});

// What one plain global search of the whole pattern finds, overlapping hits merged as matchRule merges them.
function plainSearch(pattern: string, text: string): { start: number; end: number }[] {
  const re = new RegExp(pattern, 'gui');
  const merged: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const last = merged[merged.length - 1];
    if (last && m.index < last.end) last.end = Math.max(last.end, m.index + m[0].length);
    else merged.push({ start: m.index, end: m.index + m[0].length });
  }
  return merged;
}

describe('openBranches', () => {
  it('keeps the branches whose characters and neighbouring pairs the text holds, in the pattern order', () => {
    const pattern = '不归我管|找(?:厂家|物业)去|随便你';
    expect(openBranches(pattern, textFilter('这个您找物业去吧'))).toEqual(['找(?:厂家|物业)去']);
    expect(openBranches(pattern, textFilter('随便你，这不归我管'))).toEqual(['不归我管', '随便你']);
    // 物 and 业 are both present, but never side by side.
    expect(openBranches(pattern, textFilter('物品已经找到，业务照常'))).toEqual([]);
  });

  it('matches English words in either case, Kelvin sign included', () => {
    const pattern = '\\bcalm down\\b|好的';
    expect(openBranches(pattern, textFilter('请您 CALM DOWN'))).toEqual(['\\bcalm down\\b']);
    expect(openBranches('k', textFilter('\u212a'))).toEqual(['k']);
  });

  it('renumbers a backreference in a branch searched on its own', () => {
    const pattern = '(没有)|(不行)就是\\2';
    expect(openBranches(pattern, textFilter('不行就是不行'))).toEqual(['(不行)就是\\1']);
    expect(matchRule(regexRule(pattern), prepareText('不行就是不行'))).toEqual([{ start: 0, end: 6 }]);
  });

  it('keeps a text apart from another text filtered after it', () => {
    const first = textFilter('不归我管');
    const second = textFilter('随便你');
    expect(openBranches('不归我管|随便你', first)).toEqual(['不归我管']);
    expect(openBranches('不归我管|随便你', second)).toEqual(['随便你']);
  });
});

describe('matchRule with the filter', () => {
  // The filter may only spare work: every built-in pattern must find exactly what a plain search finds.
  const texts = [...(replies as { text: string }[]), ...(blind9 as { text: string }[])].map((r) => r.text);
  const patterns = [...new Set(coachRules.flatMap((r) => (r.match.kind === 'regex' ? [r.match.pattern] : [])))];

  it.each(patterns.map((p, i) => [i, p]))('pattern %i finds what one plain search finds', (_i, pattern) => {
    const rule = regexRule(pattern as string);
    for (const text of texts) expect(matchRule(rule, prepareText(text)), text).toEqual(plainSearch(pattern as string, text));
  });

  it('finds matches in a company pattern first seen after the text was prepared', () => {
    const prepared = prepareText('这事您得问问供应商吧');
    expect(matchRule(regexRule('问问供应商|找厂家'), prepared)).toEqual([{ start: 4, end: 9 }]);
  });
});
