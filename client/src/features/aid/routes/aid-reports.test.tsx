import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { kecamatan, makeGroup, makeMemberLoansReport } from '../test-data';

const queryOf = (calls: Request[], path: string) => new URL(calls.filter((c) => new URL(c.url).pathname === path).at(-1)!.url).searchParams;

describe('aid reports page', () => {
  it('answers "which groups got equipment this year, worth how much, and which members got a loan" as an expandable table', async () => {
    signInAs();
    const { calls } = mockApi({ 'GET /api/v1/aid-reports/groups-with-member-loans': () => json(makeMemberLoansReport()) });
    renderApp('/aid-reports?year=2026');
    expect(await screen.findByText(/1 kelompok menerima bantuan senilai Rp.40\.750\.000; 1 anggota juga mendapat kredit\./)).toBeTruthy();
    expect(queryOf(calls, '/api/v1/aid-reports/groups-with-member-loans').get('year')).toBe('2026');
    const toggle = screen.getByRole('button', { name: 'Lihat rincian Kelompok Kopi Medan Johor' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Batik Deli' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const loans = screen.getByRole('table', { name: 'Kredit anggota Kelompok Kopi Medan Johor' });
    expect(within(loans).getByRole('link', { name: 'Batik Deli' }).getAttribute('href')).toBe('/businesses/43?tab=loans');
    expect(within(loans).getByText('KUR Mikro')).toBeTruthy();
    expect(within(loans).getByRole('cell', { name: 'Dicairkan' })).toBeTruthy();
    expect(within(loans).getByText(/Rp.45\.000\.000/)).toBeTruthy();
    expect(screen.getByText(/Mesin sangrai kopi 5 kg \(2 unit\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tutup rincian Kelompok Kopi Medan Johor' }));
    expect(screen.queryByRole('link', { name: 'Batik Deli' })).toBeNull();
  });

  it('shows aid value per chosen dimension and year, with a total', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/aid-reports/value': () =>
        json([
          { key: '12.71.11', label: 'Medan Johor', distributions: 3, groups: 2, totalValueIdr: 60_000_000 },
          { key: '12.71.01', label: 'Medan Kota', distributions: 1, groups: 1, totalValueIdr: 15_000_000 },
        ]),
    });
    const { router } = renderApp('/aid-reports?report=value&year=all');
    const table = await screen.findByRole('table', { name: 'Nilai bantuan per Kecamatan' });
    expect(within(table).getByText(/Rp.75\.000\.000/)).toBeTruthy();
    expect(Object.fromEntries(queryOf(calls, '/api/v1/aid-reports/value'))).toEqual({ by: 'kecamatan' });
    fireEvent.change(screen.getByLabelText('Kelompokkan menurut'), { target: { value: 'programme' } });
    fireEvent.change(screen.getByLabelText('Tahun'), { target: { value: '2025' } });
    await waitFor(() => expect(Object.fromEntries(queryOf(calls, '/api/v1/aid-reports/value'))).toEqual({ by: 'programme', year: '2025' }));
    expect(router.state.location.search).toContain('by=programme');
  });

  it('lists beneficiaries and groups never helped', { timeout: 15_000 }, async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/aid-reports/beneficiaries': () =>
        json({ items: [{ businessId: '43', name: 'Batik Deli', kecamatanCode: '12.71.11', groups: 1, distributions: 2, groupAidValueIdr: 40_750_000 }], page: 1, pageSize: 25, totalCount: 1 }),
      'GET /api/v1/aid-reports/groups-never-helped': () => json({ items: [makeGroup({ id: '9', name: 'Koperasi Belum Dibantu' })], page: 1, pageSize: 25, totalCount: 1 }),
    });
    renderApp('/aid-reports?report=beneficiaries');
    expect((await screen.findByRole('link', { name: 'Batik Deli' })).getAttribute('href')).toBe('/businesses/43?tab=groups-aid');
    expect(await screen.findByRole('cell', { name: 'Medan Johor' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Belum pernah dibantu' }));
    expect((await screen.findByRole('link', { name: 'Koperasi Belum Dibantu' })).getAttribute('href')).toBe('/groups/9');
  });
});
