import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, unwrap } from '@/lib/api/client';
import { adminUser, json, mockApi, problem } from '@/testing/test-utils';
import { completeSignIn, renewalStore, renewSession, restoreSession, sessionHint, signOutEverywhere } from './session-renewal';
import { sessionStore } from './session-store';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const tokenAnswer = (token: string) => json({ accessToken: token, tokenType: 'Bearer', expiresAt: inAnHour(), user: adminUser });
const list = () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 });

function expiredSession() {
  sessionStore.set({ token: 'old-token', expiresAt: new Date(Date.now() - 1_000).toISOString(), user: adminUser });
}

afterEach(() => vi.useRealTimers());

describe('session renewal', () => {
  it('restores the session from the refresh cookie on page load (F5, a new tab)', async () => {
    sessionHint.set(true); // signed in before in this browser
    const { calls } = mockApi({ 'POST /api/v1/auth/refresh': () => tokenAnswer('renewed') });

    expect(await restoreSession()).toBe(true);

    expect(sessionStore.getToken()).toBe('renewed');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.credentials).toBe('same-origin');
    expect(renewalStore.get().restoring).toBe(false);
  });

  it('reports no session when the refresh cookie is missing or ended, and stops trying on later loads', async () => {
    sessionHint.set(true);
    const { calls } = mockApi({ 'POST /api/v1/auth/refresh': () => problem(401, { title: 'Unauthorized', code: 'session_expired' }) });

    expect(await restoreSession()).toBe(false);
    expect(sessionStore.get()).toBeNull();
    expect(sessionHint.get()).toBe(false);
    expect(await restoreSession()).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('sends no refresh on a first visit (never signed in here): nothing to fail, restoring ends at once', async () => {
    const { calls } = mockApi({ 'POST /api/v1/auth/refresh': () => tokenAnswer('renewed') });

    expect(await restoreSession()).toBe(false);

    expect(calls).toHaveLength(0);
    expect(renewalStore.get().restoring).toBe(false);
  });

  it('remembers a signed-in browser after signing in and forgets it after signing out', async () => {
    mockApi({ 'POST /api/v1/auth/sign-out': () => new Response(null, { status: 204 }) });
    completeSignIn({ token: 't', expiresAt: inAnHour(), user: adminUser });
    expect(sessionHint.get()).toBe(true);
    await signOutEverywhere();
    expect(sessionHint.get()).toBe(false);
  });

  it('renews an expired token before sending, so the request goes out once with the new token', async () => {
    expiredSession();
    const { calls } = mockApi({
      'POST /api/v1/auth/refresh': () => tokenAnswer('renewed'),
      'GET /api/v1/businesses': () => list(),
    });

    unwrap(await api.GET('/api/v1/businesses', {}));

    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/auth/refresh', '/api/v1/businesses']);
    expect(calls[1]!.headers.get('Authorization')).toBe('Bearer renewed');
  });

  it('shares one refresh among concurrent 401s and retries each request once', async () => {
    sessionStore.set({ token: 'revoked', expiresAt: inAnHour(), user: adminUser });
    const { calls } = mockApi({
      'POST /api/v1/auth/refresh': () => tokenAnswer('renewed'),
      'GET /api/v1/businesses': (request) =>
        request.headers.get('Authorization') === 'Bearer renewed' ? list() : problem(401, { title: 'Unauthorized' }),
    });

    const results = await Promise.all([1, 2, 3, 4, 5].map((page) => api.GET('/api/v1/businesses', { params: { query: { page } } })));

    expect(results.every((r) => r.response.ok)).toBe(true);
    expect(calls.filter((c) => c.url.includes('/auth/refresh'))).toHaveLength(1);
  });

  it('with an expired session whose refresh fails: at most one failed request, then it waits for the sign-in dialog and goes on', async () => {
    expiredSession();
    const signedInAgain = { value: false };
    const { calls, fetchMock } = mockApi({
      'POST /api/v1/auth/refresh': () => problem(401, { title: 'Unauthorized', code: 'session_expired' }),
      'GET /api/v1/businesses': (request) =>
        signedInAgain.value && request.headers.get('Authorization') === 'Bearer again' ? list() : problem(401, { title: 'Unauthorized' }),
    });

    // A save and a burst of reads (a page's queries, refetches) while the session is gone.
    const requests = Array.from({ length: 20 }, (_, i) => api.GET('/api/v1/businesses', { params: { query: { page: i + 1 } } }));
    await vi.waitFor(() => expect(renewalStore.get().signInRequired).toBe(true));
    await new Promise((r) => setTimeout(r, 50));

    const responses = await Promise.all(fetchMock.mock.results.map((r) => r.value as Promise<Response>));
    expect(responses.filter((r) => !r.ok)).toHaveLength(1);
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/auth/refresh']);
    // The session (and with it the page and its form) is kept while the dialog asks for the password.
    expect(sessionStore.get()?.user).toEqual(adminUser);

    signedInAgain.value = true;
    completeSignIn({ token: 'again', expiresAt: inAnHour(), user: adminUser });
    const results = await Promise.all(requests);

    expect(results.every((r) => r.response.ok)).toBe(true);
    expect(calls.filter((c) => c.url.includes('/auth/refresh'))).toHaveLength(1);
    expect(calls).toHaveLength(21);
  });

  it('a renewal already under way is joined, not repeated', async () => {
    const { calls } = mockApi({ 'POST /api/v1/auth/refresh': () => tokenAnswer('renewed') });

    const [a, b, c] = await Promise.all([renewSession(), renewSession(), renewSession()]);

    expect(a?.token).toBe('renewed');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(calls).toHaveLength(1);
  });
});
