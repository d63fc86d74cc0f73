import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentKey } from '../../shared/academy/assessments.ts';
import type { AssessmentList, AssessmentResult, AssessmentTeam } from '../../shared/schemas/academy.ts';
import { request } from '../api.ts';

/** The score the API answers for one filled-in assessment. */
export type AssessmentScore = { total: number; band: string; flags: string[] };

const base = '/academy/assessments';
const listKey = ['academy', 'assessments'] as const;
const resultsKey = (key: AssessmentKey) => ['academy', 'results', key] as const;
const teamKey = (key: AssessmentKey) => ['academy', 'team', key] as const;

/** Both self-assessments with their items and bands. */
export function useAssessments() {
  return useQuery({ queryKey: listKey, queryFn: () => request<AssessmentList>('GET', base), staleTime: 5 * 60_000 });
}

/** The signed-in person's results of one assessment, oldest first. */
export function useAssessmentResults(key: AssessmentKey) {
  return useQuery({ queryKey: resultsKey(key), queryFn: () => request<AssessmentResult[]>('GET', `${base}/${key}/results`) });
}

/** The team view of one assessment (trainers, supervisors, admins). */
export function useAssessmentTeam(key: AssessmentKey, enabled = true) {
  return useQuery({ queryKey: teamKey(key), queryFn: () => request<AssessmentTeam>('GET', `${base}/${key}/team`), enabled });
}

/** Scores and stores answers; refreshes the person's history and the team view. */
export function useScoreAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, answers }: { key: AssessmentKey; answers: number[] }) => request<AssessmentScore>('POST', `${base}/${key}/score`, { body: { answers } }),
    onSuccess: (_, { key }) => Promise.all([client.invalidateQueries({ queryKey: resultsKey(key) }), client.invalidateQueries({ queryKey: teamKey(key) })]),
  });
}

/** Changes how far items 3, 11 and 12 may differ before a result is flagged (admins and trainers). */
export function useSaveTolerance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tolerance: number) => request<{ tolerance: number }>('PUT', `${base}/settings`, { body: { tolerance } }),
    onSuccess: () => client.invalidateQueries({ queryKey: listKey }),
  });
}
