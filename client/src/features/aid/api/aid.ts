import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { sharedKeys } from '@/lib/query-keys';
import { ApiError, isProblemDetails } from '@/lib/api/problem-details';
import type { Aid, AidInput, AidListQuery, AidValueBy, ChangeAidStatusBody, Group, Paged } from './types';

export type AidWithEtag = { aid: Aid; etag: string | null };

export const aidKeys = {
  all: ['aid'] as const,
  lists: () => [...aidKeys.all, 'list'] as const,
  list: (query: AidListQuery) => [...aidKeys.lists(), query] as const,
  reports: sharedKeys.aidReports,
  detail: (id: string) => ['aid', 'detail', id] as const,
  group: (id: string) => ['aid', 'group', id] as const,
  groupSearch: (q: string) => ['aid', 'group-search', q] as const,
  report: (name: string, params: unknown) => [...aidKeys.reports, name, params] as const,
};

const paged = <T>(body: { items?: T[]; page?: number; pageSize?: number; totalCount?: number }): Paged<T> => ({
  items: body.items ?? [],
  page: body.page ?? 1,
  pageSize: body.pageSize ?? 25,
  totalCount: body.totalCount ?? 0,
});

export function useAidList(query: AidListQuery) {
  return useQuery({
    queryKey: aidKeys.list(query),
    queryFn: async () => paged(unwrap(await api.GET('/api/v1/aid-distributions', { params: { query } }))),
    placeholderData: keepPreviousData,
  });
}

export async function getAid(id: string): Promise<AidWithEtag> {
  const result = await api.GET('/api/v1/aid-distributions/{id}', { params: { path: { id } } });
  return { aid: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useAid(id: string) {
  return useQuery({ queryKey: aidKeys.detail(id), queryFn: () => getAid(id) });
}

export function useGroupForAid(id: string) {
  return useQuery({
    queryKey: aidKeys.group(id),
    queryFn: async (): Promise<Group> => unwrap(await api.GET('/api/v1/groups/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/** Active groups whose name matches (aid goes to active groups only). */
export function useGroupSearch(q: string) {
  return useQuery({
    queryKey: aidKeys.groupSearch(q),
    queryFn: async () =>
      paged(unwrap(await api.GET('/api/v1/groups', { params: { query: { q, status: 'active', page: 1, pageSize: 10, sort: 'name' } } }))).items,
    enabled: q.length > 0,
  });
}

function withEtag(result: { data?: Aid; error?: unknown; response: Response }): AidWithEtag {
  return { aid: unwrap(result), etag: result.response.headers.get('ETag') };
}

function useAidMutation<V>(fn: (variables: V) => Promise<AidWithEtag>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      if (saved.etag) queryClient.setQueryData(aidKeys.detail(saved.aid.id), saved);
      void queryClient.invalidateQueries({ queryKey: aidKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: aidKeys.reports });
      // the group page and business tab show this aid too
      void queryClient.invalidateQueries({ queryKey: sharedKeys.groups });
    },
  });
}

/** RecordAidDistribution: 201 planned; 400 field errors (items[0].quantity ...); 409 inactive group. */
export const useRecordAid = () =>
  useAidMutation(async (input: AidInput) => withEtag(await api.POST('/api/v1/aid-distributions', { body: input })));

/** UpdateAidDistribution (If-Match): 409 once delivered or cancelled. */
export const useUpdateAid = (id: string) =>
  useAidMutation(async ({ etag, input }: { etag: string; input: AidInput }) =>
    withEtag(await api.PUT('/api/v1/aid-distributions/{id}', { params: ifMatch({ id }, etag), body: input })),
  );

/** ChangeAidStatus (If-Match): 409 handover_incomplete carries `missing`, invalid_transition `allowed`. */
export const useChangeAidStatus = (id: string) =>
  useAidMutation(async ({ etag, body }: { etag: string; body: ChangeAidStatusBody }) =>
    withEtag(await api.POST('/api/v1/aid-distributions/{id}/status', { params: ifMatch({ id }, etag), body })),
  );

/** UploadHandoverDocument (multipart field "file", If-Match): 413 too large, 415 not PDF/PNG/JPEG. */
export const useUploadHandover = (id: string) =>
  useAidMutation(async ({ etag, file }: { etag: string; file: File }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return withEtag(
      await api.PUT('/api/v1/aid-distributions/{id}/handover-document', {
        params: ifMatch({ id }, etag),
        // FormData goes as is: the browser sets the multipart boundary
        body: form as unknown as { file: string },
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
  });

/** The stored handover document as a Blob (sent with the bearer token, so a plain link would not do). */
export async function downloadHandover(id: string): Promise<Blob> {
  const result = await api.GET('/api/v1/aid-distributions/{id}/handover-document', { params: { path: { id } }, parseAs: 'blob' });
  if (!result.response.ok) {
    const problem = result.error;
    throw new ApiError(result.response.status, isProblemDetails(problem) ? problem : null);
  }
  return result.data as Blob;
}

export function useAidValueReport(by: AidValueBy, year: number | null) {
  return useQuery({
    queryKey: aidKeys.report('value', { by, year }),
    queryFn: async () => unwrap(await api.GET('/api/v1/aid-reports/value', { params: { query: year ? { by, year } : { by } } })),
  });
}

export function useBeneficiaries(params: { year: number | null; kecamatan: string; page: number; sort: string }) {
  return useQuery({
    queryKey: aidKeys.report('beneficiaries', params),
    queryFn: async () =>
      paged(
        unwrap(
          await api.GET('/api/v1/aid-reports/beneficiaries', {
            params: {
              query: {
                page: params.page,
                pageSize: 25,
                sort: params.sort,
                ...(params.year ? { year: params.year } : {}),
                ...(params.kecamatan ? { kecamatan: params.kecamatan } : {}),
              },
            },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGroupsNeverHelped(params: { kecamatan: string; page: number }) {
  return useQuery({
    queryKey: aidKeys.report('never-helped', params),
    queryFn: async () =>
      paged(
        unwrap(
          await api.GET('/api/v1/aid-reports/groups-never-helped', {
            params: { query: { page: params.page, pageSize: 25, sort: 'name', ...(params.kecamatan ? { kecamatan: params.kecamatan } : {}) } },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGroupsWithMemberLoans(year: number) {
  return useQuery({
    queryKey: aidKeys.report('groups-with-member-loans', { year }),
    queryFn: async () => unwrap(await api.GET('/api/v1/aid-reports/groups-with-member-loans', { params: { query: { year } } })),
  });
}
