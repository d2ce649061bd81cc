import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';

const item = {
  businessId: 'b7',
  businessName: 'Bika Ambon Mak Ros',
  kecamatanCode: '12.71.01',
  kecamatanName: 'Medan Kota',
  ekatalogStatus: 'preparing',
  isReady: false,
  missing: ['kswp'],
  expiring: [],
  missingCount: 1,
  computedAt: '2026-11-27T03:00:00Z',
};

describe('readiness list (Menuju e-katalog)', () => {
  it('lists not-ready businesses, fewest missing first, and keeps filters in the URL', async () => {
    signInAs({ id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    const { calls } = mockApi({
      'GET /api/v1/ekatalog-readiness': () => json({ items: [item], page: 1, pageSize: 25, totalCount: 1 }),
      'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.01', name: 'Medan Kota' }]),
    });
    const { router } = renderApp('/ekatalog');
    expect(await screen.findByRole('heading', { level: 1, name: 'Menuju e-katalog' })).toBeTruthy();
    const row = (await screen.findByRole('rowheader', { name: 'Bika Ambon Mak Ros' })).closest('tr')!;
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/businesses/b7?tab=ekatalog');
    expect(within(row).getByText('Konfirmasi status wajib pajak (KSWP)')).toBeTruthy();
    const first = new URL(calls.find((c) => c.url.includes('ekatalog-readiness'))!.url);
    expect(first.searchParams.get('ready')).toBe('false');
    expect(first.searchParams.get('sort')).toBe('missingCount');

    fireEvent.click(screen.getByRole('button', { name: 'Hampir siap (kurang 1)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?maxMissing=1'));
    fireEvent.change(screen.getByLabelText('Yang kurang'), { target: { value: 'kswp' } });
    await waitFor(() => expect(router.state.location.search).toBe('?maxMissing=1&missing=kswp'));
    await waitFor(() => {
      const last = new URL(calls.filter((c) => c.url.includes('ekatalog-readiness')).at(-1)!.url);
      expect(last.searchParams.get('maxMissing')).toBe('1');
      expect(last.searchParams.get('missing')).toBe('kswp');
    });
  });

  it('opens the kecamatan x missing-requirement table, fetched only then, and a count filters the list', async () => {
    signInAs({ id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    const { calls } = mockApi({
      'GET /api/v1/ekatalog-readiness': () => json({ items: [item], page: 1, pageSize: 25, totalCount: 1 }),
      'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.01', name: 'Medan Kota' }]),
      'GET /api/v1/dashboard/readiness-by-kecamatan': () =>
        json({
          requirements: ['nib', 'kswp', 'halal'],
          rows: [{ code: '12.71.01', name: 'Medan Kota', notListed: 9, missing: [0, 7, 2] }],
          totals: [0, 7, 2],
        }),
    });
    const { router } = renderApp('/ekatalog');
    await screen.findByRole('rowheader', { name: 'Bika Ambon Mak Ros' });
    const matrixCalls = () => calls.filter((c) => c.url.includes('readiness-by-kecamatan'));
    expect(matrixCalls()).toHaveLength(0);

    const summary = screen.getByText('Persyaratan yang kurang per kecamatan');
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = await screen.findByRole('table', { name: /Pelaku usaha belum tayang per kecamatan/ });
    expect(matrixCalls()).toHaveLength(1);
    fireEvent.click(within(table).getByRole('link', { name: '7 pelaku usaha di Medan Kota belum memenuhi Konfirmasi status wajib pajak (KSWP)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?missing=kswp&kecamatan=12.71.01'));
    await waitFor(() => {
      const last = new URL(calls.filter((c) => c.url.includes('ekatalog-readiness')).at(-1)!.url);
      expect(last.searchParams.get('missing')).toBe('kswp');
      expect(last.searchParams.get('kecamatan')).toBe('12.71.01');
    });
  });
});
