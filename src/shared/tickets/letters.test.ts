import { describe, expect, it } from 'vitest';
import { fillTemplate, letterTemplates, renderLetter, type LetterKind } from './letters.ts';
import { analyzeReply } from '../coach/analyze-reply.ts';

const vars = {
  customerName: '王女士', ticketNumber: 'TS-20261122-0042', agentName: '客服专员 李明',
  companyName: '聆听通信', resolutionSummary: '已为您更换一台全新手机，并赠送一年延保。',
};

describe('letters', () => {
  it.each([['apology'], ['thanks']] as [LetterKind][])('%s letter fills every variable in both languages', (kind) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const l = renderLetter(kind, locale, vars);
      expect(`${l.subject}${l.body}`).not.toMatch(/\{\w+\}/);
      expect(l.body).toContain(vars.resolutionSummary);
      expect(l.body).toContain(vars.agentName);
      expect(l.subject).toContain(vars.ticketNumber);
    }
  });
  it.each([['apology'], ['thanks']] as [LetterKind][])('%s letter in Chinese passes the language coach', (kind) => {
    const l = renderLetter(kind, 'zh-CN', vars);
    expect(analyzeReply(l.body).filter((f) => f.severity !== 'hint').map((f) => f.ruleId)).toEqual([]);
  });
  it('templates use only the five known variables', () => {
    const known = new Set(Object.keys(vars));
    for (const byLocale of Object.values(letterTemplates)) {
      for (const t of Object.values(byLocale)) {
        for (const m of `${t.subject}${t.body}`.matchAll(/\{(\w+)\}/g)) expect(known.has(m[1])).toBe(true);
      }
    }
  });
  it('leaves unknown placeholders visible', () => {
    expect(fillTemplate('{customerName}您好，{other}', { customerName: '张先生' })).toBe('张先生您好，{other}');
  });
});
