import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { makeSession, page } from '../test-data';

const kecamatan = [{ code: '12.71.01', name: 'Medan Kota' }];
const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };

describe('training sessions per quarter', () => {
  it('asks the API for the quarter and the filters in the URL, and moves between quarters', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/training-sessions': () => json(page([makeSession()])),
    });
    const { router } = renderApp('/training?quarter=2026-Q4&topic=digital_marketing&status=open');
    const table = await screen.findByRole('table', { name: 'Sesi pelatihan pada triwulan ini' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Pemasaran Digital untuk UMKM Kuliner' }).getAttribute('href')).toBe('/training/12');
    expect(within(row).getByText('1 / 2 terisi')).toBeTruthy();
    expect(within(row).getByText('14 November 2026 pukul 09.00 WIB')).toBeTruthy();
    const url = new URL(calls.find((c) => c.url.includes('training-sessions'))!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ quarter: '2026-Q4', page: '1', pageSize: '25', sort: 'startsAt', topic: 'digital_marketing', status: 'open' });
    expect(screen.getByRole('link', { name: 'Rencanakan sesi' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Triwulan berikutnya/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?quarter=2027-Q1&topic=digital_marketing&status=open'));
    fireEvent.change(screen.getByLabelText('Topik'), { target: { value: '' } });
    await waitFor(() => expect(router.state.location.search).toBe('?quarter=2027-Q1&status=open'));
  });

  it('shows the quarter as month calendars and one month on request', async () => {
    signInAs(viewer);
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/training-sessions': () =>
        json(page([makeSession(), makeSession({ id: '13', title: 'Kemasan Produk', topic: 'packaging', startsAt: '2026-12-01T08:00:00+07:00', endsAt: '2026-12-02T12:00:00+07:00' })])),
    });
    const { router } = renderApp('/training?quarter=2026-Q4&view=calendar');
    expect(await screen.findByRole('table', { name: 'Oktober 2026' })).toBeTruthy();
    const december = screen.getByRole('table', { name: 'Desember 2026' });
    // a two-day session is on both days
    expect(within(december).getAllByRole('link', { name: /Kemasan Produk/ })).toHaveLength(2);
    const november = screen.getByRole('table', { name: 'November 2026' });
    expect(within(november).getByRole('link', { name: /09:00 Pemasaran Digital/ })).toBeTruthy();
    expect(new URL(calls.at(-1)!.url).searchParams.get('pageSize')).toBe('100');
    // a viewer does not plan sessions
    expect(screen.queryByRole('link', { name: 'Rencanakan sesi' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'November' }));
    await waitFor(() => expect(router.state.location.search).toBe('?quarter=2026-Q4&view=calendar&span=month&month=2'));
    expect(screen.queryByRole('table', { name: 'Oktober 2026' })).toBeNull();
    expect(screen.getByRole('button', { name: 'November' }).getAttribute('aria-pressed')).toBe('true');
  });
});
