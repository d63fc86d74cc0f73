import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CreateTokenBody } from '../api.ts';

const tokensKey = ['tokens'] as const;

/** The signed-in user's own API tokens. */
export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: api.listTokens });
}

/** Creates a token; the answer carries the secret to show once. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => api.createToken(body),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** Revokes one of the user's tokens. */
export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.revokeToken(id),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}
