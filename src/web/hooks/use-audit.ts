import { useInfiniteQuery } from '@tanstack/react-query';
import { api, type AuditFilters } from '../api.ts';

/** The audit log, newest first, one keyset page after another. */
export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api.listAudit({ ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
