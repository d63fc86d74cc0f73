// Supervision calls: bulk changes of a selection, unreasonable requests and the policy flags they raise,
// and supervisors' evaluations of closed difficult cases.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { bulkUpdateBodySchema, evaluationBodySchema } from '../../shared/schemas/tickets.ts';
import { api, request, type User } from '../api.ts';
import { ticketKey } from './use-tickets.ts';

/** Body of a bulk change of tickets. */
export type BulkUpdateBody = z.input<typeof bulkUpdateBodySchema>;
/** Body of a case evaluation. */
export type EvaluationBody = z.input<typeof evaluationBodySchema>;
/** One evaluation point of the rubric. */
export type EvaluationPoint = keyof EvaluationBody['scores'];
/** The rubric's points in the order they are shown. */
export const evaluationPoints: readonly EvaluationPoint[] = ['listening', 'language', 'resolution', 'followUp'];
/** A policy cited by unreasonable requests, with how often, and whether it is flagged for review. */
export type PolicyFlag = { policy: string; count: number; flagged: boolean; threshold: number };
/** A closed difficult case waiting for a supervisor's evaluation. */
export type PendingEvaluation = { id: number; number: string; subject: string; difficultType: string | null; ownerName: string | null; closedAt: string | null };

/** The supervision calls. */
export const supervisionApi = {
  bulk: (body: BulkUpdateBody) => request<{ updated: number }>('POST', '/tickets/bulk', { body }),
  unreasonable: (id: number, policy: string | null) => request<{ ok: true }>('PUT', `/tickets/${id}/unreasonable`, { body: { policy } }),
  policyFlags: () => request<PolicyFlag[]>('GET', '/policy-flags'),
  pendingEvaluations: () => request<PendingEvaluation[]>('GET', '/evaluations/pending'),
  evaluate: (id: number, body: EvaluationBody) => request<{ ok: true }>('POST', `/tickets/${id}/evaluation`, { body }),
};

const boardRefresh = 60_000;

/** Policies cited by unreasonable requests (supervisors and admins only). */
export function usePolicyFlags(enabled = true) {
  return useQuery({ queryKey: ['policy-flags'], queryFn: supervisionApi.policyFlags, refetchInterval: boardRefresh, enabled });
}

/** Closed difficult cases without an evaluation (supervisors and admins only). */
export function usePendingEvaluations(enabled = true) {
  return useQuery({ queryKey: ['evaluations', 'pending'], queryFn: supervisionApi.pendingEvaluations, refetchInterval: boardRefresh, enabled });
}

/** Active agents and supervisors a selection can be assigned to (only roles that may list users ask). */
export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'assignees'],
    queryFn: async (): Promise<User[]> => {
      const [agents, supervisors] = await Promise.all([api.listUsers({ role: 'agent', limit: 200 }), api.listUsers({ role: 'supervisor', limit: 200 })]);
      return [...agents.items, ...supervisors.items].filter((u) => u.active);
    },
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Assigns, re-prioritises or tags a selection (all or nothing), then refreshes lists, counts and those tickets. */
export function useBulkUpdate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: supervisionApi.bulk,
    onSuccess: (_, body) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['tickets'] }),
        client.invalidateQueries({ queryKey: ['desk-counts'] }),
        ...body.ids.map((id) => client.invalidateQueries({ queryKey: ticketKey(id) })),
      ]),
  });
}

/** Marks or clears the policy a ticket's request was judged unreasonable against. */
export function useMarkUnreasonable(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (policy: string | null) => supervisionApi.unreasonable(id, policy),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ticketKey(id) }), client.invalidateQueries({ queryKey: ['policy-flags'] })]),
  });
}

/** Stores a supervisor's evaluation of a closed case. */
export function useEvaluateCase(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationBody) => supervisionApi.evaluate(id, body),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ticketKey(id) }), client.invalidateQueries({ queryKey: ['evaluations'] })]),
  });
}
