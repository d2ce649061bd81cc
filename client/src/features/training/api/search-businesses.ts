import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Business } from '@/lib/api/types';
import { trainingKeys } from './keys';

/** ListBusinesses by name (q), active ones only: only active businesses may register. */
export async function searchBusinesses(q: string): Promise<{ items: Business[]; totalCount: number }> {
  const body = unwrap(await api.GET('/api/v1/businesses', { params: { query: { q, status: 'active', sort: 'name', page: 1, pageSize: 10 } } }));
  return { items: body.items ?? [], totalCount: body.totalCount ?? 0 };
}

export function useBusinessSearch(q: string) {
  return useQuery({ queryKey: trainingKeys.businessSearch(q), queryFn: () => searchBusinesses(q), enabled: q.length > 0 });
}
