import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { sharedKeys } from '@/lib/query-keys';
import type { ReadinessList, ReadinessListQuery, TaxStatusInput, Transition, TransitionInput } from './types';

export const ekatalogKeys = {
  all: sharedKeys.ekatalog,
  readiness: (businessId: string) => ['ekatalog', 'readiness', businessId] as const,
  list: (query: ReadinessListQuery) => ['ekatalog', 'list', query] as const,
  transitions: (businessId: string) => ['ekatalog', 'transitions', businessId] as const,
  taxStatus: (businessId: string) => ['ekatalog', 'tax-status', businessId] as const,
};

export function useReadiness(businessId: string) {
  return useQuery({
    queryKey: ekatalogKeys.readiness(businessId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/businesses/{id}/ekatalog-readiness', { params: { path: { id: businessId } } })),
    refetchOnMount: 'always',
  });
}

export async function listReadiness(query: ReadinessListQuery): Promise<ReadinessList> {
  const body = unwrap(await api.GET('/api/v1/ekatalog-readiness', { params: { query } }));
  return { items: body.items, page: body.page, pageSize: body.pageSize, totalCount: body.totalCount };
}

export function useReadinessList(query: ReadinessListQuery) {
  return useQuery({ queryKey: ekatalogKeys.list(query), queryFn: () => listReadiness(query), placeholderData: keepPreviousData });
}

export function useTransitions(businessId: string) {
  return useQuery({
    queryKey: ekatalogKeys.transitions(businessId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/businesses/{id}/ekatalog-transitions', { params: { path: { id: businessId } } })),
  });
}

export function useTaxStatusChecks(businessId: string) {
  return useQuery({
    queryKey: ekatalogKeys.taxStatus(businessId),
    queryFn: async () => unwrap(await api.GET('/api/v1/businesses/{id}/tax-status', { params: { path: { id: businessId } } })),
  });
}

export type TransitionResult = { transition: Transition; etag: string | null };

/** TransitionEkatalog with If-Match of the business; the response ETag is the business's new version. */
export async function transitionEkatalog(businessId: string, etag: string, input: TransitionInput): Promise<TransitionResult> {
  const result = await api.POST('/api/v1/businesses/{id}/ekatalog-transitions', {
    params: ifMatch({ id: businessId }, etag),
    body: input,
  });
  return { transition: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useTransitionEkatalog(businessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: TransitionInput }) => transitionEkatalog(businessId, etag, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ekatalogKeys.all });
      // The business page shows the status and holds the business's ETag: read it again.
      void queryClient.invalidateQueries({ queryKey: sharedKeys.businesses });
    },
  });
}

export function useRecordTaxStatus(businessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TaxStatusInput) =>
      unwrap(await api.POST('/api/v1/businesses/{id}/tax-status', { params: { path: { id: businessId } }, body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ekatalogKeys.all }),
  });
}
