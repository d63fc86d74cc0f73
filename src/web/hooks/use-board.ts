import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TicketListItem } from '../../shared/schemas/tickets.ts';
import { request, type Page } from '../api.ts';

/** Live counts of the desk queues (mine, team, dueSoon, breached, escalated, department, followUps). */
export type DeskCounts = Record<string, number>;
/** A compensation above an agent's authority, waiting for a supervisor. */
export type PendingCompensation = {
  id: number;
  ticketId: number;
  number: string;
  type: string;
  amountCents: number;
  description: string;
  requestedBy: string | null;
  createdAt: string;
};
/** A pending follow-up visit. */
export type FollowUpItem = { id: number; ticketId: number; number: string; subject: string; customerName: string; assigneeName: string | null; dueAt: string };
/** A supervisor's ticket queue. */
export type BoardQueue = 'escalated' | 'breached' | 'due_soon';

const refresh = 60_000;

/** The SLA health counts. */
export function useDeskCounts() {
  return useQuery({ queryKey: ['desk-counts'], queryFn: () => request<DeskCounts>('GET', '/desk/counts'), refetchInterval: refresh });
}

/** The first page of one queue, sorted as the server sorts it. */
export function useQueue(queue: BoardQueue, limit = 10) {
  return useQuery({
    queryKey: ['tickets', 'board', queue, limit],
    queryFn: () => request<Page<TicketListItem>>('GET', '/tickets', { query: { queue, limit } }),
    refetchInterval: refresh,
  });
}

/** Compensations awaiting approval. */
export function usePendingCompensations() {
  return useQuery({
    queryKey: ['compensations', 'pending'],
    queryFn: () => request<PendingCompensation[]>('GET', '/compensations/pending'),
    refetchInterval: refresh,
  });
}

/** Approves or rejects a compensation with an optional note. */
export function useDecideCompensation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, note }: { id: number; approve: boolean; note?: string }) =>
      request<{ ok: true }>('POST', `/compensations/${id}/decision`, { body: { approve, note: note || null } }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['compensations'] }), client.invalidateQueries({ queryKey: ['ticket'] })]),
  });
}

/** Everyone's pending follow-up visits, soonest first. */
export function useAllFollowUps(limit = 20) {
  return useQuery({
    queryKey: ['follow-ups', 'all', limit],
    queryFn: () => request<FollowUpItem[]>('GET', '/follow-ups', { query: { scope: 'all', limit } }),
    refetchInterval: refresh,
  });
}
