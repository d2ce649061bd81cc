import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf, ifMatch } from '@/lib/api/if-match';
import { ApiError, isProblemDetails } from '@/lib/api/problem-details';
import { exportKeys } from './keys';
import type { ExportDocument, UpdateDocumentInput } from './types';

/** ListExportCaseDocuments: the whole checklist (every stage). */
export async function listExportCaseDocuments(id: string): Promise<ExportDocument[]> {
  return unwrap(await api.GET('/api/v1/export-cases/{id}/documents', { params: { path: { id } } }));
}

export function useExportCaseDocuments(id: string) {
  return useQuery({ queryKey: exportKeys.documents(id), queryFn: () => listExportCaseDocuments(id) });
}

/** UpdateExportCaseDocument with If-Match on the document's own version. */
export async function updateExportCaseDocument(document: ExportDocument, input: UpdateDocumentInput): Promise<ExportDocument> {
  return unwrap(
    await api.PUT('/api/v1/export-cases/{id}/documents/{documentId}', {
      params: ifMatch({ id: document.caseId, documentId: document.id }, etagOf(document.version)),
      body: input,
    }),
  );
}

/** UploadExportCaseDocumentFile (multipart field 'file', If-Match): 413 too large, 415 not a PDF or image. */
export async function uploadExportCaseDocumentFile(document: ExportDocument, file: File): Promise<ExportDocument> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/export-cases/{id}/documents/{documentId}/file', {
      params: ifMatch({ id: document.caseId, documentId: document.id }, etagOf(document.version)),
      // FormData as is: the browser sets the multipart boundary
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  );
}

/** DownloadExportCaseDocumentFile: fetched with the bearer token (a plain link would not carry it), then saved. */
export async function downloadExportCaseDocumentFile(document: ExportDocument): Promise<void> {
  const result = await api.GET('/api/v1/export-cases/{id}/documents/{documentId}/file', {
    params: { path: { id: document.caseId, documentId: document.id } },
    parseAs: 'blob',
  });
  if (!result.response.ok || !result.data) {
    throw new ApiError(result.response.status, isProblemDetails(result.error) ? result.error : null);
  }
  const url = URL.createObjectURL(result.data);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.file?.fileName ?? `${document.type}`;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function useDocumentMutation<V>(caseId: string, fn: (vars: V) => Promise<ExportDocument>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (updated) => {
      queryClient.setQueryData<ExportDocument[]>(exportKeys.documents(caseId), (list) =>
        list?.map((d) => (d.id === updated.id ? updated : d)),
      );
      void queryClient.invalidateQueries({ queryKey: exportKeys.documents(caseId) });
      void queryClient.invalidateQueries({ queryKey: exportKeys.timeline(caseId) });
      void queryClient.invalidateQueries({ queryKey: exportKeys.lists() });
    },
  });
}

export function useUpdateExportCaseDocument(caseId: string) {
  return useDocumentMutation(caseId, ({ document, input }: { document: ExportDocument; input: UpdateDocumentInput }) =>
    updateExportCaseDocument(document, input),
  );
}

export function useUploadExportCaseDocumentFile(caseId: string) {
  return useDocumentMutation(caseId, ({ document, file }: { document: ExportDocument; file: File }) =>
    uploadExportCaseDocumentFile(document, file),
  );
}
