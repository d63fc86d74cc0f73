// Ticket numbers a person can read out on the phone: TS-YYYYMMDD-NNNN (local date, daily sequence).
import { localDate } from '../customers/dates.ts';

/** Matches a ticket number anywhere in a text (e.g. a search query); case-insensitive. */
export const TICKET_NUMBER_PATTERN = /\bTS-(\d{8})-(\d{4,})\b/i;

/** A parsed ticket number: the local date 'YYYY-MM-DD' and the day's sequence. */
export type ParsedTicketNumber = { date: string; sequence: number };

/** The number for the sequence-th ticket of the day of `date` in timeZone, e.g. TS-20261122-0042. */
export function formatTicketNumber(date: Date, sequence: number, timeZone = 'Asia/Shanghai'): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid ticket sequence: ${sequence}`);
  return `TS-${localDate(date, timeZone).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

/** Reads a ticket number (surrounding spaces and lower case allowed); null when it is not one. */
export function parseTicketNumber(text: string): ParsedTicketNumber | null {
  const m = /^TS-(\d{4})(\d{2})(\d{2})-(\d{4,})$/i.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, seq] = m;
  const date = `${y}-${mo}-${d}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return null;
  const sequence = Number(seq);
  return Number.isSafeInteger(sequence) && sequence >= 1 ? { date, sequence } : null;
}
