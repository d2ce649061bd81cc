import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeAid, makeGroup, makeMember, viewer } from '../test-data';

function detailApi(extra: Record<string, (request: Request) => Response> = {}) {
  return mockApi({
    'GET /api/v1/groups/7': () => json(makeGroup(), { headers: { ETag: '"3"' } }),
    'GET /api/v1/groups/7/members': () =>
      json([makeMember(), makeMember({ businessId: '43', name: 'Batik Deli', nib: '9876543210987', isLeader: false })]),
    'GET /api/v1/aid-distributions': () =>
      json({ items: [makeAid(), makeAid({ id: '13', status: 'planned', totalValueIdr: 5_000_000, handedOverOn: null })], page: 1, pageSize: 100, totalCount: 2 }),
    'GET /api/v1/businesses': () => json({ items: [makeBusiness({ id: '44', name: 'Tenun Ulos Ibu Sari', status: 'inactive' })], page: 1, pageSize: 10, totalCount: 1 }),
    ...extra,
  });
}

async function pick(name: string) {
  fireEvent.change(screen.getByLabelText('Usaha yang bergabung'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Cari usaha' }));
  fireEvent.click(await screen.findByRole('button', { name: `Pilih ${name}` }));
}

describe('group page', () => {
  it('lists the members leader first and the aid distributions with the delivered total', async () => {
    signInAs();
    const { calls } = detailApi();
    renderApp('/groups/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kelompok Kopi Medan Johor' })).toBeTruthy();
    const members = await screen.findByRole('table', { name: 'Anggota kelompok, ketua lebih dahulu' });
    const rows = within(members).getAllByRole('row');
    expect(within(rows[1]!).getByText('Ketua')).toBeTruthy();
    expect(within(rows[2]!).getByRole('link', { name: 'Batik Deli' }).getAttribute('href')).toBe('/businesses/43');
    expect(await screen.findByText(/Nilai bantuan yang sudah diserahkan: Rp.37\.000\.000/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Catat bantuan' }).getAttribute('href')).toBe('/aid/new?groupId=7');
    const aidCall = calls.find((c) => new URL(c.url).pathname === '/api/v1/aid-distributions')!;
    expect(new URL(aidCall.url).searchParams.get('groupId')).toBe('7');
  });

  it('adds a member, and explains the 409s: already a member, inactive business', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = detailApi({
      'POST /api/v1/groups/7/members': () =>
        [
          () => problem(409, { code: 'already_member', detail: 'Business 44 is already a member of group 7.' }),
          () => problem(409, { code: 'business_inactive', detail: 'Business 44 is deactivated.' }),
          () => json(makeMember({ businessId: '44', name: 'Tenun Ulos Ibu Sari', isLeader: false }), { status: 201 }),
        ][attempt++]!(),
    });
    renderApp('/groups/7');
    await screen.findByRole('table', { name: 'Anggota kelompok, ketua lebih dahulu' });
    await pick('Tenun Ulos Ibu Sari');
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan ke kelompok' }));
    expect((await screen.findByText('Usaha ini sudah menjadi anggota kelompok.')).closest('[role="alert"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan ke kelompok' }));
    expect(await screen.findByText(/Usaha ini nonaktif/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan ke kelompok' }));
    expect(await screen.findByText('Tenun Ulos Ibu Sari telah menjadi anggota.')).toBeTruthy();
    const post = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(await post.clone().json()).toEqual({ businessId: '44' });
  });

  it('removes a member, and explains that the leader cannot be removed (409)', async () => {
    signInAs();
    const { calls } = detailApi({
      'DELETE /api/v1/groups/7/members/42': () => problem(409, { code: 'leader_must_be_member', detail: 'Business 42 leads group 7.' }),
      'DELETE /api/v1/groups/7/members/43': () => new Response(null, { status: 204 }),
    });
    renderApp('/groups/7');
    fireEvent.click(await screen.findByRole('button', { name: 'Keluarkan Kopi Sidikalang Jaya' }));
    expect(await screen.findByText(/Ketua tidak dapat dikeluarkan/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keluarkan Batik Deli' }));
    expect(await screen.findByText('Anggota telah dikeluarkan.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => new URL(c.url).pathname)).toEqual([
      '/api/v1/groups/7/members/42',
      '/api/v1/groups/7/members/43',
    ]);
  });

  it('shows a viewer the group without any action', async () => {
    signInAs(viewer);
    detailApi();
    renderApp('/groups/7');
    await screen.findByRole('table', { name: 'Anggota kelompok, ketua lebih dahulu' });
    expect(screen.queryByRole('link', { name: 'Ubah kelompok' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Keluarkan/ })).toBeNull();
    expect(screen.queryByLabelText('Usaha yang bergabung')).toBeNull();
  });

  it('says when the group does not exist', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/groups/99': () => problem(404, { title: 'Not found' }) });
    renderApp('/groups/99');
    expect(await screen.findByText('Kelompok tidak ditemukan.')).toBeTruthy();
  });

  it('keeps the member list when adding fails on the network', async () => {
    signInAs();
    detailApi({ 'POST /api/v1/groups/7/members': () => Promise.reject(new TypeError('offline')) as never });
    renderApp('/groups/7');
    await screen.findByRole('table', { name: 'Anggota kelompok, ketua lebih dahulu' });
    await pick('Tenun Ulos Ibu Sari');
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan ke kelompok' }));
    await waitFor(() => expect(screen.getByText('Tidak dapat terhubung ke server. Periksa koneksi Anda.')).toBeTruthy());
  });
});
