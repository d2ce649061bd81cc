import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { userKeys } from './keys';
import type { CreateUserInput, UserWithEtag } from './types';

/** CreateUser: 201; 400 with field errors (password policy); 409 when the e-mail is taken. */
export async function createUser(input: CreateUserInput): Promise<UserWithEtag> {
  const result = await api.POST('/api/v1/users', { body: input });
  const user = unwrap(result);
  return { user, etag: result.response.headers.get('ETag') };
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (created) => {
      if (created.etag) queryClient.setQueryData(userKeys.detail(created.user.id), created);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
