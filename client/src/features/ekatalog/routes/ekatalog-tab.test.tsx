import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { Readiness } from '../api/types';

const officer = { id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' as const };

function readiness(missing: string[] = ['kswp']): Readiness {
  const codes = ['nib', 'npwp', 'business_active', 'kbli', 'kswp', 'product', 'halal', 'pirt_bpom'];
  return {
    businessId: 'b1',
    businessName: 'Kopi Sidikalang Jaya',
    ekatalogStatus: 'preparing',
    isReady: missing.length === 0,
    missing,
    expiring: ['halal'],
    computedAt: '2026-11-27T03:00:00Z',
    asOf: '2026-11-27',
    requirements: codes.map((code) => ({
      code,
      title: code,
      status: missing.includes(code) ? 'missing' : code === 'halal' ? 'expiring' : 'met',
      reason: missing.includes(code) ? `Reason for ${code}.` : 'Fine.',
      expiresOn: code === 'halal' ? '2026-12-20' : null,
      reasonCode: missing.includes(code) ? `${code}_missing` : `${code}_met`,
      reasonParams: {},
      level: 'required' as const,
    })),
  };
}

function api(status: 'preparing' | 'submitted' | 'listed', extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
  return mockApi({
    'GET /api/v1/businesses/b1': () => json(makeBusiness({ ekatalogStatus: status, version: 5 }), { headers: { ETag: '"5"' } }),
    'GET /api/v1/businesses/b1/ekatalog-readiness': () => json({ ...readiness(), ekatalogStatus: status }),
    'GET /api/v1/businesses/b1/ekatalog-transitions': () =>
      json([{ id: 't1', businessId: 'b1', from: 'not_started', to: 'preparing', occurredAt: '2026-01-05T03:00:00Z', actorType: 'user', actorName: 'Petugas Dinas', businessVersion: 2 }]),
    'GET /api/v1/businesses/b1/tax-status': () => json([]),
    ...extra,
  });
}

describe('e-katalog readiness tab', () => {
  it('shows each requirement with its reason and what to do next, linking to where it is fixed', async () => {
    signInAs(officer);
    mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness({ ekatalogStatus: 'preparing' }), { headers: { ETag: '"2"' } }),
      'GET /api/v1/businesses/b1/ekatalog-readiness': () => json(readiness(['npwp', 'product'])),
      'GET /api/v1/businesses/b1/ekatalog-transitions': () => json([]),
      'GET /api/v1/businesses/b1/tax-status': () => json([]),
    });
    renderApp('/businesses/b1?tab=ekatalog');
    expect(await screen.findByText('Belum siap: kurang 2 persyaratan.')).toBeTruthy();
    const npwp = screen.getByRole('heading', { name: 'NPWP tercatat' }).closest('li')!;
    expect(within(npwp).getByText('Kurang')).toBeTruthy();
    expect(within(npwp).getByText('Reason for npwp.')).toBeTruthy();
    expect(within(npwp).getByRole('link', { name: 'Ubah data usaha' }).getAttribute('href')).toBe('/businesses/b1/edit');
    const product = screen.getByRole('heading', { name: 'Produk lengkap (harga, foto, deskripsi)' }).closest('li')!;
    expect(within(product).getByRole('link', { name: 'Buka tab Produk' }).getAttribute('href')).toBe('/businesses/b1?tab=products');
    const halal = screen.getByRole('heading', { name: 'Sertifikat halal produk pangan' }).closest('li')!;
    expect(within(halal).getByText('Segera habis')).toBeTruthy();
    expect(within(halal).getByText('Berlaku sampai 20 Desember 2026.')).toBeTruthy();
    expect(screen.getByText('Belum ada riwayat.')).toBeTruthy();
  });

  it('records a KSWP check from the next step of the missing item', async () => {
    signInAs(officer);
    const { calls } = api('preparing', {
      'POST /api/v1/businesses/b1/tax-status': () =>
        json({ id: 'k1', businessId: 'b1', status: 'valid', checkedOn: '2026-11-26', recordedAt: '2026-11-27T03:00:00Z' }, { status: 201 }),
    });
    renderApp('/businesses/b1?tab=ekatalog');
    fireEvent.click(await screen.findByRole('button', { name: 'Catat cek KSWP' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Status wajib pajak (KSWP)' }));
    fireEvent.change(screen.getByLabelText('Tanggal cek'), { target: { value: '2026-11-26' } });
    fireEvent.change(screen.getByLabelText('Nomor referensi'), { target: { value: 'S-1/KSWP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Catat hasil cek KSWP' }));
    expect(await screen.findByText('Hasil cek KSWP telah dicatat; kesiapan dihitung ulang.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ status: 'valid', checkedOn: '2026-11-26', reference: 'S-1/KSWP' });
  });

  it('offers only the allowed steps and shows the 409 naming what is missing on submit', async () => {
    signInAs(officer);
    const { calls } = api('preparing', {
      'POST /api/v1/businesses/b1/ekatalog-transitions': () =>
        problem(409, { title: 'Not ready for the e-katalog', detail: 'missing: kswp. No KSWP is recorded.', missing: ['kswp'] }),
    });
    renderApp('/businesses/b1?tab=ekatalog');
    const group = await screen.findByRole('group', { name: 'Langkah e-katalog' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ajukan ke e-katalog', 'Hentikan persiapan']);
    fireEvent.click(within(group).getByRole('button', { name: 'Ajukan ke e-katalog' }));
    const alert = await screen.findByText('Belum dapat diajukan. Yang masih kurang:');
    const box = alert.closest('[role="alert"]')!;
    expect(within(box as HTMLElement).getByText('Konfirmasi status wajib pajak (KSWP)')).toBeTruthy();
    expect(within(box as HTMLElement).getByText('missing: kswp. No KSWP is recorded.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"5"');
    expect(await post.clone().json()).toEqual({ to: 'submitted', reason: null });
  });

  it('asks for a reason before rejecting, then offers the steps from the new status', async () => {
    signInAs(officer);
    const { calls } = api('submitted', {
      'POST /api/v1/businesses/b1/ekatalog-transitions': () =>
        json(
          { id: 't2', businessId: 'b1', from: 'submitted', to: 'rejected', reason: 'Foto belum sesuai', occurredAt: '2026-11-27T03:00:00Z', actorType: 'user', businessVersion: 6 },
          { status: 201, headers: { ETag: '"6"' } },
        ),
    });
    renderApp('/businesses/b1?tab=ekatalog');
    const group = await screen.findByRole('group', { name: 'Langkah e-katalog' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tayangkan di e-katalog', 'Tolak pengajuan']);
    fireEvent.click(within(group).getByRole('button', { name: 'Tolak pengajuan' }));
    const confirm = screen.getAllByRole('button', { name: 'Tolak pengajuan' }).find((b) => b.getAttribute('type') === 'submit')!;
    fireEvent.click(confirm);
    expect(await screen.findByText('Tuliskan alasannya.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByLabelText('Alasan (Tolak pengajuan)'), { target: { value: 'Foto belum sesuai' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('Status e-katalog sekarang: Ditolak.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ to: 'rejected', reason: 'Foto belum sesuai' });
    // from rejected the only step is back to preparing, sent with the business's new ETag
    await waitFor(() =>
      expect(within(screen.getByRole('group', { name: 'Langkah e-katalog' })).getAllByRole('button').map((b) => b.textContent)).toEqual([
        'Mulai persiapan',
      ]),
    );
  });

  it('offers a reload when the business changed meanwhile (412)', async () => {
    signInAs(officer);
    api('listed', { 'POST /api/v1/businesses/b1/ekatalog-transitions': () => problem(412, { title: 'Precondition Failed' }) });
    renderApp('/businesses/b1?tab=ekatalog');
    fireEvent.click(await screen.findByRole('button', { name: 'Turunkan dari e-katalog' }));
    fireEvent.change(screen.getByLabelText('Alasan (Turunkan dari e-katalog)'), { target: { value: 'Berhenti produksi' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Turunkan dari e-katalog' }).find((b) => b.getAttribute('type') === 'submit')!);
    expect(await screen.findByText('Data usaha ini telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  it('a viewer reads the checklist without forms or workflow buttons', async () => {
    signInAs({ ...officer, role: 'viewer' });
    api('preparing');
    renderApp('/businesses/b1?tab=ekatalog');
    expect(await screen.findByText('Belum siap: kurang 1 persyaratan.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Langkah e-katalog' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Catat hasil cek KSWP' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Catat cek KSWP' })).toBeNull();
  });
});
