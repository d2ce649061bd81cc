import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { BusinessInput } from '@/lib/api/types';
import { type BusinessWithEtag } from './get-business';
import { businessKeys } from './keys';

/** UpdateBusiness with If-Match: the ETag read with the data the form started from (412 when stale). */
export async function updateBusiness(id: string, etag: string, input: BusinessInput): Promise<BusinessWithEtag> {
  const result = await api.PUT('/api/v1/businesses/{id}', {
    params: ifMatch({ id }, etag),
    body: input,
  });
  const business = unwrap(result);
  return { business, etag: result.response.headers.get('ETag') };
}

export function useUpdateBusiness(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: BusinessInput }) => updateBusiness(id, etag, input),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(businessKeys.detail(id), updated);
      else void queryClient.invalidateQueries({ queryKey: businessKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: businessKeys.lists() });
    },
  });
}
