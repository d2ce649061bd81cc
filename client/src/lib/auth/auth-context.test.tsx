import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminUser, json, mockApi } from '@/testing/test-utils';
import { AuthProvider } from './auth-context';
import { sessionStore } from './session-store';

afterEach(() => vi.useRealTimers());

describe('AuthProvider', () => {
  it('renews the session quietly a minute before the access token runs out', async () => {
    vi.useFakeTimers();
    sessionStore.set({ token: 'first', expiresAt: new Date(Date.now() + 120_000).toISOString(), user: adminUser });
    const { calls } = mockApi({
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'renewed', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 1_800_000).toISOString(), user: adminUser }),
    });
    render(
      <AuthProvider>
        <p>page</p>
      </AuthProvider>,
    );

    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/auth/refresh']);
    vi.useRealTimers();
    await vi.waitFor(() => expect(sessionStore.getToken()).toBe('renewed'));
  });
});
