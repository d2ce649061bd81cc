import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeAid, makeGroup } from '../test-data';

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('aid create form', () => {
  it('goes to the group it came from, computes totals from the items and sends them', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/groups/7': () => json(makeGroup()),
      'POST /api/v1/aid-distributions': () =>
        ++attempt === 1
          ? problem(400, { title: 'One or more validation errors occurred.', errors: { 'Items[1].UnitValueIdr': ['Unit value must be at most Rp 1.000.000.000.'] } })
          : json(makeAid(), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }),
    });
    const { router } = renderApp('/aid/new?groupId=7');
    expect(await screen.findByText('Kelompok Kopi Medan Johor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ganti kelompok' })).toBeNull(); // the group is fixed
    type('Program / sumber anggaran', 'APBD Kota Medan');
    type('Nama barang baris 1', 'Mesin sangrai kopi 5 kg');
    type('Jumlah baris 1', '2');
    type('Nilai satuan baris 1', '18500000');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah barang' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Nama barang baris 2')));
    type('Nama barang baris 2', 'Timbangan digital');
    type('Jumlah baris 2', '3');
    type('Satuan baris 2', 'set');
    type('Nilai satuan baris 2', 'Rp 1.250.000');
    expect(field('Nilai satuan baris 1').value).toBe('18.500.000');
    expect(screen.getByLabelText('Nilai total baris 1').textContent).toMatch(/Rp.37\.000\.000/);
    expect(screen.getByTestId('aid-grand-total').textContent).toMatch(/Rp.40\.750\.000/);

    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana bantuan' }));
    await waitFor(() => expect(errorOf(field('Nilai satuan baris 2'))).toBe('Unit value must be at most Rp 1.000.000.000.'));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toEqual({
      groupId: '7',
      programme: 'APBD Kota Medan',
      budgetYear: new Date().getFullYear(),
      handedOverOn: null,
      handoverDocumentNumber: null,
      notes: null,
      items: [
        { name: 'Mesin sangrai kopi 5 kg', quantity: 2, unit: 'unit', unitValueIdr: 18_500_000 },
        { name: 'Timbangan digital', quantity: 3, unit: 'set', unitValueIdr: 1_250_000 },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana bantuan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/aid/12'));
  });

  it('requires a group found by search, and shows an inactive group (409) on it', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/groups': () => json({ items: [makeGroup()], page: 1, pageSize: 10, totalCount: 1 }),
      'POST /api/v1/aid-distributions': () => problem(409, { code: 'group_inactive', detail: 'Group 7 is inactive; aid can only be planned for an active group.' }),
    });
    renderApp('/aid/new');
    await screen.findByRole('heading', { name: 'Catat bantuan peralatan' });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana bantuan' }));
    await waitFor(() => expect(errorOf(field('Kelompok penerima'))).toBe('Wajib diisi.'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    type('Kelompok penerima', 'kopi');
    fireEvent.click(screen.getByRole('button', { name: 'Cari kelompok' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pilih Kelompok Kopi Medan Johor' }));
    const search = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/groups')!.url).searchParams;
    expect(search.get('status')).toBe('active');
    type('Program / sumber anggaran', 'DAK');
    type('Nama barang baris 1', 'Tenda');
    type('Nilai satuan baris 1', '2300000');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana bantuan' }));
    await waitFor(() => expect(errorOf(screen.getByRole('button', { name: 'Ganti kelompok' }))).toMatch(/inactive/));
  });
});

describe('aid edit form', () => {
  it('edits planned aid with If-Match and refuses delivered aid', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }),
      'PUT /api/v1/aid-distributions/12': () => json(makeAid({ version: 2 }), { headers: { ETag: '"2"' } }),
      'GET /api/v1/aid-distributions/13': () => json(makeAid({ id: '13', status: 'delivered' }), { headers: { ETag: '"4"' } }),
    });
    const { router, unmount } = renderApp('/aid/12/edit');
    expect(await screen.findByRole('heading', { name: 'Ubah rencana bantuan' })).toBeTruthy();
    expect(field('Nama barang baris 2').value).toBe('Timbangan digital');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus baris 2' }));
    expect(screen.getByTestId('aid-grand-total').textContent).toMatch(/Rp.37\.000\.000/);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/aid/12'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(((await put.clone().json()) as { items: unknown[] }).items).toHaveLength(1);
    unmount();

    renderApp('/aid/13/edit');
    expect(await screen.findByText('Bantuan yang sudah diserahkan atau dibatalkan tidak dapat diubah lagi.')).toBeTruthy();
  });
});
