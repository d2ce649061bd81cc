import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { ExportCaseWithEtag } from './get-export-case';
import { exportKeys } from './keys';
import type { UpdateExportCaseInput } from './types';

/** UpdateExportCase with If-Match (412 when someone changed the case first). */
export async function updateExportCase(id: string, etag: string, input: UpdateExportCaseInput): Promise<ExportCaseWithEtag> {
  const result = await api.PUT('/api/v1/export-cases/{id}', {
    params: ifMatch({ id }, etag),
    body: input,
  });
  const exportCase = unwrap(result);
  return { exportCase, etag: result.response.headers.get('ETag') };
}

export function useUpdateExportCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: UpdateExportCaseInput }) => updateExportCase(id, etag, input),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(exportKeys.detail(id), updated);
      // the checklist follows commodity, HS code and destination
      void queryClient.invalidateQueries({ queryKey: exportKeys.all });
    },
  });
}
