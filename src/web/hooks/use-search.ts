import { useQuery } from '@tanstack/react-query';
import type { CustomerListItem } from '../api.ts';
import { request } from '../api.ts';
import type { TicketKind, TicketStatus } from '../../shared/tickets/model.ts';

/** A text excerpt with the [start, end) ranges that matched the query. */
export type Snippet = { text: string; highlights: [number, number][] };
/** One ticket found by the search. */
export type TicketHit = {
  id: number;
  number: string;
  subject: string;
  status: TicketStatus;
  kind: TicketKind;
  customerName: string;
  createdAt: string;
  snippet: Snippet;
};
/** What one search finds: tickets (newest first) and customers. */
export type SearchResults = { tickets: TicketHit[]; customers: CustomerListItem[] };

/** Query key of one search. */
export const searchKey = (q: string) => ['search', q] as const;

/** Runs the search API for a query. */
export function fetchSearch(q: string): Promise<SearchResults> {
  return request<SearchResults>('GET', '/search', { query: { q } });
}

/** Tickets and customers matching a query; off while the query is blank. */
export function useSearch(q: string) {
  const text = q.trim();
  return useQuery({ queryKey: searchKey(text), queryFn: () => fetchSearch(text), enabled: text.length > 0 });
}
