import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { json, mockApi, problem, signInAs } from '@/testing/test-utils';
import { App } from './app';

describe('app', () => {
  it('returns to the sign-in page when the API answers 401 (expired token)', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json([]),
      'GET /api/v1/businesses': () => problem(401, { title: 'Unauthorized' }),
    });
    window.history.pushState({}, '', '/businesses?scale=micro');
    render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/businesses?scale=micro');
    expect(await screen.findByRole('heading', { name: 'Masuk ke MedanUmkm' })).toBeTruthy();
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
