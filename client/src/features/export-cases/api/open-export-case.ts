import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ExportCaseWithEtag } from './get-export-case';
import { exportKeys } from './keys';
import type { OpenExportCaseInput } from './types';

/** OpenExportCase: 201 with the case at intake and its document checklist; 400 with field errors. */
export async function openExportCase(input: OpenExportCaseInput): Promise<ExportCaseWithEtag> {
  const result = await api.POST('/api/v1/export-cases', { body: input });
  const exportCase = unwrap(result);
  return { exportCase, etag: result.response.headers.get('ETag') };
}

export function useOpenExportCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openExportCase,
    onSuccess: (created) => {
      if (created.etag) queryClient.setQueryData(exportKeys.detail(created.exportCase.id), created);
      void queryClient.invalidateQueries({ queryKey: exportKeys.all });
    },
  });
}
