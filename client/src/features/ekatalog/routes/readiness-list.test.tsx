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
});
