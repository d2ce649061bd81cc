import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { kecamatan, makeGroup, makeMember, viewer } from '../test-data';

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('group create form', () => {
  it('picks the leader by search, sends the group and opens it; a deactivated leader (409) shows on the leader field', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/businesses': () => json({ items: [makeBusiness({ id: '42', name: 'Kopi Sidikalang Jaya' })], page: 1, pageSize: 10, totalCount: 1 }),
      'POST /api/v1/groups': () =>
        ++attempt === 1
          ? problem(409, { code: 'business_inactive', detail: 'Business 42 is deactivated (no longer fostered).' })
          : json(makeGroup(), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/groups/7': () => json(makeGroup(), { headers: { ETag: '"1"' } }),
      'GET /api/v1/groups/7/members': () => json([makeMember()]),
      'GET /api/v1/aid-distributions': () => json({ items: [], page: 1, pageSize: 100, totalCount: 0 }),
    });
    const { router } = renderApp('/groups/new');
    await screen.findByRole('heading', { name: 'Bentuk kelompok baru' });
    fireEvent.change(field('Nama kelompok'), { target: { value: 'Kelompok Kopi Medan Johor' } });
    fireEvent.change(field('Jenis kelompok'), { target: { value: 'sector_cluster' } });
    await waitFor(() => expect((field('Kecamatan') as unknown as HTMLSelectElement).options).toHaveLength(3));
    fireEvent.change(field('Kecamatan'), { target: { value: '12.71.11' } });
    fireEvent.change(field('Tanggal dibentuk'), { target: { value: '2023-05-02' } });
    fireEvent.change(field('Usaha ketua kelompok'), { target: { value: 'kopi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari usaha' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pilih Kopi Sidikalang Jaya' }));
    expect(screen.getByText('Dipilih: Kopi Sidikalang Jaya')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Bentuk kelompok' }));
    await waitFor(() => expect(errorOf(screen.getByRole('button', { name: 'Ganti' }))).toBe('Business 42 is deactivated (no longer fostered).'));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toEqual({ name: 'Kelompok Kopi Medan Johor', kind: 'sector_cluster', kecamatanCode: '12.71.11', leaderBusinessId: '42', formedOn: '2023-05-02', status: 'active' });

    fireEvent.click(screen.getByRole('button', { name: 'Bentuk kelompok' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/groups/7'));
    expect(await screen.findByText('Kelompok telah dibentuk.')).toBeTruthy();
  });

  it('checks required fields before sending', async () => {
    signInAs();
    const { calls } = mockApi({ 'GET /api/v1/reference/kecamatan': () => json(kecamatan) });
    renderApp('/groups/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Bentuk kelompok' }));
    await waitFor(() => expect(errorOf(field('Nama kelompok'))).toBe('Wajib diisi.'));
    expect(document.activeElement).toBe(field('Nama kelompok'));
    expect(errorOf(field('Usaha ketua kelompok'))).toBe('Wajib diisi.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('is not offered to a viewer', async () => {
    signInAs(viewer);
    mockApi({ 'GET /api/v1/reference/kecamatan': () => json(kecamatan) });
    renderApp('/groups/new');
    expect(await screen.findByRole('heading', { name: 'Tidak ada akses' })).toBeTruthy();
  });
});

describe('group edit form', () => {
  it('sends If-Match, shows API field errors inline, and offers a reload on 412', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/groups/7': () => json(makeGroup(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/groups/7': () =>
        ++attempt === 1
          ? problem(400, { title: 'One or more validation errors occurred.', errors: { FormedOn: ['The group cannot be formed in the future.'] } })
          : problem(412, { title: 'Precondition failed', detail: 'Group 7 was changed by someone else.' }),
    });
    renderApp('/groups/7/edit');
    await screen.findByRole('heading', { name: 'Ubah kelompok Kelompok Kopi Medan Johor' });
    expect(field('Nama kelompok').value).toBe('Kelompok Kopi Medan Johor');
    expect(screen.getByText('Dipilih: Kopi Sidikalang Jaya')).toBeTruthy();
    fireEvent.change(field('Status'), { target: { value: 'inactive' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(errorOf(field('Tanggal dibentuk'))).toBe('The group cannot be formed in the future.'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(((await put.clone().json()) as { status: string }).status).toBe('inactive');

    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByText(/telah diubah orang lain/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(screen.queryByText(/telah diubah orang lain/)).toBeNull());
  });
});
