import { describe, expect, it } from 'vitest';
import { TICKET_NUMBER_PATTERN, formatTicketNumber, parseTicketNumber } from './ticket-number.ts';

describe('ticket numbers', () => {
  it('use the local date and a four-digit sequence', () => {
    expect(formatTicketNumber(new Date('2026-11-22T03:00:00Z'), 42)).toBe('TS-20261122-0042');
    expect(formatTicketNumber(new Date('2026-11-21T17:30:00Z'), 1)).toBe('TS-20261122-0001');
    expect(formatTicketNumber(new Date('2026-11-21T17:30:00Z'), 1, 'Europe/Berlin')).toBe('TS-20261121-0001');
  });
  it('grow past 9999 and refuse bad sequences', () => {
    expect(formatTicketNumber(new Date('2026-11-22T03:00:00Z'), 12345)).toBe('TS-20261122-12345');
    expect(() => formatTicketNumber(new Date(), 0)).toThrow(RangeError);
    expect(() => formatTicketNumber(new Date(), 1.5)).toThrow(RangeError);
  });
  it('parse back, leniently on case and spaces', () => {
    expect(parseTicketNumber('TS-20261122-0042')).toEqual({ date: '2026-11-22', sequence: 42 });
    expect(parseTicketNumber(' ts-20261122-12345 ')).toEqual({ date: '2026-11-22', sequence: 12345 });
    const n = formatTicketNumber(new Date('2026-02-28T03:00:00Z'), 7);
    expect(parseTicketNumber(n)).toEqual({ date: '2026-02-28', sequence: 7 });
  });
  it('reject what is not a ticket number', () => {
    for (const bad of ['TS-20261122-42', 'TS-20261340-0001', 'TS-20260230-0001', 'TS-20261122-0000', 'XS-20261122-0042', '20261122-0042']) {
      expect(parseTicketNumber(bad)).toBeNull();
    }
  });
  it('can be found inside a search query', () => {
    expect(TICKET_NUMBER_PATTERN.exec('查一下 TS-20261122-0042 的进度')?.[0]).toBe('TS-20261122-0042');
  });
});
