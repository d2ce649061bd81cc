import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { exportRegistrations, fileNameFrom } from '../api/export-registrations';
import { makeRegistration, makeSession, page } from '../test-data';

const started = makeSession({ startsAt: '2026-01-14T09:00:00+07:00', endsAt: '2026-01-14T12:00:00+07:00', confirmedCount: 2 });
const confirmed = [
  makeRegistration(),
  makeRegistration({ id: '302', businessId: 'b2', businessName: 'Ulos Tenun Nauli', ownerName: 'Rina', attended: false }),
];

describe('attendance checklist', () => {
  it('saves attended/absent and notes in one PUT and shows the attendance rate', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/training-sessions/12': () => json(started, { headers: { ETag: '"3"' } }),
      'GET /api/v1/training-sessions/12/registrations': () => json(page(confirmed)),
      'PUT /api/v1/training-sessions/12/attendance': () => json({ sessionId: '12', recorded: 2, attended: 1, absent: 1, notRecorded: 0 }),
    });
    renderApp('/training/12/attendance');
    const kopi = await screen.findByRole('group', { name: /Kopi Sidikalang Jaya/ });
    // the earlier record of the second row is kept
    expect((within(screen.getByRole('group', { name: /Ulos Tenun Nauli/ })).getByLabelText<HTMLInputElement>('Tidak hadir')).checked).toBe(true);
    expect(screen.getByText('1 dari 2 peserta sudah ditandai.')).toBeTruthy();
    fireEvent.click(within(kopi).getByLabelText('Hadir'));
    fireEvent.change(within(kopi).getByLabelText('Catatan hasil untuk Kopi Sidikalang Jaya (opsional)'), { target: { value: ' Sudah jualan online ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan daftar hadir' }));
    expect(await screen.findByText('Tersimpan: 1 hadir, 1 tidak hadir, 0 belum dicatat.')).toBeTruthy();
    expect(screen.getByText('Tingkat kehadiran 50%')).toBeTruthy();
    const list = new URL(calls.find((c) => c.url.includes('/registrations'))!.url);
    expect(list.searchParams.get('status')).toBe('confirmed');
    expect(await calls.find((c) => c.method === 'PUT')!.clone().json()).toEqual([
      { registrationId: '301', attended: true, outcomeNote: 'Sudah jualan online' },
      { registrationId: '302', attended: false, outcomeNote: null },
    ]);
  });

  it('explains a session that has not started and offers no save', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/training-sessions/12': () => json(makeSession({ startsAt: '2099-01-01T09:00:00+07:00', endsAt: '2099-01-01T12:00:00+07:00' }), { headers: { ETag: '"3"' } }),
      'GET /api/v1/training-sessions/12/registrations': () => json(page(confirmed)),
    });
    renderApp('/training/12/attendance');
    expect(await screen.findByText(/Sesi belum dimulai/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan daftar hadir' })).toHaveProperty('disabled', true);
  });

  it('maps a row error of the API to that row', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/training-sessions/12': () => json(started, { headers: { ETag: '"3"' } }),
      'GET /api/v1/training-sessions/12/registrations': () => json(page(confirmed)),
      'PUT /api/v1/training-sessions/12/attendance': () =>
        problem(400, { errors: { 'items[0].registrationId': ['Registration 302 is cancelled; attendance is recorded for confirmed seats only.'] } }),
    });
    renderApp('/training/12/attendance');
    await screen.findByRole('group', { name: /Ulos Tenun Nauli/ });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan daftar hadir' }));
    const row = screen.getByRole('group', { name: /Ulos Tenun Nauli/ });
    await waitFor(() => expect(within(row).getByText(/Registration 302 is cancelled/)).toBeTruthy());
  });
});

describe('attendance download', () => {
  it('fetches the file with the bearer token and takes the name the API gives', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/training-sessions/12/registrations/export': () =>
        new Response('\ufeffNama usaha;NIB\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': "attachment; filename=peserta.csv; filename*=UTF-8''peserta-pelatihan-12-2026-01-14.csv" },
        }),
    });
    const file = await exportRegistrations('12', 'csv');
    expect(file.fileName).toBe('peserta-pelatihan-12-2026-01-14.csv');
    expect(await file.blob.text()).toContain('Nama usaha');
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(new URL(calls[0]!.url).searchParams.get('format')).toBe('csv');
    expect(fileNameFrom('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
  });
});
