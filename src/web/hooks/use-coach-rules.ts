import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { coachRuleBodySchema, CoachRuleView } from '../../shared/schemas/coach.ts';
import { request } from '../api.ts';

/** A company coach rule as sent to the API. */
export type CoachRuleInput = z.input<typeof coachRuleBodySchema>;

const key = ['coach-rules'] as const;

/** The company's own banned and preferred phrases. */
export function useCoachRules() {
  return useQuery({ queryKey: key, queryFn: () => request<CoachRuleView[]>('GET', '/coach/rules') });
}

/** Creates a rule, or replaces one when an id is given; the server checks it against its own examples. */
export function useSaveCoachRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: CoachRuleInput }) =>
      id === null ? request<CoachRuleView>('POST', '/coach/rules', { body }) : request<CoachRuleView>('PUT', `/coach/rules/${id}`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** Deletes a rule. */
export function useDeleteCoachRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<unknown>('DELETE', `/coach/rules/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
