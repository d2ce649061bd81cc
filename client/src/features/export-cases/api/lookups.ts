import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { exportKeys } from './keys';
import type { BusinessSummary, StaffUser } from './types';

/** Active businesses matching q (name, owner or NIB), for choosing the exporter of a new case. */
export async function searchBusinesses(q: string): Promise<BusinessSummary[]> {
  const body = unwrap(await api.GET('/api/v1/businesses', { params: { query: { q, status: 'active', pageSize: 10, sort: 'name' } } }));
  return body.items ?? [];
}

export function useBusinessSearch(q: string) {
  return useQuery({
    queryKey: exportKeys.businesses(q),
    queryFn: () => searchBusinesses(q),
    enabled: q.trim().length >= 2,
  });
}

/** Active officers and admins a case can be assigned to (names only; readable by officers too). */
export async function listAssignableStaff(): Promise<StaffUser[]> {
  return unwrap(await api.GET('/api/v1/staff'));
}

export function useAssignableStaff(enabled: boolean) {
  return useQuery({ queryKey: exportKeys.officers(), queryFn: listAssignableStaff, enabled, staleTime: 5 * 60_000 });
}
