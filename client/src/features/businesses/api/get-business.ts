import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Business } from '@/lib/api/types';
import { businessKeys } from './keys';

export type BusinessWithEtag = { business: Business; etag: string | null };

export async function getBusiness(id: string): Promise<BusinessWithEtag> {
  const result = await api.GET('/api/v1/businesses/{id}', { params: { path: { id } } });
  const business = unwrap(result);
  return { business, etag: result.response.headers.get('ETag') };
}

export function useBusiness(id: string) {
  return useQuery({ queryKey: businessKeys.detail(id), queryFn: () => getBusiness(id) });
}
