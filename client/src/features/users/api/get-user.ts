import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { userKeys } from './keys';
import type { UserWithEtag } from './types';

export async function getUser(id: string): Promise<UserWithEtag> {
  const result = await api.GET('/api/v1/users/{id}', { params: { path: { id } } });
  const user = unwrap(result);
  return { user, etag: result.response.headers.get('ETag') };
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKeys.detail(id), queryFn: () => getUser(id) });
}
