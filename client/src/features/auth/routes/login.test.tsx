import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { adminUser, json, mockApi, problem, renderApp } from '@/testing/test-utils';
import { safeNext } from './login';

async function fillAndSubmit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('login page', () => {
  it('shows the error the API returns for bad credentials', async () => {
    mockApi({ 'POST /api/v1/auth/token': () => problem(401, { title: 'Email atau kata sandi salah.' }) });
    renderApp('/login');
    await fillAndSubmit('admin@medanumkm.go.id', 'wrong');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Email atau kata sandi salah.');
    expect(sessionStore.get()).toBeNull();
  });

  it('shows field errors from validation problem details', async () => {
    mockApi({
      'POST /api/v1/auth/token': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { Email: ['Email wajib diisi.'] } }),
    });
    renderApp('/login');
    await fillAndSubmit('', 'x');
    const email = await screen.findByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Email wajib diisi.')).toBeTruthy();
  });

  it('keeps the token in memory, asks for the refresh cookie, and lands on the dashboard', async () => {
    const { calls } = mockApi({
      'POST /api/v1/auth/token': () =>
        json({ accessToken: 'abc', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: adminUser }),
      'GET /api/v1/businesses': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }),
      'GET /api/v1/reference/kecamatan': () => json([]),
    });
    const { router } = renderApp('/login');
    await fillAndSubmit('admin@medanumkm.go.id', 'Admin#12345');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
    expect(sessionStore.getToken()).toBe('abc');
    expect(window.localStorage.length === 0 || !JSON.stringify({ ...window.localStorage }).includes('abc')).toBe(true);
    const signInCall = calls.find((c) => c.url.endsWith('/api/v1/auth/token'))!;
    expect(await signInCall.clone().json()).toEqual({ email: 'admin@medanumkm.go.id', password: 'Admin#12345', useRefreshCookie: true });
  });

  it('redirects to /login when signed out', async () => {
    mockApi({});
    const { router } = renderApp('/businesses?scale=micro');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/businesses?scale=micro')}`);
  });

  it('only returns to paths inside the app', () => {
    expect(safeNext('/businesses/42')).toBe('/businesses/42');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
