import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BusinessInput } from '@/lib/api/types';
import { type BusinessWithEtag } from './get-business';
import { businessKeys } from './keys';

/** RegisterBusiness: 201 with the new business; 400 with field errors; 409 when the NIB is taken. */
export async function registerBusiness(input: BusinessInput): Promise<BusinessWithEtag> {
  const result = await api.POST('/api/v1/businesses', { body: input });
  const business = unwrap(result);
  return { business, etag: result.response.headers.get('ETag') };
}

export function useRegisterBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerBusiness,
    onSuccess: (created) => {
      if (created.etag) queryClient.setQueryData(businessKeys.detail(created.business.id), created);
      void queryClient.invalidateQueries({ queryKey: businessKeys.lists() });
    },
  });
}
