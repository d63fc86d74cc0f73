import { describe, expect, it } from 'vitest';
import { cannedReplies, fillCannedReply, type CannedScenario } from './canned-replies.ts';
import { analyzeReply } from './analyze-reply.ts';

const scenarios: CannedScenario[] = [
  'greeting', 'thank_and_apologise', 'question_targeted', 'question_choice', 'question_informational',
  'question_clarifying', 'question_consultative', 'question_open', 'paraphrase',
  'refusal_with_reason_and_alternative', 'escalation', 'time_commitment', 'close', 'follow_up_visit',
];

describe('canned replies', () => {
  it('cover every scenario in both locales', () => {
    for (const s of scenarios) expect(cannedReplies.some((c) => c.scenario === s)).toBe(true);
    for (const c of cannedReplies) expect(c.text.en.length).toBeGreaterThan(0);
  });

  it.each(cannedReplies.map((c) => [c.id, c.text['zh-CN']]))('%s passes the coach with no error or warning', (_id, text) => {
    const filled = fillCannedReply(text, { customerName: '王女士', ticketNumber: 'T-1024', agentName: '小李' });
    expect(analyzeReply(filled).filter((f) => f.severity !== 'hint')).toEqual([]);
  });

  it('fills variables and leaves missing ones visible', () => {
    expect(fillCannedReply('{customerName}您好，工单{ticketNumber}', { customerName: '张先生' })).toBe('张先生您好，工单{ticketNumber}');
  });
});
