import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problem, json, signInAs } from '@/testing/test-utils';
import { abandonSignIn, renewalStore } from '@/lib/auth/session-renewal';
import { sessionStore } from '@/lib/auth/session-store';
import { api, resolveBaseUrl, setUnauthorizedHandler, unwrap } from './client';
import { ApiError } from './problem-details';

afterEach(() => setUnauthorizedHandler(() => {}));

describe('api client', () => {
  it('sends the in-memory token as a bearer token', async () => {
    signInAs();
    const { calls } = mockApi({ 'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.01', name: 'Medan Kota' }]) });
    const data = unwrap(await api.GET('/api/v1/reference/kecamatan'));
    expect(data).toEqual([{ code: '12.71.01', name: 'Medan Kota' }]);
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('asks for the user\'s language, so server texts match the screen', async () => {
    const { calls } = mockApi({ 'GET /api/v1/reference/kecamatan': () => json([]) });
    await i18next.changeLanguage('en');
    await api.GET('/api/v1/reference/kecamatan');
    await i18next.changeLanguage('id');
    await api.GET('/api/v1/reference/kecamatan');
    expect(calls.map((c) => c.headers.get('Accept-Language'))).toEqual(['en', 'id']);
  });

  it('sends no Authorization header when signed out', async () => {
    const { calls } = mockApi({ 'GET /api/v1/reference/kecamatan': () => json([]) });
    await api.GET('/api/v1/reference/kecamatan');
    expect(calls[0]!.headers.has('Authorization')).toBe(false);
  });

  it('on 401 when the session cannot be renewed and the user signs out: clears the session and calls the unauthorized handler', async () => {
    signInAs();
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockApi({
      'GET /api/v1/businesses': () => problem(401, { title: 'Unauthorized' }),
      'POST /api/v1/auth/refresh': () => problem(401, { title: 'Unauthorized', code: 'session_expired' }),
    });
    const pending = api.GET('/api/v1/businesses', { params: { query: { page: 1 } } });
    await vi.waitFor(() => expect(renewalStore.get().signInRequired).toBe(true));
    abandonSignIn();
    const result = await pending;
    expect(() => unwrap(result)).toThrow(ApiError);
    expect(sessionStore.get()).toBeNull();
    expect(handler).toHaveBeenCalledOnce();
  });

  it('on 401 without any session goes to sign-in at once (nothing to renew)', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    const { calls } = mockApi({ 'GET /api/v1/businesses': () => problem(401, { title: 'Unauthorized' }) });
    await api.GET('/api/v1/businesses', { params: { query: { page: 1 } } });
    expect(handler).toHaveBeenCalledOnce();
    expect(calls).toHaveLength(1);
  });

  it('does not treat a 401 from the sign-in call as an expired session', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockApi({ 'POST /api/v1/auth/token': () => problem(401, { title: 'Invalid email or password.' }) });
    const result = await api.POST('/api/v1/auth/token', { body: { email: 'a@b.id', password: 'x', useRefreshCookie: true } });
    const error = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(error?.status).toBe(401);
    expect(error?.problem?.title).toBe('Invalid email or password.');
    expect(handler).not.toHaveBeenCalled();
  });

  it('uses the configured base URL or the page origin', () => {
    expect(resolveBaseUrl('https://api.example.id/')).toBe('https://api.example.id');
    expect(resolveBaseUrl('')).toBe(window.location.origin);
    expect(resolveBaseUrl(undefined)).toBe(window.location.origin);
  });
});
