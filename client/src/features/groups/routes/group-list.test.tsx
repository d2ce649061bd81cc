import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import type { Group } from '../api/types';
import { kecamatan, makeGroup, viewer } from '../test-data';

function listApi(items: Group[], totalCount = items.length) {
  return mockApi({
    'GET /api/v1/reference/kecamatan': () => json(kecamatan),
    'GET /api/v1/groups': (request) => json({ items, page: Number(new URL(request.url).searchParams.get('page')), pageSize: 25, totalCount }),
  });
}
const lastQuery = (calls: Request[]) => new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/groups').at(-1)!.url).searchParams;

describe('group list page', () => {
  it('shows the groups with kind, kecamatan, leader and member count', async () => {
    signInAs();
    listApi([makeGroup(), makeGroup({ id: '8', name: 'Koperasi Batik Deli', kind: 'cooperative', status: 'inactive', memberCount: 14 })], 60);
    renderApp('/groups');
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Kelompok Kopi Medan Johor' }).getAttribute('href')).toBe('/groups/7');
    expect(within(rows[1]!).getByText('Klaster sektor')).toBeTruthy();
    expect(within(rows[2]!).getByText('Koperasi')).toBeTruthy();
    expect(within(rows[2]!).getByText('Nonaktif')).toBeTruthy();
    expect(within(rows[2]!).getByText('14')).toBeTruthy();
    expect(screen.getByText('Halaman 1 dari 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bentuk kelompok' })).toBeTruthy();
  });

  it('sends the URL filters to the API and writes new ones back to the URL', async () => {
    signInAs();
    const { calls } = listApi([makeGroup()]);
    const { router } = renderApp('/groups?q=kopi&kind=cooperative&sort=-formedOn&status=bogus');
    await screen.findByRole('table');
    expect(Object.fromEntries(lastQuery(calls))).toEqual({ page: '1', pageSize: '25', sort: '-formedOn', q: 'kopi', kind: 'cooperative' });
    const select = screen.getByLabelText<HTMLSelectElement>('Kecamatan');
    await waitFor(() => expect(select.options).toHaveLength(3));
    fireEvent.change(select, { target: { value: '12.71.11' } });
    await waitFor(() => expect(router.state.location.search).toBe('?q=kopi&kecamatan=12.71.11&kind=cooperative&sort=-formedOn'));
    await waitFor(() => expect(lastQuery(calls).get('kecamatan')).toBe('12.71.11'));
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Nama kelompok/ })).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=kopi&kecamatan=12.71.11&kind=cooperative'));
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
  });

  it('offers to clear the filters when nothing matches, and hides "form a group" from a viewer', async () => {
    signInAs(viewer);
    listApi([]);
    const { router } = renderApp('/groups?status=inactive');
    expect(await screen.findByText('Tidak ada kelompok yang cocok dengan filter.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Bentuk kelompok' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
