import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { UserRole } from '@/lib/api/types';
import { userKeys } from './keys';
import type { UserWithEtag } from './types';

/** What an admin can do to an account; each is guarded by If-Match (412 when stale, 409 for self/last admin). */
export type UserChange =
  | { kind: 'role'; role: UserRole }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'reset-password'; newPassword: string };

export async function changeUser(id: string, etag: string, change: UserChange): Promise<UserWithEtag> {
  const options = { params: ifMatch({ id }, etag) };
  let result;
  switch (change.kind) {
    case 'role':
      result = await api.PUT('/api/v1/users/{id}/role', { ...options, body: { role: change.role } });
      break;
    case 'disable':
      result = await api.POST('/api/v1/users/{id}/disable', options);
      break;
    case 'enable':
      result = await api.POST('/api/v1/users/{id}/enable', options);
      break;
    case 'reset-password':
      result = await api.POST('/api/v1/users/{id}/reset-password', { ...options, body: { newPassword: change.newPassword } });
      break;
  }
  const user = unwrap(result);
  return { user, etag: result.response.headers.get('ETag') };
}

export function useChangeUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, change }: { etag: string; change: UserChange }) => changeUser(id, etag, change),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(userKeys.detail(id), updated);
      else void queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
