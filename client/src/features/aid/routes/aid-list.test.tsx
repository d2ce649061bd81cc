import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { kecamatan, makeAid, makeGroup, viewer } from '../test-data';

const lastQuery = (calls: Request[]) =>
  new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/aid-distributions').at(-1)!.url).searchParams;

function listApi() {
  return mockApi({
    'GET /api/v1/reference/kecamatan': () => json(kecamatan),
    'GET /api/v1/groups/7': () => json(makeGroup()),
    'GET /api/v1/aid-distributions': () =>
      json({ items: [makeAid({ status: 'delivered', handedOverOn: '2026-03-12' }), makeAid({ id: '13', programme: 'DAK' })], page: 1, pageSize: 25, totalCount: 2 }),
  });
}

describe('aid list page', () => {
  it('shows distributions with value and status, and passes the URL filters to the API', async () => {
    signInAs();
    const { calls } = listApi();
    const { router } = renderApp('/aid?groupId=7&budgetYear=2026&status=delivered&programme=DAK&sort=-totalValue');
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Kelompok Kopi Medan Johor' }).getAttribute('href')).toBe('/aid/12');
    expect(within(rows[1]!).getByText(/Rp.40\.750\.000/)).toBeTruthy();
    expect(within(rows[1]!).getByText('Diserahkan')).toBeTruthy();
    expect(within(rows[2]!).getByText('Direncanakan')).toBeTruthy();
    expect(Object.fromEntries(lastQuery(calls))).toEqual({
      page: '1', pageSize: '25', sort: '-totalValue', groupId: '7', programme: 'DAK', budgetYear: '2026', status: 'delivered',
    });
    expect(await screen.findByText('Hanya kelompok: Kelompok Kopi Medan Johor')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan semua kelompok' }));
    await waitFor(() => expect(router.state.location.search).toBe('?programme=DAK&budgetYear=2026&status=delivered&sort=-totalValue'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'cancelled' } });
    await waitFor(() => expect(lastQuery(calls).get('status')).toBe('cancelled'));
  });

  it('offers recording aid to staff who may write only', async () => {
    signInAs(viewer);
    listApi();
    renderApp('/aid');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Catat bantuan' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Laporan bantuan' }).length).toBeGreaterThan(0);
  });
});
