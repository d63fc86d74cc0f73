import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type LoginBody, type Me } from '../api.ts';

/** Query key of the signed-in user. */
export const meKey = ['me'] as const;

async function fetchMeOrNull(): Promise<Me | null> {
  try {
    return await api.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMeOrNull, staleTime: Infinity, retry: false });
}

/** The signed-in user inside pages that are only reachable when signed in. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside a signed-in page');
  return data;
}

/** Signs in with email and password and stores the user. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.login(body),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

/** Signs out and forgets every cached answer. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.logout(),
    onSettled: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
