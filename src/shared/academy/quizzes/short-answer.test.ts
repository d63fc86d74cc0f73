import { describe, expect, it } from 'vitest';
import { AnswerShapeError } from './answer-shape.ts';
import { gradeQuestion } from './grade-question.ts';
import { gradeShortAnswer, missingElements } from './short-answer.ts';

// "Rewrite politely": the answer must thank or apologise, and say what will be done.
const elements = [
  ['感谢', '谢谢'],
  ['为您', '帮您'],
];
const good = '感谢您的耐心等待，我马上为您查询，今天下午五点前给您回复。';

describe('short answers graded by the coach and the key elements', () => {
  it('passes a polite reply carrying every key element', () => {
    expect(gradeShortAnswer(good, elements)).toEqual({ passed: true, missing: [], findings: [] });
  });

  it('fails a bare refusal because the coach flags it, naming the rule and the words', () => {
    const verdict = gradeShortAnswer('谢谢，这个不能为您退。', elements);
    expect(verdict.passed).toBe(false);
    expect(verdict.missing).toEqual([]);
    expect(verdict.findings.length).toBeGreaterThan(0);
    expect(verdict.findings[0].excerpt).toContain('不能');
  });

  it('fails a clean reply that misses a key element and says which', () => {
    const verdict = gradeShortAnswer('我马上为您查询。', elements);
    expect(verdict.passed).toBe(false);
    expect(verdict.missing).toEqual([['感谢', '谢谢']]);
  });

  it('accepts Traditional characters for Simplified key elements and the other way round', () => {
    expect(missingElements('感謝您的耐心等待，我馬上為您查詢。', elements)).toEqual([]);
    expect(missingElements('谢谢', [['謝謝']])).toEqual([]);
  });

  it('never passes an empty answer', () => {
    expect(gradeShortAnswer('  ', []).passed).toBe(false);
  });

  it('grades through gradeQuestion as all or nothing and refuses a non-string', () => {
    const question = { spec: { kind: 'short_answer' as const, keyElements: elements, sample: { 'zh-CN': good, en: good } } };
    expect(gradeQuestion(question, good)).toMatchObject({ credit: 1, correct: true, shortAnswer: { passed: true } });
    expect(gradeQuestion(question, '这个不能退').credit).toBe(0);
    expect(() => gradeQuestion(question, 42)).toThrow(AnswerShapeError);
  });
});
