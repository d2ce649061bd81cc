import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';
import type { ChangePasswordInput } from './types';

/** ChangePassword: every other token of the user stops working; the answer carries a fresh one. */
export async function changePassword(input: ChangePasswordInput): Promise<TokenResponse> {
  return unwrap(await api.POST('/api/v1/auth/change-password', { body: input }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
