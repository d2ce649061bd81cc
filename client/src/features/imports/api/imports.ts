import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf, ifMatch } from '@/lib/api/if-match';
import { ApiError, isProblemDetails } from '@/lib/api/problem-details';
import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ImportJob = JsonOf<paths['/api/v1/imports/{id}']['get']['responses'][200]>;
export type ImportRowError = ImportJob['errors'][number];
type ImportListBody = JsonOf<paths['/api/v1/imports']['get']['responses'][200]>;
export type ImportJobSummary = NonNullable<ImportListBody['items']>[number];
export type ImportListQuery = NonNullable<paths['/api/v1/imports']['get']['parameters']['query']>;
export type ImportList = { items: ImportJobSummary[]; page: number; pageSize: number; totalCount: number };
type StartImportBody = paths['/api/v1/imports']['post']['requestBody'] extends infer B
  ? B extends { content: { 'multipart/form-data': infer F } }
    ? F
    : never
  : never;
export type ExportQuery = NonNullable<paths['/api/v1/exports/businesses']['get']['parameters']['query']>;
export type FileFormat = 'csv' | 'xlsx';

export type DownloadedFile = { blob: Blob; fileName: string };

/** `attachment; filename="x.csv"; filename*=UTF-8''x.csv` -> x.csv (the UTF-8 form wins). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** A failed file download: the body is problem details as JSON even though a blob was asked for. */
async function downloadError(response: Response, error: unknown): Promise<ApiError> {
  let problem: unknown = error;
  if (error instanceof Blob) {
    try {
      problem = JSON.parse(await error.text());
    } catch {
      problem = null;
    }
  }
  return new ApiError(response.status, isProblemDetails(problem) ? problem : null);
}

/** The language of the spreadsheet's headers, help and dropdowns: the page's. */
const languageHeader = (language: string) => ({ 'Accept-Language': language.startsWith('en') ? 'en' : 'id' });

/**
 * GET /import-templates/businesses?format=: the empty spreadsheet (XLSX with dropdown lists and a help
 * sheet; CSV with ';'), headers in the page's language, fetched with the bearer token.
 */
export async function downloadTemplate(format: FileFormat, language = 'id'): Promise<DownloadedFile> {
  const { data, error, response } = await api.GET('/api/v1/import-templates/{kind}', {
    params: { path: { kind: 'businesses' }, query: { format } },
    headers: languageHeader(language),
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw await downloadError(response, error);
  return { blob: data, fileName: fileNameFrom(response.headers.get('Content-Disposition'), `businesses-template.${format}`) };
}

/**
 * GET /imports/{id}/errors: the dry run's rows with errors as the spreadsheet that was uploaded, with an
 * error column ("Kesalahan") in the page's language, to fix in place and upload again.
 */
export async function downloadImportErrors(job: Pick<ImportJob, 'id' | 'format' | 'fileName'>, language = 'id'): Promise<DownloadedFile> {
  const { data, error, response } = await api.GET('/api/v1/imports/{id}/errors', {
    params: { path: { id: job.id } },
    headers: languageHeader(language),
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw await downloadError(response, error);
  const stem = job.fileName.replace(/\.[^.]+$/, '');
  return { blob: data, fileName: fileNameFrom(response.headers.get('Content-Disposition'), `${stem}-kesalahan.${job.format}`) };
}

/** GET /exports/businesses with the list's filters: the whole filtered list as a file. */
export async function exportBusinesses(query: ExportQuery): Promise<DownloadedFile> {
  const { data, error, response } = await api.GET('/api/v1/exports/businesses', { params: { query }, parseAs: 'blob' });
  if (!response.ok || !data) throw await downloadError(response, error);
  return { blob: data, fileName: fileNameFrom(response.headers.get('Content-Disposition'), `businesses.${query.format ?? 'csv'}`) };
}

/** POST /imports (multipart: file, kind=businesses, dryRun): 202 with the queued job; 400/413/415 refuse the file. */
export async function startImport(file: File, dryRun: boolean): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('kind', 'businesses');
  form.append('dryRun', String(dryRun));
  return unwrap(
    await api.POST('/api/v1/imports', {
      body: form as unknown as StartImportBody,
      // FormData goes as it is: the browser sets the multipart boundary
      bodySerializer: (body) => body as unknown as FormData,
    }),
  );
}

export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  job: (id: string | null) => [...importKeys.all, 'job', id] as const,
  list: (query: ImportListQuery) => [...importKeys.lists(), query] as const,
};

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => startImport(file, dryRun),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.lists() }),
  });
}

/**
 * POST /imports/{id}/commit: commits a dry run from the file the server kept (no second upload);
 * 202 with the new commit job. If-Match is the dry run's ETag, which the API makes from its version.
 */
export type CommitMode = 'all_or_nothing' | 'valid_rows_only';

/**
 * POST /imports/{id}/commit: all_or_nothing (the default: any invalid row writes nothing) or
 * valid_rows_only (the officer chose to import the valid rows and fix the rest from the error file).
 */
export async function commitImport({ mode, ...dryRun }: Pick<ImportJob, 'id' | 'version'> & { mode?: CommitMode }): Promise<ImportJob> {
  const params = ifMatch({ id: dryRun.id }, etagOf(dryRun.version));
  return unwrap(
    await api.POST('/api/v1/imports/{id}/commit', {
      params: mode === 'valid_rows_only' ? { ...params, query: { mode } } : params,
    }),
  );
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: (_job, dryRun) => {
      // the dry run now names its commit (and has a new version)
      void queryClient.invalidateQueries({ queryKey: importKeys.job(dryRun.id) });
      void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}

export async function listImports(query: ImportListQuery): Promise<ImportList> {
  const body = unwrap(await api.GET('/api/v1/imports', { params: { query } }));
  return { items: body.items ?? [], page: body.page ?? 1, pageSize: body.pageSize ?? 25, totalCount: body.totalCount ?? 0 };
}

export function useImportHistory(query: ImportListQuery) {
  return useQuery({ queryKey: importKeys.list(query), queryFn: () => listImports(query), placeholderData: keepPreviousData });
}

export async function getImport(id: string): Promise<ImportJob> {
  return unwrap(await api.GET('/api/v1/imports/{id}', { params: { path: { id } } }));
}

export const isFinished = (job: Pick<ImportJob, 'status'> | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

export const POLL_MS = 700;

/** Polls the job until it has succeeded or failed. */
export function useImportJob(id: string | null, initial?: ImportJob) {
  return useQuery({
    queryKey: importKeys.job(id),
    queryFn: () => getImport(id!),
    enabled: id !== null,
    initialData: initial && initial.id === id ? initial : undefined,
    initialDataUpdatedAt: 0,
    staleTime: 0,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : POLL_MS),
  });
}
