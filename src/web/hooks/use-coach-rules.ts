import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { z } from 'zod';
import { toCoachRule } from '../../shared/coach/custom-rules.ts';
import type { CoachRule } from '../../shared/coach/types.ts';
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

/**
 * The company's active rules as the coach runs them, so agents see the company's banned and preferred phrases as
 * they type, as the server does when it stores a reply's findings.
 */
export function useCompanyCoachRules(): CoachRule[] {
  const { data } = useCoachRules();
  return useMemo(() => (data ?? []).filter((rule) => rule.active).map((rule) => toCoachRule(rule.id, rule)), [data]);
}
