import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Business } from '@/lib/api/types';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';

const kecamatan = [
  { code: '12.71.01', name: 'Medan Kota' },
  { code: '12.71.17', name: 'Medan Baru' },
];

function listApi(items: Business[], totalCount = items.length) {
  return mockApi({
    'GET /api/v1/reference/kecamatan': () => json(kecamatan),
    'GET /api/v1/businesses': (request) => {
      const url = new URL(request.url);
      return json({ items, page: Number(url.searchParams.get('page')), pageSize: 25, totalCount });
    },
  });
}

const lastListQuery = (calls: Request[]) =>
  new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/businesses').at(-1)!.url).searchParams;

describe('business list page', () => {
  it('shows the businesses in a table', async () => {
    signInAs();
    listApi([makeBusiness(), makeBusiness({ id: 'b2', name: 'Batik Deli', nib: '9876543210987', scale: 'small', ekatalogStatus: 'preparing' })], 60);
    renderApp('/businesses');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Kopi Sidikalang Jaya' }).getAttribute('href')).toBe('/businesses/b1');
    expect(within(rows[2]!).getByText('9876543210987')).toBeTruthy();
    expect(within(rows[2]!).getByText('Kecil')).toBeTruthy();
    expect(within(rows[2]!).getByText('Persiapan')).toBeTruthy();
    expect(screen.getByText('Halaman 1 dari 3')).toBeTruthy();
  });

  it('passes URL filters to the API and writes new filters back to the URL', async () => {
    signInAs();
    const { calls } = listApi([makeBusiness()]);
    const { router } = renderApp('/businesses?q=kopi&scale=micro&sort=-nib');
    await screen.findByRole('table');
    expect(Object.fromEntries(lastListQuery(calls))).toEqual({ page: '1', pageSize: '25', sort: '-nib', q: 'kopi', scale: 'micro' });
    expect((screen.getByLabelText<HTMLInputElement>('Cari nama, pemilik atau NIB')).value).toBe('kopi');

    const kecamatanSelect = screen.getByLabelText<HTMLSelectElement>('Kecamatan');
    await waitFor(() => expect(kecamatanSelect.options).toHaveLength(3));
    fireEvent.change(kecamatanSelect, { target: { value: '12.71.17' } });
    await waitFor(() => expect(router.state.location.search).toBe('?q=kopi&kecamatan=12.71.17&scale=micro&sort=-nib'));
    await waitFor(() => expect(lastListQuery(calls).get('kecamatan')).toBe('12.71.17'));

    fireEvent.change(screen.getByLabelText('Cari nama, pemilik atau NIB'), { target: { value: 'batik' } });
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=batik&kecamatan=12.71.17&scale=micro&sort=-nib'));
  });

  it('sorts by clicking a column header and marks it with aria-sort', async () => {
    signInAs();
    listApi([makeBusiness()]);
    const { router } = renderApp('/businesses?page=2');
    await screen.findByRole('table');
    const nameHeader = screen.getByRole('columnheader', { name: /Nama usaha/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(nameHeader).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-name'));
    fireEvent.click(within(screen.getByRole('columnheader', { name: /NIB/ })).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=nib'));
  });

  it('pages through the server results', async () => {
    signInAs();
    const { calls } = listApi([makeBusiness()], 80);
    const { router } = renderApp('/businesses?status=active');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=active&page=2'));
    await waitFor(() => expect(lastListQuery(calls).get('page')).toBe('2'));
  });

  it('shows an empty state with a way to clear the filters', async () => {
    signInAs();
    listApi([]);
    const { router } = renderApp('/businesses?ekatalogStatus=delisted');
    expect(await screen.findByText('Tidak ada pelaku usaha yang cocok dengan filter.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows the error from the API with a retry', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/businesses': () => problem(400, { title: 'pageSize must be between 1 and 100.' }),
    });
    renderApp('/businesses');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('pageSize must be between 1 and 100.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  it('switches the interface to English', async () => {
    signInAs();
    listApi([makeBusiness()]);
    renderApp('/businesses');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { name: 'Fostered businesses' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
