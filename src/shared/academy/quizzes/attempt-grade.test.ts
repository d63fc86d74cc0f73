import { describe, expect, it } from 'vitest';
import { bandFor, isPassed, keptGrade, scorePercent } from './attempt-grade.ts';
import { deadlineOf, isTimeUp } from './deadline.ts';
import { displayOrder, drawQuestions, shuffled } from './draw.ts';

const l = (text: string) => ({ 'zh-CN': text, en: text });

describe('attempt scores', () => {
  it('is the rounded share of credit, partial credit included', () => {
    expect(scorePercent([1, 1, 0.5, 0])).toBe(63);
    expect(scorePercent([1, 1, 1])).toBe(100);
    expect(scorePercent([])).toBe(0);
  });
});

describe('grade kept across attempts', () => {
  const scores = [40, 90, 70];
  it.each([
    ['highest', 90],
    ['last', 70],
    ['average', 67],
  ] as const)('%s keeps %i', (method, grade) => expect(keptGrade(scores, method)).toBe(grade));
  it('is null before any attempt', () => expect(keptGrade([], 'highest')).toBeNull());
});

describe('pass mark and bands', () => {
  it('passes at the mark and above', () => {
    expect(isPassed(80, 80)).toBe(true);
    expect(isPassed(79, 80)).toBe(false);
  });
  const bands = [
    { min: 0, feedback: l('review') },
    { min: 60, feedback: l('good') },
    { min: 90, feedback: l('excellent') },
  ];
  it.each([
    [0, 'review'],
    [59, 'review'],
    [60, 'good'],
    [89, 'good'],
    [90, 'excellent'],
    [100, 'excellent'],
  ])('a score of %i gets the band %s, whatever order the bands are in', (score, feedback) => {
    expect(bandFor(score, [...bands].reverse())?.feedback.en).toBe(feedback);
  });
  it('gives no band below the lowest', () => expect(bandFor(10, [{ min: 50, feedback: l('x') }])).toBeUndefined());
});

describe('random draws', () => {
  const bank = Array.from({ length: 10 }, (_, i) => i + 1);
  it('draws the same questions for the same seed, in bank order', () => {
    const first = drawQuestions(bank, 4, 42);
    expect(first).toHaveLength(4);
    expect(drawQuestions(bank, 4, 42)).toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(first);
  });
  it('draws different questions for other seeds', () => {
    const draws = new Set([1, 2, 3, 4, 5, 6].map((seed) => drawQuestions(bank, 4, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });
  it('gives the whole bank when N is missing or too large', () => {
    expect(drawQuestions(bank, null, 1)).toEqual(bank);
    expect(drawQuestions(bank, 20, 1)).toEqual(bank);
  });
  it('shuffles deterministically and keeps every item', () => {
    expect(shuffled(bank, 7)).toEqual(shuffled(bank, 7));
    expect([...shuffled(bank, 7)].sort((a, b) => a - b)).toEqual(bank);
  });
  it('never shows ordering items already in their right order', () => {
    for (let seed = 0; seed < 200; seed++) expect(displayOrder(2, seed)).toEqual([1, 0]);
  });
});

describe('time limit', () => {
  it('sets the deadline from the start and the minutes', () => expect(deadlineOf('2026-01-01T00:00:00.000Z', 10)).toBe('2026-01-01T00:10:00.000Z'));
  it('has no deadline without a limit', () => expect(deadlineOf('2026-01-01T00:00:00.000Z', null)).toBeNull());
  it('allows 30 seconds of grace, then time is up', () => {
    const deadline = '2026-01-01T00:10:00.000Z';
    expect(isTimeUp(deadline, new Date('2026-01-01T00:10:30.000Z'))).toBe(false);
    expect(isTimeUp(deadline, new Date('2026-01-01T00:10:30.001Z'))).toBe(true);
    expect(isTimeUp(null, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });
});
