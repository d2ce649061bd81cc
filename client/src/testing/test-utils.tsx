import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '@/app/router';
import { features } from '@/app/features';
import type { Feature } from '@/lib/features/types';
import type { Business, CurrentUser } from '@/lib/api/types';
import { AuthProvider } from '@/lib/auth/auth-context';
import { sessionStore } from '@/lib/auth/session-store';

export const adminUser: CurrentUser = { id: 'u1', email: 'admin@medanumkm.go.id', name: 'Admin Dinas', role: 'admin' };

export function signInAs(user: CurrentUser = adminUser) {
  sessionStore.set({ token: 'test-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user });
}

export function makeBusiness(overrides: Partial<Business> = {}): Business {
  return {
    id: 'b1',
    name: 'Kopi Sidikalang Jaya',
    ownerName: 'Siti Rahmah',
    ownerNik: '1271**********01',
    ownerGender: 'female',
    nib: '1234567890123',
    npwp: '0012345678901000',
    kbli: [{ code: '10761', version: '2020' }],
    kbliWarnings: [],
    sector: 'food_beverage',
    kecamatanCode: '12.71.01',
    kecamatanName: 'Medan Kota',
    kelurahan: 'Pusat Pasar',
    kelurahanCode: '12.71.01.1002',
    address: 'Jl. Thamrin No. 1',
    phone: '+6281234567890',
    email: 'kopi@example.id',
    foundedYear: 2015,
    employees: 6,
    businessCapitalIdr: 250_000_000,
    annualRevenueIdr: 1_250_000,
    scale: 'micro',
    fosteredSince: '2021-03-05',
    status: 'active',
    ekatalogStatus: 'listed',
    inaprocVerified: true,
    createdAt: '2024-03-05T03:00:00Z',
    updatedAt: '2024-03-06T03:00:00Z',
    version: 2,
    personalDataMasked: true,
    ...overrides,
  };
}

type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function problem(status: number, body: Record<string, unknown>) {
  return json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** Stubs global fetch with handlers keyed by "METHOD /path" (query string ignored). */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request);
    const url = new URL(request.url);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, { title: `No mock for ${request.method} ${url.pathname}` });
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** The whole app's routes in a memory router; `extraFeatures` adds test-only features (extension points). */
export function renderApp(initialPath: string, { extraFeatures = [] }: { extraFeatures?: Feature[] } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(createRoutes([...features, ...extraFeatures]), { initialEntries: [initialPath] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider onSignOut={() => void router.navigate('/login')}>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
