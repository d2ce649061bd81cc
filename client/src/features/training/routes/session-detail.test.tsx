import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeRegistration, makeSession, page } from '../test-data';

const officer = { id: 'u2', email: 'officer@medanumkm.go.id', name: 'Petugas', role: 'officer' as const };
const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };
const emptyReport = { sessions: [], quarters: [], overall: { confirmed: 0, attended: 0, absent: 0, notRecorded: 0, attendanceRate: null } };

function sessionApi(session = makeSession(), extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
  return mockApi({
    'GET /api/v1/training-sessions/12': () => json(session, { headers: { ETag: `"${session.version}"` } }),
    'GET /api/v1/training-sessions/12/registrations': () => json(page([makeRegistration()])),
    'GET /api/v1/training-reports/attendance': () => json(emptyReport),
    ...extra,
  });
}

describe('training session page', () => {
  it('offers only the allowed status moves and sends If-Match with the ETag read', async () => {
    signInAs(officer);
    const planned = makeSession({ status: 'planned', confirmedCount: 0, seatsLeft: 2, startsAt: '2099-01-01T09:00:00+07:00', endsAt: '2099-01-01T12:00:00+07:00' });
    const { calls } = sessionApi(planned, {
      'POST /api/v1/training-sessions/12/status': () => json({ ...planned, status: 'open', version: 4 }, { headers: { ETag: '"4"' } }),
    });
    renderApp('/training/12');
    await screen.findByRole('heading', { level: 1, name: /Pemasaran Digital/ });
    expect(screen.getByRole('button', { name: 'Buka pendaftaran' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Batalkan sesi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai selesai' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Isi daftar hadir' })).toBeNull();
    expect(screen.getByText('Buka pendaftaran terlebih dahulu untuk mendaftarkan pelaku usaha.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Buka pendaftaran' }));
    await screen.findByText('Status sesi telah diubah.');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.clone().json()).toEqual({ to: 'open' });
    // now open but not started: completing waits
    expect(await screen.findByRole('button', { name: 'Tandai selesai' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Sesi dapat ditandai selesai setelah dimulai.')).toBeTruthy();
  });

  it('offers a reload when the status change meets a 412', async () => {
    signInAs(officer);
    sessionApi(makeSession(), {
      'POST /api/v1/training-sessions/12/status': () => problem(412, { title: 'Precondition failed' }),
    });
    renderApp('/training/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan sesi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan sesi' }));
    expect(await screen.findByText(/baru saja diubah oleh orang lain/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  it('shows a viewer the session and participants without any action', async () => {
    signInAs(viewer);
    sessionApi(makeSession({ status: 'completed', startsAt: '2026-01-14T09:00:00+07:00', endsAt: '2026-01-14T12:00:00+07:00' }));
    renderApp('/training/12');
    const table = await screen.findByRole('table', { name: 'Pendaftaran pelaku usaha untuk sesi ini' });
    expect(within(table).getByRole('link', { name: 'Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Batalkan pendaftaran/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ubah sesi' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Isi daftar hadir' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Daftarkan pelaku usaha' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Unduh CSV' })).toBeTruthy();
  });

  it('registers a searched business: full (409), duplicate (409), then waitlisted', async () => {
    signInAs(officer);
    let attempt = 0;
    const { calls } = sessionApi(makeSession(), {
      'GET /api/v1/businesses': () => json({ items: [makeBusiness({ id: 'b7', name: 'Keripik Ubi Bu Sri' })], page: 1, pageSize: 10, totalCount: 1 }),
      'POST /api/v1/training-sessions/12/registrations': () => {
        attempt += 1;
        if (attempt === 1) return problem(409, { title: 'Session full', detail: 'Training session 12 is full (2 seats).', code: 'session_full' });
        if (attempt === 2) return problem(409, { title: 'Conflict', detail: 'Business 7 is already registered.', code: 'already_registered' });
        return json(makeRegistration({ id: '305', businessId: 'b7', businessName: 'Keripik Ubi Bu Sri', status: 'waitlisted', waitlistPosition: 2 }), { status: 201 });
      },
    });
    renderApp('/training/12');
    fireEvent.change(await screen.findByLabelText('Cari pelaku usaha (nama)'), { target: { value: 'keripik' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    const register = await screen.findByRole('button', { name: 'Daftarkan Keripik Ubi Bu Sri' });
    const search = new URL(calls.find((c) => c.url.includes('/api/v1/businesses'))!.url);
    expect(search.searchParams.get('q')).toBe('keripik');
    expect(search.searchParams.get('status')).toBe('active');

    fireEvent.click(register);
    expect(await screen.findByText(/Sesi sudah penuh \(2 kursi\)/)).toBeTruthy();
    fireEvent.click(register);
    expect(await screen.findByText('Keripik Ubi Bu Sri sudah terdaftar di sesi ini.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Masukkan ke daftar tunggu bila sesi penuh'));
    fireEvent.click(register);
    expect(await screen.findByText('Sesi penuh: Keripik Ubi Bu Sri masuk daftar tunggu nomor 2.')).toBeTruthy();
    const bodies = await Promise.all(calls.filter((c) => c.method === 'POST').map((c) => c.clone().json()));
    expect(bodies[0]).toEqual({ businessId: 'b7', waitlistIfFull: false, note: null });
    expect(bodies[2]).toEqual({ businessId: 'b7', waitlistIfFull: true, note: null });
  }, 20_000);

  it('marks the searched businesses already registered or waitlisted, offering "Daftarkan" only to the others', async () => {
    signInAs(officer);
    sessionApi(makeSession(), {
      'GET /api/v1/training-sessions/12/registrations': (request) => {
        const status = new URL(request.url).searchParams.get('status');
        if (status === 'confirmed') return json(page([makeRegistration({ businessId: 'b7', businessName: 'Keripik Ubi Bu Sri' })]));
        if (status === 'waitlisted')
          return json(page([makeRegistration({ id: '302', businessId: 'b8', businessName: 'Ulos Tenun Nauli', status: 'waitlisted', waitlistPosition: 1 })]));
        return json(page([]));
      },
      'GET /api/v1/businesses': () =>
        json({
          items: [
            makeBusiness({ id: 'b7', name: 'Keripik Ubi Bu Sri' }),
            makeBusiness({ id: 'b8', name: 'Ulos Tenun Nauli' }),
            makeBusiness({ id: 'b9', name: 'Kopi Sidikalang Jaya' }),
          ],
          page: 1,
          pageSize: 10,
          totalCount: 3,
        }),
    });
    renderApp('/training/12');
    fireEvent.change(await screen.findByLabelText('Cari pelaku usaha (nama)'), { target: { value: 'a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));

    const results = await screen.findByRole('list', { name: 'Hasil pencarian' });
    expect(await within(results).findByRole('button', { name: 'Daftarkan Kopi Sidikalang Jaya' })).toBeTruthy();
    const row = (name: string) => within(results).getByText(name).closest('li')!;
    expect(within(row('Keripik Ubi Bu Sri')).queryByRole('button')).toBeNull();
    expect(row('Keripik Ubi Bu Sri').textContent).toContain('Sudah terdaftar');
    expect(within(row('Ulos Tenun Nauli')).queryByRole('button')).toBeNull();
    expect(row('Ulos Tenun Nauli').textContent).toContain('Sudah di daftar tunggu');
  });

  it('cancels a registration with its own If-Match and shows a waitlist position', async () => {
    signInAs(officer);
    const { calls } = mockApi({
      'GET /api/v1/training-sessions/12': () => json(makeSession(), { headers: { ETag: '"3"' } }),
      'GET /api/v1/training-reports/attendance': () => json(emptyReport),
      'GET /api/v1/training-sessions/12/registrations': () =>
        json(page([makeRegistration(), makeRegistration({ id: '302', businessName: 'Ulos Tenun Nauli', status: 'waitlisted', waitlistPosition: 1, version: 1 })])),
      'DELETE /api/v1/training-sessions/12/registrations/301': () => json(makeRegistration({ status: 'cancelled', version: 5 })),
    });
    renderApp('/training/12');
    expect(await screen.findByText('Urutan 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Batalkan pendaftaran Kopi Sidikalang Jaya' }));
    expect(await screen.findByText('Pendaftaran Kopi Sidikalang Jaya telah dibatalkan.')).toBeTruthy();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(del.headers.get('If-Match')).toBe('"4"');
    // the filter asks the server for one status
    fireEvent.click(screen.getByRole('button', { name: 'Daftar tunggu' }));
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('status') === 'waitlisted')).toBe(true));
  });

  it('shows the attendance rate the API computes for a started session', async () => {
    signInAs(officer);
    const started = makeSession({ startsAt: '2026-01-14T09:00:00+07:00', endsAt: '2026-01-14T12:00:00+07:00' });
    const { calls } = sessionApi(started, {
      'GET /api/v1/training-reports/attendance': () =>
        json({
          ...emptyReport,
          sessions: [
            { sessionId: '12', title: started.title, topic: started.topic, quarter: '2026-Q1', startsAt: started.startsAt, status: 'open', capacity: 2, counts: { confirmed: 2, attended: 1, absent: 1, notRecorded: 0, attendanceRate: 0.5 } },
          ],
        }),
    });
    renderApp('/training/12');
    expect(await screen.findByText('Tingkat kehadiran 50%')).toBeTruthy();
    const report = new URL(calls.find((c) => c.url.includes('training-reports'))!.url);
    expect(report.searchParams.get('from')).toBe('2026-01-14');
    expect(report.searchParams.get('to')).toBe('2026-01-14');
    expect(screen.getByRole('link', { name: 'Isi daftar hadir' }).getAttribute('href')).toBe('/training/12/attendance');
  });
});
