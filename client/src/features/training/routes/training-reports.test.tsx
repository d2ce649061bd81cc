import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { page } from '../test-data';

const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };
const counts = (attended: number, absent: number) => ({ confirmed: attended + absent, attended, absent, notRecorded: 0, attendanceRate: attended / (attended + absent) });

describe('training reports', () => {
  it('lists untrained businesses with the filters in the URL and shows attendance and the e-katalog effect as numbers', async () => {
    signInAs(viewer);
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.01', name: 'Medan Kota' }]),
      'GET /api/v1/training-reports/untrained': () =>
        json(
          page(
            [
              { businessId: 'b1', name: 'Kopi Sidikalang Jaya', ownerName: 'Siti', kecamatanCode: '12.71.01', kecamatanName: 'Medan Kota', scale: 'micro', ekatalogStatus: 'preparing', fosteredSince: '2021-03-05', lastTrainedAt: null, windowStart: '2026-01-01' },
            ],
            41,
          ),
        ),
      'GET /api/v1/training-reports/attendance': () =>
        json({
          sessions: [{ sessionId: '12', title: 'Kemasan Produk', topic: 'packaging', quarter: '2026-Q4', startsAt: '2026-11-14T09:00:00+07:00', status: 'completed', capacity: 30, counts: counts(3, 1) }],
          quarters: [{ quarter: '2026-Q4', sessions: 1, counts: counts(3, 1) }],
          overall: counts(3, 1),
        }),
      'GET /api/v1/training-reports/ekatalog-effect': () =>
        json({
          from: '2025-01-01',
          to: '2026-12-31',
          trained: { businesses: 120, alreadyListed: 20, eligible: 100, listedWithin6Months: 18, stillObserving: 10, shareListed: 0.18 },
          notTrained: { businesses: 1700, alreadyListed: 180, eligible: 1520, listedWithin6Months: 76, stillObserving: 0, shareListed: 0.05 },
          difference: 0.13,
          listingDateSource: 'businesses_updated_at_approximation',
        }),
    });
    const { router } = renderApp('/training/reports?quarters=2&scale=micro');
    expect(await screen.findByText(/41 pelaku usaha aktif belum hadir di pelatihan mana pun dalam 2 triwulan terakhir/)).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Belum pernah' })).toBeTruthy();
    const untrained = new URL(calls.find((c) => c.url.includes('untrained'))!.url);
    expect(Object.fromEntries(untrained.searchParams)).toEqual({ quarters: '2', page: '1', pageSize: '25', sort: 'name', scale: 'micro' });

    expect(await screen.findByText('Secara keseluruhan 75%: 3 dari 4 peserta tercatat hadir.')).toBeTruthy();
    const perQuarter = screen.getByRole('table', { name: 'Per triwulan' });
    expect(within(perQuarter).getByRole('rowheader', { name: '2026-Q4' })).toBeTruthy();
    expect(within(perQuarter).getByRole('cell', { name: '75%' })).toBeTruthy();

    expect(await screen.findByText(/Tayang di e-katalog dalam 6 bulan: 18% dari yang dilatih, 5% dari yang tidak dilatih\. Selisih \+13 poin persen\./)).toBeTruthy();
    const effect = screen.getByRole('table', { name: 'Pengaruh pelatihan terhadap e-katalog' });
    const eligible = within(effect).getByRole('row', { name: /^Dihitung/ });
    expect(within(eligible).getAllByRole('cell').map((c) => c.textContent)).toEqual(['100', '1.520']);
    expect(screen.getByText(/tanggal tayang diperkirakan/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Dalam'), { target: { value: '8' } });
    await waitFor(() => expect(router.state.location.search).toBe('?quarters=8&scale=micro'));
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan periode' }));
    await waitFor(() => expect(calls.some((c) => c.url.includes('attendance?from=2026-01-01'))).toBe(true));
  }, 20_000);
});

describe('business page tab "Pelatihan"', () => {
  it('shows the business training history from the API', async () => {
    signInAs(viewer);
    mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
      'GET /api/v1/businesses/b1/trainings': () =>
        json(
          page([
            { registrationId: '301', sessionId: '12', title: 'Kemasan Produk', topic: 'packaging', quarter: '2026-Q4', startsAt: '2026-11-14T09:00:00+07:00', endsAt: '2026-11-14T12:00:00+07:00', kecamatanName: 'Medan Kota', sessionStatus: 'completed', registrationStatus: 'confirmed', attended: true, outcomeNote: 'Kemasan baru sudah dicetak' },
          ]),
        ),
    });
    renderApp('/businesses/b1?tab=training');
    expect(await screen.findByRole('tab', { name: 'Pelatihan', selected: true })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Riwayat pelatihan Kopi Sidikalang Jaya' });
    expect(within(table).getByRole('link', { name: 'Kemasan Produk' }).getAttribute('href')).toBe('/training/12');
    expect(within(table).getByText('Kemasan baru sudah dicetak')).toBeTruthy();
    expect(within(table).getByText(/^Hadir/)).toBeTruthy();
  });
});
