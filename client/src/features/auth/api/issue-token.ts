import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';

export type IssueTokenInput = { email: string; password: string };

/** Signs in for the browser: the answer also sets the refresh cookie that keeps the session across reloads and tabs. */
export async function issueToken(input: IssueTokenInput): Promise<TokenResponse> {
  return unwrap(await api.POST('/api/v1/auth/token', { body: { ...input, useRefreshCookie: true } }));
}

export function useIssueToken(options: { onSuccess?: (token: TokenResponse) => void } = {}) {
  return useMutation({ mutationFn: issueToken, onSuccess: options.onSuccess });
}
