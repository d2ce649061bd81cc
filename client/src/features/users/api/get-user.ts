import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UserWithEtag } from './types';

export async function getUser(id: string): Promise<UserWithEtag> {
  const result = await api.GET('/api/v1/users/{id}', { params: { path: { id } } });
  const user = unwrap(result);
  return { user, etag: result.response.headers.get('ETag') };
}

export const userKey = (id: string) => ['users', 'detail', id] as const;

export function useUser(id: string) {
  return useQuery({ queryKey: userKey(id), queryFn: () => getUser(id) });
}
