import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type CreateUserBody, type UpdateUserBody, type UserFilters } from '../api.ts';

const pageSize = 50;

/** The user list, filtered, one keyset page after another. */
export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: ['users', filters],
    queryFn: ({ pageParam }) => api.listUsers({ ...filters, limit: pageSize, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function useInvalidateUsers() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['users'] }), client.invalidateQueries({ queryKey: ['departments'] })]);
}

/** Creates a user; the answer carries the temporary password to show once. */
export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (body: CreateUserBody) => api.createUser(body), onSuccess: invalidate });
}

/** Changes a user's name, role, department, language or active state. */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) => api.updateUser(id, body),
    onSuccess: invalidate,
  });
}

/** Generates a new temporary password for a user. */
export function useResetPassword() {
  return useMutation({ mutationFn: (id: number) => api.resetPassword(id) });
}
