import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { ExportCaseWithEtag } from './get-export-case';
import { exportKeys } from './keys';
import type { ExportStage } from './types';

/**
 * ChangeExportCaseStage with If-Match: 409 invalid_stage_transition (problem.allowed) or
 * documents_incomplete (problem.missing); 412 when someone else moved or changed the case first.
 */
export async function changeExportCaseStage(id: string, etag: string, to: ExportStage, note?: string): Promise<ExportCaseWithEtag> {
  const result = await api.POST('/api/v1/export-cases/{id}/stage', {
    params: ifMatch({ id }, etag),
    body: { to, note: note?.trim() ? note.trim() : null },
  });
  const exportCase = unwrap(result);
  return { exportCase, etag: result.response.headers.get('ETag') };
}

export type StageMove = { id: string; etag: string; to: ExportStage; note?: string };

export function useChangeExportCaseStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, to, note }: StageMove) => changeExportCaseStage(id, etag, to, note),
    onSuccess: (moved) => {
      if (moved.etag) queryClient.setQueryData(exportKeys.detail(moved.exportCase.id), moved);
      void queryClient.invalidateQueries({ queryKey: exportKeys.all });
    },
  });
}
