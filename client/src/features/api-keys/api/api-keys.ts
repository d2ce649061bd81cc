import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf, ifMatch } from '@/lib/api/if-match';
import type { ApiKey, ApiKeyList, ApiKeyListQuery, CreateApiKeyInput, CreatedApiKey } from './types';

export async function listApiKeys(query: ApiKeyListQuery): Promise<ApiKeyList> {
  const body = unwrap(await api.GET('/api/v1/api-keys', { params: { query } }));
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (query: ApiKeyListQuery) => [...apiKeyKeys.lists(), query] as const,
};

export function useApiKeys(query: ApiKeyListQuery) {
  return useQuery({ queryKey: apiKeyKeys.list(query), queryFn: () => listApiKeys(query), placeholderData: keepPreviousData });
}

/** CreateApiKey: the answer carries the key itself, this once (the server keeps only a hash). */
export async function createApiKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  return unwrap(await api.POST('/api/v1/api-keys', { body: input }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    // the secret must not linger in the mutation cache once the page is left
    gcTime: 0,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
  });
}

/** RevokeApiKey with If-Match: 412 when the key changed since it was listed, 409 when it cannot be revoked. */
export async function revokeApiKey(key: ApiKey): Promise<ApiKey> {
  return unwrap(
    await api.POST('/api/v1/api-keys/{id}/revoke', { params: ifMatch({ id: key.id }, etagOf(key.version)) }),
  );
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
  });
}
