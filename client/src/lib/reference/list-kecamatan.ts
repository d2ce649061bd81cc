import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Kecamatan } from '@/lib/api/types';
import { referenceKeys } from '@/lib/query-keys';

// Reference data is shared by several areas (businesses, groups, training), so it lives in lib.
export async function listKecamatan(): Promise<Kecamatan[]> {
  const items = unwrap(await api.GET('/api/v1/reference/kecamatan'));
  return items.flatMap((k) => (k.code && k.name ? [{ code: k.code, name: k.name }] : []));
}

export function useKecamatan() {
  return useQuery({
    queryKey: referenceKeys.kecamatan(),
    queryFn: listKecamatan,
    staleTime: Infinity,
  });
}
