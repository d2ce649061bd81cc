import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Kelurahan } from '@/lib/api/types';
import { referenceKeys } from '@/lib/query-keys';

// Medan's kelurahan with their Kemendagri codes, one kecamatan at a time (reference data, shared by areas).
export async function listKelurahan(kecamatanCode: string): Promise<Kelurahan[]> {
  const items = unwrap(await api.GET('/api/v1/reference/kelurahan', { params: { query: { kecamatan: kecamatanCode } } }));
  return items.flatMap((k) => (k.code && k.name && k.kecamatanCode ? [{ code: k.code, name: k.name, kecamatanCode: k.kecamatanCode }] : []));
}

export function useKelurahan(kecamatanCode: string) {
  return useQuery({
    queryKey: referenceKeys.kelurahan(kecamatanCode),
    queryFn: () => listKelurahan(kecamatanCode),
    enabled: kecamatanCode !== '',
    staleTime: Infinity,
  });
}
