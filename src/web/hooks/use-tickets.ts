// Typed calls and queries of the ticket API: desk counts and queues, the ticket page, its actions,
// causes and follow-up visits. Every ticket-changing call answers with the whole ticket, which replaces
// the cached one; a 409 `ticket_version_conflict` is handled by the caller (see useTicketAction).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { request, type Page } from '../api.ts';
import { countsFallbackInterval, listsFallbackInterval } from './use-ticket-stream.ts';
import type {
  compensationBodySchema,
  createTicketBodySchema,
  followUpOutcomeBodySchema,
  listTicketsQuerySchema,
  stepActionBodySchema,
  updateTicketBodySchema,
} from '../../shared/schemas/tickets.ts';
import type { Ticket, TicketListItem } from '../../shared/schemas/tickets.ts';

export type { Ticket, TicketListItem };
/** Filters of a ticket list (without paging). */
export type TicketFilters = Partial<Omit<z.output<typeof listTicketsQuerySchema>, 'cursor' | 'limit'>>;
/** A desk queue. */
export type Queue = NonNullable<TicketFilters['queue']>;
/** Body of creating a ticket. */
export type CreateTicketBody = z.input<typeof createTicketBodySchema>;
/** Body of changing a ticket's fields. */
export type UpdateTicketBody = z.input<typeof updateTicketBodySchema>;
/** Body of a step action. */
export type StepActionBody = z.input<typeof stepActionBodySchema>;
/** Body of a compensation request. */
export type CompensationBody = z.input<typeof compensationBodySchema>;
/** Body of a follow-up outcome. */
export type FollowUpOutcomeBody = z.input<typeof followUpOutcomeBodySchema>;
/** Live counts of the desk queues. */
export type DeskCounts = { mine: number; team: number; dueSoon: number; breached: number; escalated: number; department: number; followUps: number };
/** One node of the cause taxonomy, as the API sends it. */
export type Cause = { id: number; key: string; parentId: number | null; nameZh: string; nameEn: string; routeTo: string | null; active: boolean };
/** A pending follow-up visit. */
export type FollowUpItem = { id: number; ticketId: number; number: string; subject: string; customerName: string; assigneeName: string | null; dueAt: string };
/** A generated letter. */
export type Letter = { subject: string; body: string };

/** The ticket calls (kept here so the shared api.ts stays small). */
export const ticketApi = {
  deskCounts: () => request<DeskCounts>('GET', '/desk/counts'),
  list: (query: TicketFilters & { cursor?: string; limit?: number }) => request<Page<TicketListItem>>('GET', '/tickets', { query }),
  get: (id: number) => request<Ticket>('GET', `/tickets/${id}`),
  create: (body: CreateTicketBody) => request<Ticket>('POST', '/tickets', { body }),
  update: (id: number, body: UpdateTicketBody) => request<Ticket>('PATCH', `/tickets/${id}`, { body }),
  step: (id: number, body: StepActionBody) => request<Ticket>('POST', `/tickets/${id}/steps`, { body }),
  message: (id: number, body: { body: string; visibility: 'public' | 'internal'; author?: 'agent' | 'customer'; attachmentIds?: number[] }) =>
    request<Ticket>('POST', `/tickets/${id}/messages`, { body }),
  escalate: (id: number, body: { version: number; reason: string }) => request<Ticket>('POST', `/tickets/${id}/escalate`, { body }),
  deEscalate: (id: number, body: { version: number; takeOwnership?: boolean }) => request<Ticket>('POST', `/tickets/${id}/de-escalate`, { body }),
  route: (id: number, body: { version: number; departmentId: number; note: string }) => request<Ticket>('POST', `/tickets/${id}/route`, { body }),
  reopen: (id: number, body: { reason: string }) => request<Ticket>('POST', `/tickets/${id}/reopen`, { body }),
  compensation: (id: number, body: CompensationBody) => request<Ticket>('POST', `/tickets/${id}/compensations`, { body }),
  letter: (id: number, kind: 'apology' | 'thanks') => request<Letter>('POST', `/tickets/${id}/letter`, { body: { kind } }),
  causes: () => request<Cause[]>('GET', '/causes'),
  followUps: (scope: 'mine' | 'all') => request<FollowUpItem[]>('GET', '/follow-ups', { query: { scope, limit: 200 } }),
  followUpOutcome: (id: number, body: FollowUpOutcomeBody) => request<{ ok: true }>('POST', `/follow-ups/${id}/outcome`, { body }),
};

const pageSize = 50;
/** Query key of one ticket. */
export const ticketKey = (id: number) => ['ticket', id] as const;

/** Live counts of the desk's queues: refreshed by the desk stream (useTicketStream), polled slowly as a fallback. */
export function useDeskCounts(enabled = true) {
  return useQuery({ queryKey: ['desk-counts'], queryFn: ticketApi.deskCounts, refetchInterval: countsFallbackInterval, refetchOnWindowFocus: true, enabled });
}

/** A ticket list (a desk queue with filters), soonest SLA due first, one keyset page after another. */
export function useTicketList(filters: TicketFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['tickets', filters],
    queryFn: ({ pageParam }) => ticketApi.list({ ...filters, limit: pageSize, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: listsFallbackInterval,
    enabled,
  });
}

/** One ticket with everything its page shows. */
export function useTicket(id: number) {
  return useQuery({ queryKey: ticketKey(id), queryFn: () => ticketApi.get(id), enabled: Number.isInteger(id) && id > 0 });
}

/** The cause taxonomy (rarely changes). */
export function useCauses() {
  return useQuery({ queryKey: ['causes'], queryFn: ticketApi.causes, staleTime: 5 * 60_000 });
}

/** Refreshes lists and counts after any ticket change. */
function useInvalidateLists() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['tickets'] }),
      client.invalidateQueries({ queryKey: ['desk-counts'] }),
      client.invalidateQueries({ queryKey: ['follow-ups'] }),
    ]);
}

/** Creates a ticket (phone intake). */
export function useCreateTicket() {
  const client = useQueryClient();
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (body: CreateTicketBody) => ticketApi.create(body),
    onSuccess: (ticket) => {
      client.setQueryData(ticketKey(ticket.id), ticket);
      void client.invalidateQueries({ queryKey: ['customers'] });
      void invalidate();
    },
  });
}

/**
 * Runs any call that answers with the changed ticket and puts the answer in the cache. Errors propagate;
 * pass them to handleTicketError (use-ticket-errors.ts) for the version-conflict message and reload.
 */
export function useTicketAction<V>(id: number, call: (vars: V) => Promise<Ticket>) {
  const client = useQueryClient();
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: call,
    onSuccess: (ticket) => {
      client.setQueryData(ticketKey(id), ticket);
      void invalidate();
    },
  });
}

/** Pending follow-up visits, mine or everyone's. */
export function useFollowUps(scope: 'mine' | 'all') {
  return useQuery({ queryKey: ['follow-ups', scope], queryFn: () => ticketApi.followUps(scope) });
}

/** Records a follow-up outcome; the ticket and lists are refreshed (an unhappy outcome reopens the ticket). */
export function useRecordFollowUp() {
  const client = useQueryClient();
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; ticketId: number; body: FollowUpOutcomeBody }) => ticketApi.followUpOutcome(id, body),
    onSuccess: (_, { ticketId }) => {
      void client.invalidateQueries({ queryKey: ticketKey(ticketId) });
      void invalidate();
    },
  });
}
