import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { sharedKeys } from '@/lib/query-keys';
import type { ChangeLoanStatusBody, Loan, LoanInput, LoanListQuery, Paged } from './types';

export type LoanWithEtag = { loan: Loan; etag: string | null };

export const loanKeys = {
  all: ['loans'] as const,
  lists: () => [...loanKeys.all, 'list'] as const,
  list: (query: LoanListQuery) => [...loanKeys.lists(), query] as const,
  detail: (id: string) => ['loans', 'detail', id] as const,
  ofBusinessAll: () => [...loanKeys.all, 'of-business'] as const,
  ofBusiness: (id: string) => [...loanKeys.ofBusinessAll(), id] as const,
  business: (id: string) => ['loans', 'business', id] as const,
  reports: () => [...loanKeys.all, 'report'] as const,
  report: (name: string, year: number | null) => [...loanKeys.reports(), name, year] as const,
};

export function useLoans(query: LoanListQuery) {
  return useQuery({
    queryKey: loanKeys.list(query),
    queryFn: async (): Promise<Paged<Loan>> => {
      const body = unwrap(await api.GET('/api/v1/loan-referrals', { params: { query } }));
      return { items: body.items ?? [], page: body.page ?? 1, pageSize: body.pageSize ?? 25, totalCount: body.totalCount ?? 0 };
    },
    placeholderData: keepPreviousData,
  });
}

export async function getLoan(id: string): Promise<LoanWithEtag> {
  const result = await api.GET('/api/v1/loan-referrals/{id}', { params: { path: { id } } });
  return { loan: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useLoan(id: string) {
  return useQuery({ queryKey: loanKeys.detail(id), queryFn: () => getLoan(id) });
}

/** The business named in a filter or a prefilled form (its name for display). */
export function useBusinessName(id: string) {
  return useQuery({
    queryKey: loanKeys.business(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/businesses/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useBusinessLoans(businessId: string) {
  return useQuery({
    queryKey: loanKeys.ofBusiness(businessId),
    queryFn: async (): Promise<Loan[]> => unwrap(await api.GET('/api/v1/businesses/{id}/loan-referrals', { params: { path: { id: businessId } } })),
  });
}

function useLoanMutation<V>(fn: (variables: V) => Promise<LoanWithEtag>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      if (saved.etag) queryClient.setQueryData(loanKeys.detail(saved.loan.id), saved);
      void queryClient.invalidateQueries({ queryKey: loanKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: loanKeys.reports() });
      void queryClient.invalidateQueries({ queryKey: loanKeys.ofBusinessAll() });
      // the aid report shows members' loans
      void queryClient.invalidateQueries({ queryKey: sharedKeys.aidReports });
    },
  });
}

/** ReferLoan: 201 referred; 400 field errors; 409 deactivated business. */
export const useReferLoan = () =>
  useLoanMutation(async (input: LoanInput) => {
    const result = await api.POST('/api/v1/loan-referrals', { body: input });
    return { loan: unwrap(result), etag: result.response.headers.get('ETag') };
  });

/** ChangeLoanStatus (If-Match): 409 invalid_transition names the allowed moves; 400 amount/date errors. */
export const useChangeLoanStatus = (id: string) =>
  useLoanMutation(async ({ etag, body }: { etag: string; body: ChangeLoanStatusBody }) => {
    const result = await api.POST('/api/v1/loan-referrals/{id}/status', { params: ifMatch({ id }, etag), body });
    return { loan: unwrap(result), etag: result.response.headers.get('ETag') };
  });

export function useApprovalRates(year: number | null) {
  return useQuery({
    queryKey: loanKeys.report('approval-rates', year),
    queryFn: async () => unwrap(await api.GET('/api/v1/loan-reports/approval-rates', { params: { query: year ? { year } : {} } })),
  });
}

export function useDisbursedByQuarter(year: number) {
  return useQuery({
    queryKey: loanKeys.report('disbursed-by-quarter', year),
    queryFn: async () => unwrap(await api.GET('/api/v1/loan-reports/disbursed-by-quarter', { params: { query: { year } } })),
  });
}
