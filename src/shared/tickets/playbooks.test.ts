import { describe, expect, it } from 'vitest';
import { difficultTypes } from './model.ts';
import { moodHints, playbooks } from './playbooks.ts';
import { questionKindGuide, questionKinds } from './question-kinds.ts';
import { analyzeReply } from '../coach/analyze-reply.ts';
import type { Localized } from './localized.ts';

const complete = (t: Localized) => t['zh-CN'].trim() !== '' && t.en.trim() !== '';
const coachProblems = (zh: string) => analyzeReply(zh).filter((f) => f.severity !== 'hint').map((f) => f.ruleId);

describe('playbooks', () => {
  it('cover every difficult type with 3–6 moves, things to avoid and 2–3 model phrases', () => {
    for (const type of difficultTypes) {
      const p = playbooks[type];
      expect(p.approach.length).toBeGreaterThanOrEqual(3);
      expect(p.approach.length).toBeLessThanOrEqual(6);
      expect(p.avoid.length).toBeGreaterThan(0);
      expect(p.samplePhrases.length).toBeGreaterThanOrEqual(2);
      expect(p.samplePhrases.length).toBeLessThanOrEqual(3);
      for (const t of [p.name, p.signs, p.toneHint, ...p.approach, ...p.avoid, ...p.samplePhrases]) expect(complete(t)).toBe(true);
    }
  });

  it.each(difficultTypes.flatMap((type) => playbooks[type].samplePhrases.map((s) => [type, s['zh-CN']])))(
    '%s phrase passes the language coach: %s',
    (_type, zh) => expect(coachProblems(zh)).toEqual([]),
  );

  it('has hints for the mild and the angry mood', () => {
    for (const m of [moodHints.mild, moodHints.angry]) {
      expect(m.approach.length).toBeGreaterThan(0);
      expect(complete(m.signs)).toBe(true);
    }
  });
});

describe('question kinds', () => {
  it.each(questionKinds.map((k) => [k, questionKindGuide[k].example['zh-CN']]))('%s example passes the coach: %s', (_k, zh) => {
    expect(coachProblems(zh)).toEqual([]);
  });
  it('are six, each with a name, purpose and example in both languages', () => {
    expect(questionKinds).toHaveLength(6);
    for (const k of questionKinds) for (const t of Object.values(questionKindGuide[k])) expect(complete(t)).toBe(true);
  });
});
