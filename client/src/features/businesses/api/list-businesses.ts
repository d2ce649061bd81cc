import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BusinessList, BusinessListQuery } from '@/lib/api/types';
import { businessKeys } from './keys';

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

export function useBusinesses(query: BusinessListQuery) {
  return useQuery({
    queryKey: businessKeys.list(query),
    queryFn: () => listBusinesses(query),
    placeholderData: keepPreviousData,
  });
}
