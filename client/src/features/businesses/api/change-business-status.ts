import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { type BusinessWithEtag } from './get-business';
import { businessKeys } from './keys';

export type StatusChange = 'deactivate' | 'reactivate';

/** DeactivateBusiness / ReactivateBusiness, guarded by If-Match (412 when someone changed it first). */
export async function changeBusinessStatus(id: string, etag: string, change: StatusChange): Promise<BusinessWithEtag> {
  // If-Match is a declared (required) header parameter of the operation.
  const options = { params: ifMatch({ id }, etag) };
  const result =
    change === 'deactivate'
      ? await api.POST('/api/v1/businesses/{id}/deactivate', options)
      : await api.POST('/api/v1/businesses/{id}/reactivate', options);
  const business = unwrap(result);
  return { business, etag: result.response.headers.get('ETag') };
}

export function useChangeBusinessStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, change }: { etag: string; change: StatusChange }) => changeBusinessStatus(id, etag, change),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(businessKeys.detail(id), updated);
      else void queryClient.invalidateQueries({ queryKey: businessKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: businessKeys.lists() });
    },
  });
}
