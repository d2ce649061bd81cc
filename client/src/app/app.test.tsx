import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { adminUser, json, mockApi, problem, signInAs } from '@/testing/test-utils';
import { App } from './app';

describe('app', () => {
  it('when the session ended and cannot be renewed: keeps the page, asks for the password over it, then carries on', async () => {
    signInAs();
    let signedInAgain = false;
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json([]),
      'POST /api/v1/auth/refresh': () => problem(401, { title: 'Unauthorized', code: 'session_expired' }),
      'POST /api/v1/auth/token': () =>
        json({ accessToken: 'again', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: adminUser }),
      'GET /api/v1/businesses': () =>
        signedInAgain ? json({ items: [], page: 1, pageSize: 25, totalCount: 0 }) : problem(401, { title: 'Unauthorized' }),
    });
    window.history.pushState({}, '', '/businesses?scale=micro');
    render(<App />);

    const dialog = await screen.findByRole('dialog', { name: 'Sesi Anda telah berakhir' });
    expect(window.location.pathname).toBe('/businesses');
    expect(sessionStore.get()?.user).toEqual(adminUser);
    expect(within(dialog).getByLabelText('Email')).toHaveProperty('value', adminUser.email);

    signedInAgain = true;
    fireEvent.change(within(dialog).getByLabelText('Kata sandi'), { target: { value: 'Admin#12345' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Masuk dan lanjutkan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sessionStore.getToken()).toBe('again');
    expect(window.location.pathname).toBe('/businesses');
    const signIn = calls.find((c) => c.url.endsWith('/api/v1/auth/token'))!;
    expect(await signIn.clone().json()).toEqual({ email: adminUser.email, password: 'Admin#12345', useRefreshCookie: true });
    await waitFor(() => expect(calls.filter((c) => c.url.includes('/api/v1/businesses') && c.headers.get('Authorization') === 'Bearer again').length).toBeGreaterThan(0));
  });

  it('signing out from that dialog goes to the sign-in page', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json([]),
      'POST /api/v1/auth/refresh': () => problem(401, { title: 'Unauthorized', code: 'session_expired' }),
      'POST /api/v1/auth/sign-out': () => new Response(null, { status: 204 }),
      'GET /api/v1/businesses': () => problem(401, { title: 'Unauthorized' }),
    });
    window.history.pushState({}, '', '/businesses?scale=micro');
    render(<App />);

    const dialog = await screen.findByRole('dialog', { name: 'Sesi Anda telah berakhir' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keluar' }));

    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(sessionStore.get()).toBeNull();
  });

  it('builds the navigation from the features', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json([]),
      'GET /api/v1/businesses': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }),
      'GET /api/v1/dashboard': () => problem(503, { title: 'Unavailable' }),
    });
    window.history.pushState({}, '', '/');
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    // the first entry (the dashboard, order 0) is where "/" leads
    await waitFor(() => expect(window.location.pathname).toBe('/dashboard'));
    expect(nav.querySelector('a')?.getAttribute('href')).toBe('/dashboard');
    expect(nav.querySelector('a[href="/businesses"]')).toBeTruthy();
  });
});
