import { describe, expect, it } from 'vitest';
import { averageScore, counts, isDueDateAllowed, isOverdue, isPathComplete, itemStatus, percentDone, type FinishedLearning } from './rules.ts';

const assignedAt = '2026-11-20T08:00:00.000Z';
const record = (over: Partial<FinishedLearning>): FinishedLearning => ({
  kind: 'assessment',
  ref: 'service-awareness',
  score: 70,
  passed: true,
  completedAt: '2026-11-21T08:00:00.000Z',
  ...over,
});

describe('learning completion rules', () => {
  it('counts only the same item finished after the assignment', () => {
    const item = { kind: 'assessment', ref: 'service-awareness' } as const;
    expect(counts(record({}), item, assignedAt)).toBe(true);
    expect(counts(record({ completedAt: '2026-11-19T08:00:00.000Z' }), item, assignedAt)).toBe(false);
    expect(counts(record({ ref: 'service-orientation' }), item, assignedAt)).toBe(false);
    expect(counts(record({ kind: 'course', ref: 'service-awareness' }), item, assignedAt)).toBe(false);
  });

  it('counts a quiz only when passed, other kinds whether or not passed', () => {
    expect(counts(record({ kind: 'quiz', ref: '3', passed: false }), { kind: 'quiz', ref: '3' }, assignedAt)).toBe(false);
    expect(counts(record({ kind: 'quiz', ref: '3', passed: true }), { kind: 'quiz', ref: '3' }, assignedAt)).toBe(true);
    expect(counts(record({ kind: 'simulation', ref: 'picky', passed: false }), { kind: 'simulation', ref: 'picky' }, assignedAt)).toBe(true);
  });

  it('gives the first qualifying date and the best score since assignment', () => {
    const item = { kind: 'quiz', ref: '3' } as const;
    const records = [
      record({ kind: 'quiz', ref: '3', score: 95, completedAt: '2026-11-19T00:00:00.000Z' }),
      record({ kind: 'quiz', ref: '3', score: 40, passed: false, completedAt: '2026-11-21T00:00:00.000Z' }),
      record({ kind: 'quiz', ref: '3', score: 80, completedAt: '2026-11-23T00:00:00.000Z' }),
      record({ kind: 'quiz', ref: '3', score: 85, completedAt: '2026-11-22T00:00:00.000Z' }),
    ];
    expect(itemStatus(records, item, assignedAt)).toEqual({ done: true, score: 85, completedAt: '2026-11-22T00:00:00.000Z' });
    expect(itemStatus(records.slice(0, 2), item, assignedAt)).toEqual({ done: false, score: 40, completedAt: null });
    expect(itemStatus([], item, assignedAt)).toEqual({ done: false, score: null, completedAt: null });
  });

  it('completes a path when every item is done, never an empty one', () => {
    const done = { done: true, score: null, completedAt: '2026-11-21T00:00:00.000Z' };
    const open = { done: false, score: null, completedAt: null };
    expect(isPathComplete([done, done])).toBe(true);
    expect(isPathComplete([done, open])).toBe(false);
    expect(isPathComplete([])).toBe(false);
    expect(percentDone([done, open, open])).toBe(33);
    expect(percentDone([])).toBe(0);
  });

  it('is overdue only when incomplete after the due date', () => {
    expect(isOverdue('2026-11-22', false, '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-23', false, '2026-11-23')).toBe(false);
    expect(isOverdue('2026-11-22', true, '2026-11-23')).toBe(false);
  });

  it('allows due dates from today on', () => {
    expect(isDueDateAllowed('2026-11-23', '2026-11-23')).toBe(true);
    expect(isDueDateAllowed('2026-11-22', '2026-11-23')).toBe(false);
  });

  it('averages the known scores', () => {
    expect(averageScore([80, null, 91])).toBe(85.5);
    expect(averageScore([null])).toBeNull();
  });
});
