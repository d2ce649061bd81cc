import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { ApiKey } from '../api/types';
import { expiryFromDate } from './api-key-create';

function makeKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'k1',
    name: 'SIDT-KUMKM sync',
    prefix: 'a1b2c3d4e5f6',
    scopes: ['businesses:read', 'catalog:read'],
    status: 'active',
    createdAt: '2026-02-01T03:00:00Z',
    createdByUserId: 'u1',
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: '2026-02-03T07:30:00Z',
    version: 2,
    ...overrides,
  };
}

const list = (items: ApiKey[]) => json({ items, page: 1, pageSize: 25, totalCount: items.length });

describe('API keys (admin)', () => {
  it('lists name, scopes, created, last used, expiry and status, newest first', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/api-keys': () => list([makeKey(), makeKey({ id: 'k2', name: 'Lama', status: 'revoked', revokedAt: '2026-02-04T01:00:00Z', lastUsedAt: null })]),
    });
    renderApp('/api-keys');
    const row = (await screen.findByText('SIDT-KUMKM sync')).closest('tr')!;
    expect(within(row).getByText('Baca data pelaku usaha')).toBeTruthy();
    expect(within(row).getByText('Baca katalog publik')).toBeTruthy();
    expect(within(row).getByText(/^3 Februari 2026.*14[.:]30 WIB$/)).toBeTruthy();
    expect(within(row).getByText('Tidak kedaluwarsa')).toBeTruthy();
    expect(within(row).getByText('Aktif')).toBeTruthy();
    const revokedRow = screen.getByText('Lama').closest('tr')!;
    expect(within(revokedRow).getByText('Dicabut')).toBeTruthy();
    expect(within(revokedRow).queryByRole('button')).toBeNull();
    expect(new URL(calls[0]!.url).searchParams.get('sort')).toBe('-createdAt');
  });

  it('revokes only after confirmation, with If-Match of the version listed', async () => {
    signInAs();
    let revoked = false;
    const { calls } = mockApi({
      'GET /api/v1/api-keys': () => list([makeKey(revoked ? { status: 'revoked', version: 3 } : {})]),
      'POST /api/v1/api-keys/k1/revoke': () => {
        revoked = true;
        return json(makeKey({ status: 'revoked', version: 3 }));
      },
    });
    renderApp('/api-keys');
    fireEvent.click(await screen.findByRole('button', { name: 'Cabut kunci SIDT-KUMKM sync' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cabut kunci SIDT-KUMKM sync' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, cabut' }));
    expect(await screen.findByText('Kunci SIDT-KUMKM sync telah dicabut.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
    await waitFor(() => expect(screen.getByText('Dicabut', { selector: 'span' })).toBeTruthy());
  });

  it('creates a key with the chosen scopes and expiry, shows it once with a copy button and a warning', async () => {
    signInAs();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let attempt = 0;
    const { calls } = mockApi({
      'POST /api/v1/api-keys': () =>
        ++attempt === 1
          ? problem(400, { errors: { ExpiresAt: ['expiresAt must be in the future.'] } })
          : json({ key: 'mu_a1b2c3d4e5f6_rahasia', apiKey: makeKey() }, { status: 201 }),
      'GET /api/v1/api-keys': () => list([makeKey()]),
    });
    const { router } = renderApp('/api-keys/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Buat kunci' }));
    expect(await screen.findByText('Pilih setidaknya satu cakupan.')).toBeTruthy();
    expect(calls).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Nama kunci'), { target: { value: 'SIDT-KUMKM sync' } });
    fireEvent.click(screen.getByLabelText(/Baca data pribadi/));
    fireEvent.click(screen.getByLabelText(/Baca katalog publik/));
    fireEvent.change(screen.getByLabelText('Berlaku sampai (opsional)'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat kunci' }));
    expect(await screen.findByText('expiresAt must be in the future.')).toBeTruthy();
    expect(await calls[0]!.clone().json()).toEqual({
      name: 'SIDT-KUMKM sync',
      scopes: ['catalog:read', 'personal-data:read'],
      expiresAt: '2020-01-01T23:59:59+07:00',
    });

    fireEvent.change(screen.getByLabelText('Berlaku sampai (opsional)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat kunci' }));
    const input = await screen.findByLabelText<HTMLInputElement>(/Kunci API \(kirim sebagai header X-Api-Key\)/);
    expect(input.value).toBe('mu_a1b2c3d4e5f6_rahasia');
    expect(input.readOnly).toBe(true);
    expect(screen.getByText(/hanya ditampilkan sekali ini/)).toBeTruthy();
    expect(((await calls[1]!.clone().json()) as { expiresAt: string | null }).expiresAt).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Salin kunci' }));
    expect(await screen.findByText('Kunci telah disalin ke papan klip.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('mu_a1b2c3d4e5f6_rahasia');

    fireEvent.click(screen.getByRole('link', { name: 'Selesai, kembali ke daftar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/api-keys'));
    expect(screen.queryByText('mu_a1b2c3d4e5f6_rahasia')).toBeNull();
  });

  it('turns a picked day into the end of that day in WIB', () => {
    expect(expiryFromDate('2026-12-31')).toBe('2026-12-31T23:59:59+07:00');
    expect(expiryFromDate('')).toBeNull();
  });
});
