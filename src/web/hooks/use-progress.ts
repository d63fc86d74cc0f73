import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentDetail,
  AssignmentOptions,
  AssignmentSummary,
  Certificate,
  CreateAssignmentBody,
  MyLearning,
  Progress,
} from '../../shared/schemas/academy-progress.ts';
import { request } from '../api.ts';

const base = '/academy';
const pageSize = 20;
/** Every query of this feature starts with this key, so one invalidation refreshes them all. */
const rootKey = ['academy-progress'] as const;

/** The signed-in person's learning paths and certificates; refetched whenever "my learning" is shown again. */
export function useMyLearning() {
  return useQuery({ queryKey: [...rootKey, 'mine'], queryFn: () => request<MyLearning>('GET', `${base}/my-learning`), refetchOnMount: 'always' });
}

/** One certificate (the holder's own, or anyone's for trainers). */
export function useCertificate(id: number | null) {
  return useQuery({ queryKey: [...rootKey, 'certificate', id], queryFn: () => request<Certificate>('GET', `${base}/certificates/${id}`), enabled: id !== null });
}

/** What can be assigned and to whom (trainers, supervisors, admins). */
export function useAssignmentOptions() {
  return useQuery({ queryKey: [...rootKey, 'options'], queryFn: () => request<AssignmentOptions>('GET', `${base}/assignment-options`), staleTime: 60_000 });
}

/** The learning paths, newest first, one keyset page after another. */
export function useAssignments(department: number | null) {
  return useInfiniteQuery({
    queryKey: [...rootKey, 'assignments', department],
    queryFn: ({ pageParam }) =>
      request<{ items: AssignmentSummary[]; nextCursor: string | null }>('GET', `${base}/assignments`, { query: { limit: pageSize, cursor: pageParam, department } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One learning path with its completion matrix. */
export function useAssignment(id: number | null) {
  return useQuery({ queryKey: [...rootKey, 'assignment', id], queryFn: () => request<AssignmentDetail>('GET', `${base}/assignments/${id}`), enabled: id !== null });
}

/** Completion and scores per person and per team. */
export function useProgress(department: number | null) {
  return useQuery({ queryKey: [...rootKey, 'progress', department], queryFn: () => request<Progress>('GET', `${base}/progress`, { query: { department } }) });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: rootKey });
}

/** Assigns a learning path. */
export function useCreateAssignment() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (body: CreateAssignmentBody) => request<AssignmentSummary>('POST', `${base}/assignments`, { body }), onSuccess });
}

/** Deletes a learning path. */
export function useDeleteAssignment() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: number) => request<{ ok: true }>('DELETE', `${base}/assignments/${id}`), onSuccess });
}
