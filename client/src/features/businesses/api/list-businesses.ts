import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BusinessList, BusinessListQuery } from '@/lib/api/types';

export async function listBusinesses(query: BusinessListQuery): Promise<BusinessList> {
  const body = unwrap(await api.GET('/api/v1/businesses', { params: { query } }));
  // The document may leave the envelope's fields optional; the list always has all four.
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

export const businessListKey = (query: BusinessListQuery) => ['businesses', 'list', query] as const;

export function useBusinesses(query: BusinessListQuery) {
  return useQuery({
    queryKey: businessListKey(query),
    queryFn: () => listBusinesses(query),
    placeholderData: keepPreviousData,
  });
}
