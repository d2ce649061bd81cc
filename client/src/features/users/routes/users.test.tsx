import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { User } from '../api/types';

const officer = { id: 'u2', email: 'officer@medanumkm.go.id', name: 'Petugas', role: 'officer' as const };

function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u7',
    email: 'rahmat@medanumkm.go.id',
    name: 'Rahmat Hidayat',
    role: 'officer',
    isActive: true,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: '2026-01-05T03:00:00Z',
    updatedAt: '2026-01-05T03:00:00Z',
    version: 3,
    ...overrides,
  };
}

const page = (items: User[], totalCount = items.length) => json({ items, page: 1, pageSize: 25, totalCount });
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('users (admin)', () => {
  it('lists accounts with role/active filters and search in the URL, paged by the server', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/users': () => page([makeUser(), makeUser({ id: 'u8', name: 'Dewi', isActive: false })], 40),
    });
    const { router } = renderApp('/users?role=officer');
    expect(await screen.findByRole('link', { name: 'Rahmat Hidayat' })).toBeTruthy();
    expect(screen.getByText('Dinonaktifkan', { selector: 'span' })).toBeTruthy();
    expect(screen.getByText('Jumlah: 40 akun')).toBeTruthy();
    const first = new URL(calls[0]!.url);
    expect(first.searchParams.get('role')).toBe('officer');
    expect(first.searchParams.get('pageSize')).toBe('25');

    fireEvent.change(field('Status akun'), { target: { value: 'false' } });
    await waitFor(() => expect(router.state.location.search).toBe('?role=officer&active=false'));
    fireEvent.change(field('Cari nama atau e-mail'), { target: { value: 'dewi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=dewi&role=officer&active=false'));
    fireEvent.click(await screen.findByRole('button', { name: 'Berikutnya' }));
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('page')).toBe('2'));
    const last = new URL(calls.at(-1)!.url).searchParams;
    expect([last.get('q'), last.get('active'), last.get('role')]).toEqual(['dewi', 'false', 'officer']);
  });

  it('shows the password policy error of the API under the field and a taken e-mail (409) under the e-mail', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'POST /api/v1/users': () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation', errors: { Password: ['Password needs at least 10 characters with letters and digits.'] } })
          : attempt === 2
            ? problem(409, { title: 'Conflict', detail: 'The e-mail rahmat@medanumkm.go.id is already used.' })
            : json(makeUser(), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/users/u7': () => json(makeUser(), { headers: { ETag: '"1"' } }),
    });
    const { router } = renderApp('/users/new');
    fireEvent.change(await screen.findByLabelText('E-mail'), { target: { value: 'rahmat@medanumkm.go.id' } });
    fireEvent.change(field('Nama'), { target: { value: 'Rahmat Hidayat' } });
    fireEvent.change(field('Peran'), { target: { value: 'viewer' } });
    fireEvent.change(field('Kata sandi awal'), { target: { value: 'pendek' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    await waitFor(() => expect(errorOf(field('Kata sandi awal'))).toBe('Password needs at least 10 characters with letters and digits.'));
    expect(await calls[0]!.clone().json()).toEqual({ email: 'rahmat@medanumkm.go.id', name: 'Rahmat Hidayat', role: 'viewer', password: 'pendek' });

    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    await waitFor(() => expect(errorOf(field('E-mail'))).toBe('The e-mail rahmat@medanumkm.go.id is already used.'));

    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/u7'));
    expect(await screen.findByText('Akun telah dibuat.')).toBeTruthy();
  });

  it('changes the role with If-Match and shows a 409 (last admin / yourself) from the API', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/users/u7': () => json(makeUser(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/users/u7/role': () =>
        ++attempt === 1
          ? problem(409, { title: 'Conflict', detail: 'You cannot change your own role.' })
          : json(makeUser({ role: 'viewer', version: 4 }), { headers: { ETag: '"4"' } }),
    });
    renderApp('/users/u7');
    fireEvent.change(await screen.findByLabelText('Peran baru'), { target: { value: 'viewer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan peran' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You cannot change your own role.');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toEqual({ role: 'viewer' });

    fireEvent.click(screen.getByRole('button', { name: 'Simpan peran' }));
    expect(await screen.findByText('Peran telah diubah. Pengguna perlu masuk kembali.')).toBeTruthy();
    expect(screen.getAllByText('Pemantau').length).toBeGreaterThan(0);
  });

  it('disables after a confirmation, offers a reload on 412, and enables again', async () => {
    signInAs();
    let version = 3;
    let disableAttempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/users/u7': () => json(makeUser({ version, isActive: version < 5 }), { headers: { ETag: `"${version}"` } }),
      'POST /api/v1/users/u7/disable': () => {
        if (++disableAttempt === 1) {
          version = 4;
          return problem(412, { title: 'Precondition failed' });
        }
        version = 5;
        return json(makeUser({ isActive: false, version: 5 }), { headers: { ETag: '"5"' } });
      },
      'POST /api/v1/users/u7/enable': () => json(makeUser({ isActive: true, version: 6 }), { headers: { ETag: '"6"' } }),
    });
    renderApp('/users/u7');
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan akun' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText(/baru saja diubah oleh orang lain/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(screen.queryByText(/baru saja diubah/)).toBeNull());
    await waitFor(() => expect(screen.getByText('4')).toBeTruthy()); // the version read afresh
    fireEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText('Akun telah dinonaktifkan.')).toBeTruthy();
    const disables = calls.filter((c) => c.url.endsWith('/disable'));
    expect(disables.map((c) => c.headers.get('If-Match'))).toEqual(['"3"', '"4"']);

    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan kembali' }));
    expect(await screen.findByText('Akun telah diaktifkan kembali.')).toBeTruthy();
    expect(calls.find((c) => c.url.endsWith('/enable'))!.headers.get('If-Match')).toBe('"5"');
  });

  it('resets a password with If-Match and shows the policy error inline', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/users/u7': () => json(makeUser(), { headers: { ETag: '"3"' } }),
      'POST /api/v1/users/u7/reset-password': () =>
        ++attempt === 1
          ? problem(400, { errors: { NewPassword: ['Use at least one digit.'] } })
          : json(makeUser({ version: 4 }), { headers: { ETag: '"4"' } }),
    });
    renderApp('/users/u7');
    fireEvent.change(await screen.findByLabelText('Kata sandi baru'), { target: { value: 'tanpaangkasama' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi baru' }));
    await waitFor(() => expect(errorOf(field('Kata sandi baru'))).toBe('Use at least one digit.'));
    fireEvent.change(field('Kata sandi baru'), { target: { value: 'Sementara2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi baru' }));
    expect(await screen.findByText(/Kata sandi telah diatur ulang/)).toBeTruthy();
    const last = calls.filter((c) => c.url.endsWith('/reset-password')).at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"3"');
    expect(await last.clone().json()).toEqual({ newPassword: 'Sementara2026' });
  });

  it('hides the admin screens and their nav from an officer', async () => {
    signInAs(officer);
    mockApi({ 'GET /api/v1/users': () => page([]) });
    renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Tidak ada akses' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(nav.textContent).not.toContain('Pengguna');
    expect(nav.textContent).not.toContain('Kunci API');
    expect(nav.textContent).not.toContain('Jejak audit');
    expect(nav.textContent).not.toContain('Admin');
    // their own account is beside their name in the header
    expect(screen.getByRole('link', { name: 'Ganti kata sandi' }).getAttribute('href')).toBe('/account/password');
  });
});

describe('change my password', () => {
  it('checks the repeat, shows a wrong current password inline, then keeps the session with the fresh token', async () => {
    signInAs(officer);
    let attempt = 0;
    const { calls } = mockApi({
      'POST /api/v1/auth/change-password': () =>
        ++attempt === 1
          ? problem(400, { errors: { currentPassword: ['The current password is wrong.'] } })
          : json({ accessToken: 'fresh-token', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: officer }),
    });
    renderApp('/account/password');
    fireEvent.change(await screen.findByLabelText('Kata sandi saat ini'), { target: { value: 'salah' } });
    fireEvent.change(field('Kata sandi baru'), { target: { value: 'Baru2026medan' } });
    fireEvent.change(field('Ulangi kata sandi baru'), { target: { value: 'Baru2026meda' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(() => expect(errorOf(field('Ulangi kata sandi baru'))).toBe('Kedua kata sandi baru tidak sama.'));
    expect(calls).toHaveLength(0);

    fireEvent.change(field('Ulangi kata sandi baru'), { target: { value: 'Baru2026medan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(() => expect(errorOf(field('Kata sandi saat ini'))).toBe('The current password is wrong.'));

    fireEvent.change(field('Kata sandi saat ini'), { target: { value: 'Officer#12345' } });
    fireEvent.change(field('Kata sandi baru'), { target: { value: 'Baru2026medan' } });
    fireEvent.change(field('Ulangi kata sandi baru'), { target: { value: 'Baru2026medan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    expect(await screen.findByText('Kata sandi telah diganti.')).toBeTruthy();
    expect(sessionStore.getToken()).toBe('fresh-token');
    expect(calls[1]!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(await calls[1]!.clone().json()).toEqual({ currentPassword: 'Officer#12345', newPassword: 'Baru2026medan' });
  });
});
