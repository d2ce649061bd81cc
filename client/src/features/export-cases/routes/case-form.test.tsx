import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { OpenExportCaseInput, UpdateExportCaseInput } from '../api/types';
import { makeExportCase, officer, page, viewer } from '../test-data';

// Lazy routes on a shared 2-core machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

function detailApi() {
  return {
    'GET /api/v1/export-cases/12/documents': () => json([]),
    'GET /api/v1/export-cases/12/timeline': () => json([]),
  };
}

describe('open a new export case', () => {
  it('finds the business, checks the obvious, shows the API field errors, then opens the case', { timeout: 20_000 }, async () => {
    signInAs(officer);
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/businesses': () => json(page([makeBusiness()])),
      'GET /api/v1/staff': () => json([{ id: '2', name: 'Siti Petugas', role: 'officer' }]),
      'POST /api/v1/export-cases': () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation', errors: { hsCode: ['hsCode 4001.22 is not under a coffee heading (0901, 2101).'] } })
          : json(makeExportCase(), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/export-cases/12': () => json(makeExportCase(), { headers: { ETag: '"1"' } }),
      ...detailApi(),
    });
    const { router } = renderApp('/export-cases/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Buka kasus ekspor baru' })).toBeTruthy();
    // an officer may hand the case to a colleague; left alone it is theirs
    const officerSelect = await screen.findByLabelText<HTMLSelectElement>('Petugas pendamping');
    await waitFor(() => expect([...officerSelect.options].map((o) => o.textContent)).toEqual(['Saya sendiri (bawaan)', 'Siti Petugas']));
    expect(officerSelect.value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Buka kasus' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Pelaku usaha: Wajib diisi.' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field('Pelaku usaha (cari nama, pemilik atau NIB)')));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    type('Pelaku usaha (cari nama, pemilik atau NIB)', 'kopi');
    fireEvent.keyDown(field('Pelaku usaha (cari nama, pemilik atau NIB)'), { key: 'Enter' });
    fireEvent.click(await screen.findByRole('button', { name: 'Pilih Kopi Sidikalang Jaya (NIB 1234567890123, Medan Kota)' }));
    const search = calls.find((c) => c.url.includes('/api/v1/businesses'))!;
    expect(new URL(search.url).searchParams.get('q')).toBe('kopi');
    expect(new URL(search.url).searchParams.get('status')).toBe('active');
    expect(screen.getByText('Kopi Sidikalang Jaya')).toBeTruthy();

    type('Komoditas', 'coffee');
    type('Kode HS', '4001.22');
    type('Uraian produk', 'Green arabica coffee, grade 1');
    type('Negara tujuan', 'MY');
    expect((field('Negara tujuan') as unknown as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Malaysia (MY)');
    type('Volume', '18,5');
    type('Satuan', 'tonne');
    type('Perkiraan nilai (USD)', '95400.50');
    type('Perkiraan nilai (rupiah)', '1526000000');
    expect(field('Perkiraan nilai (rupiah)').value).toBe('1.526.000.000');

    fireEvent.click(screen.getByRole('button', { name: 'Buka kasus' }));
    await waitFor(() => expect(errorOf(field('Kode HS'))).toBe('hsCode 4001.22 is not under a coffee heading (0901, 2101).'));
    await waitFor(() => expect(document.activeElement).toBe(field('Kode HS')));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as OpenExportCaseInput;
    expect(body).toEqual({
      businessId: 'b1',
      commodity: 'coffee',
      hsCode: '4001.22',
      productDescription: 'Green arabica coffee, grade 1',
      destinationCountry: 'MY',
      volume: 18.5,
      volumeUnit: 'tonne',
      estimatedValueUsd: 95400.5,
      estimatedValueIdr: 1_526_000_000,
      assignedOfficerId: null,
      tppSirNumber: null,
      plannedShipmentOn: null,
    });

    type('Kode HS', '0901.11.90');
    fireEvent.click(screen.getByRole('button', { name: 'Buka kasus' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/export-cases/12'));
    expect(await screen.findByText('Kasus ekspor telah dibuka.')).toBeTruthy();
  });

  it('starts with the business chosen when opened from a business page, and lets an admin assign a colleague', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
      'GET /api/v1/staff': () =>
        json([
          { id: '2', name: 'Siti Petugas', role: 'officer' },
          { id: '4', name: 'Admin Dinas', role: 'admin' },
        ]),
    });
    renderApp('/export-cases/new?businessId=b1');
    expect(await screen.findByText('Kopi Sidikalang Jaya')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ganti pelaku usaha' })).toBeTruthy();
    const select = await screen.findByLabelText<HTMLSelectElement>('Petugas pendamping');
    await waitFor(() => expect(select.options).toHaveLength(3));
    expect([...select.options].map((o) => o.textContent)).toEqual(['Saya sendiri (bawaan)', 'Siti Petugas', 'Admin Dinas']);
  });

  it('is not for a viewer', async () => {
    signInAs(viewer);
    mockApi({});
    renderApp('/export-cases/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeTruthy();
  });
});

describe('edit an export case', () => {
  it('saves with If-Match, keeping the officer as is, and returns to the case', { timeout: 15_000 }, async () => {
    signInAs(officer);
    let current = makeExportCase();
    const { calls } = mockApi({
      'GET /api/v1/export-cases/12': () => json(current, { headers: { ETag: `"${current.version}"` } }),
      'PUT /api/v1/export-cases/12': async (request) => {
        const body = (await request.clone().json()) as UpdateExportCaseInput;
        current = makeExportCase({ destinationCountry: body.destinationCountry, version: 4 });
        return json(current, { headers: { ETag: '"4"' } });
      },
      ...detailApi(),
    });
    const { router } = renderApp('/export-cases/12/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ubah Kasus #12 – Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(field('Kode HS').value).toBe('09011190');
    type('Negara tujuan', 'SG');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/export-cases/12'));
    expect(await screen.findByText('Perubahan telah disimpan.')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    const body = (await put.clone().json()) as UpdateExportCaseInput;
    expect(body.destinationCountry).toBe('SG');
    expect(body.assignedOfficerId).toBeNull();
  });

  it('on 412 keeps the input and offers the latest data', { timeout: 15_000 }, async () => {
    signInAs(officer);
    let version = 3;
    mockApi({
      'GET /api/v1/export-cases/12': () =>
        json(makeExportCase({ version, productDescription: version === 3 ? 'Green arabica coffee, Sidikalang, grade 1' : 'Roasted coffee' }), {
          headers: { ETag: `"${version}"` },
        }),
      'PUT /api/v1/export-cases/12': () => problem(412, { title: 'Precondition failed' }),
    });
    renderApp('/export-cases/12/edit');
    await screen.findByRole('heading', { level: 1 });
    type('Volume', '20');
    version = 4;
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    const alert = await screen.findByText(/telah diubah oleh pengguna lain sejak Anda membukanya/);
    expect(field('Volume').value).toBe('20');
    fireEvent.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(field('Uraian produk').value).toBe('Roasted coffee'));
    expect(field('Volume').value).toBe('18');
  });
});
