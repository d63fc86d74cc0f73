import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CreateCustomerBody, type CustomerFilters, type LogInteractionBody, type UpdateCustomerBody } from '../api.ts';

const pageSize = 50;

/** Query key of one customer's 360 view. */
export const customerKey = (id: number) => ['customer', id] as const;

/** The customer list, filtered, one keyset page after another. */
export function useCustomers(filters: CustomerFilters) {
  return useInfiniteQuery({
    queryKey: ['customers', filters],
    queryFn: ({ pageParam }) => api.listCustomers({ ...filters, limit: pageSize, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A quick search of customers (first page only), for pickers; off while the text is empty. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ['customers', 'search', q],
    queryFn: () => api.listCustomers({ q, limit: 20 }),
    enabled: q.trim().length > 0,
  });
}

/** One customer's 360 view. */
export function useCustomer(id: number) {
  return useQuery({ queryKey: customerKey(id), queryFn: () => api.getCustomer(id), enabled: Number.isInteger(id) && id > 0 });
}

/** One customer's timeline, newest first, page by page. */
export function useCustomerTimeline(id: number) {
  return useInfiniteQuery({
    queryKey: ['customer', id, 'timeline'],
    queryFn: ({ pageParam }) => api.customerTimeline(id, { limit: 20, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Refreshes the list and one customer (360 and timeline) after a change. */
export function useInvalidateCustomer() {
  const client = useQueryClient();
  return (id?: number) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['customers'] }),
      id === undefined ? client.invalidateQueries({ queryKey: ['customer'] }) : client.invalidateQueries({ queryKey: ['customer', id] }),
    ]);
}

/** Creates a customer; a 409 `duplicate_customer` carries the customers that share a phone or email. */
export function useCreateCustomer() {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (body: CreateCustomerBody) => api.createCustomer(body), onSuccess: () => invalidate() });
}

/** Changes a customer's profile. */
export function useUpdateCustomer(id: number) {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (body: UpdateCustomerBody) => api.updateCustomer(id, body), onSuccess: () => invalidate(id) });
}

/** Logs a call, visit, email or note on a customer's timeline. */
export function useLogInteraction(id: number) {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (body: LogInteractionBody) => api.logInteraction(id, body), onSuccess: () => invalidate(id) });
}

/** Merges another customer into this one. */
export function useMergeCustomer(id: number) {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (sourceId: number) => api.mergeCustomer(id, sourceId), onSuccess: () => invalidate() });
}

/** Reveals a masked contact value (the server writes an audit entry). */
export function useRevealContact(id: number) {
  return useMutation({ mutationFn: (contactId: number) => api.revealContact(id, contactId) });
}
