import type { CurrentUser, TokenResponse } from '@/lib/api/types';
import type { Session } from './session-store';

/** Builds the in-memory session from the token answer; an answer without a token is an error. */
export function toSession(response: TokenResponse): Session {
  if (!response.accessToken) throw new Error('The sign-in answer has no access token.');
  const user = response.user;
  const complete: CurrentUser = {
    id: user?.id ?? '',
    email: user?.email ?? '',
    name: user?.name || user?.email || '',
    role: (user?.role ?? 'viewer'),
  };
  return {
    token: response.accessToken,
    // Without an expiry the session lasts until reload or sign-out (the API still rejects an expired token with 401).
    expiresAt: response.expiresAt ?? new Date(Date.now() + 12 * 3_600_000).toISOString(),
    user: complete,
  };
}
