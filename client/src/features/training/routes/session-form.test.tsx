import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeSession } from '../test-data';

const kecamatan = [{ code: '12.71.01', name: 'Medan Kota' }];
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorOf = (label: string) => {
  const id = screen.getByLabelText(label).getAttribute('aria-describedby')?.split(' ').find((p) => p.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('plan and edit a training session', () => {
  it('sends WIB times with +07:00 and shows the API field errors inline', async () => {
    signInAs();
    let attempt = 0;
    const { calls, } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'POST /api/v1/training-sessions': () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation', errors: { capacity: ['Capacity must be between 1 and 500.'], endsAt: ['A session lasts at most 14 days.'] } })
          : json(makeSession({ id: '40', status: 'planned' }), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/training-sessions/40': () => json(makeSession({ id: '40', status: 'planned' }), { headers: { ETag: '"1"' } }),
      'GET /api/v1/training-sessions/40/registrations': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }),
      'GET /api/v1/training-reports/attendance': () => json({ sessions: [], quarters: [], overall: { confirmed: 0, attended: 0, absent: 0, notRecorded: 0 } }),
    });
    const { router } = renderApp('/training/new');
    await waitFor(() => expect((screen.getByLabelText<HTMLSelectElement>('Kecamatan')).options).toHaveLength(2));
    type('Judul', 'Kemasan Produk Pangan');
    type('Topik', 'packaging');
    type('Pelatih / narasumber', 'Budi Santoso');
    type('Tempat', 'Aula Dinas');
    type('Kecamatan', '12.71.01');
    type('Mulai (WIB)', '2026-11-14T09:00');
    // the end follows the start until it is set
    expect((screen.getByLabelText<HTMLInputElement>('Selesai (WIB)')).value).toBe('2026-11-14T12:00');
    type('Kapasitas (kursi)', '600');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana' }));
    await waitFor(() => expect(errorOf('Kapasitas (kursi)')).toBe('Capacity must be between 1 and 500.'));
    expect(errorOf('Selesai (WIB)')).toBe('A session lasts at most 14 days.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Selesai (WIB)')));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ topic: 'packaging', startsAt: '2026-11-14T09:00:00+07:00', endsAt: '2026-11-14T12:00:00+07:00', capacity: 600, description: null });

    type('Kapasitas (kursi)', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rencana' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/training/40'));
    expect(await screen.findByText('Sesi pelatihan telah direncanakan.')).toBeTruthy();
  });

  it('edits with If-Match, shows a 409 in the API words and offers a reload on 412', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/training-sessions/12': () => json(makeSession({ version: attempt >= 2 ? 5 : 3 }), { headers: { ETag: attempt >= 2 ? '"5"' : '"3"' } }),
      'PUT /api/v1/training-sessions/12': () =>
        ++attempt === 1
          ? problem(409, { title: 'Conflict', detail: 'Capacity 1 is below the 2 confirmed seats.', code: 'capacity_below_confirmed' })
          : problem(412, { title: 'Precondition failed' }),
    });
    renderApp('/training/12/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ubah sesi Pemasaran Digital untuk UMKM Kuliner' })).toBeTruthy();
    expect((screen.getByLabelText<HTMLInputElement>('Mulai (WIB)')).value).toBe('2026-11-14T09:00');
    type('Kapasitas (kursi)', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByText('Capacity 1 is below the 2 confirmed seats.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.headers.get('If-Match')).toBe('"3"');

    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Muat data terbaru' })).toBeNull());
    type('Kapasitas (kursi)', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(3));
    expect(calls.filter((c) => c.method === 'PUT')[2]!.headers.get('If-Match')).toBe('"5"');
  }, 20_000);
});
