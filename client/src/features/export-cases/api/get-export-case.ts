import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { exportKeys } from './keys';
import type { ExportCase } from './types';

export type ExportCaseWithEtag = { exportCase: ExportCase; etag: string | null };

export async function getExportCase(id: string): Promise<ExportCaseWithEtag> {
  const result = await api.GET('/api/v1/export-cases/{id}', { params: { path: { id } } });
  const exportCase = unwrap(result);
  return { exportCase, etag: result.response.headers.get('ETag') };
}

export function useExportCase(id: string) {
  return useQuery({ queryKey: exportKeys.detail(id), queryFn: () => getExportCase(id) });
}
