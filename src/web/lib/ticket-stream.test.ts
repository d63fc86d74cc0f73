import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdBatcher, parseTicketEvent } from './ticket-stream.ts';

describe('parseTicketEvent', () => {
  it('reads the ticket id of an event', () => {
    expect(parseTicketEvent('{"id":42}')).toBe(42);
  });

  it('refuses anything that is not a positive integer id', () => {
    for (const data of ['', 'not json', 'null', '42', '{"id":"42"}', '{"id":0}', '{"id":1.5}', '{}', undefined, 42]) {
      expect(parseTicketEvent(data), String(data)).toBeNull();
    }
  });
});

describe('createIdBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('flushes a burst of ids once, each id once', () => {
    const flush = vi.fn();
    const batcher = createIdBatcher(flush, 300);
    batcher.add(1);
    batcher.add(2);
    batcher.add(1);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(flush).toHaveBeenCalledTimes(1);
    expect([...(flush.mock.calls[0][0] as Set<number>)]).toEqual([1, 2]);
    batcher.add(3);
    vi.advanceTimersByTime(300);
    expect(flush).toHaveBeenCalledTimes(2);
    expect([...(flush.mock.calls[1][0] as Set<number>)]).toEqual([3]);
  });

  it('drops pending ids when cancelled', () => {
    const flush = vi.fn();
    const batcher = createIdBatcher(flush, 300);
    batcher.add(1);
    batcher.cancel();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});
