import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeAid, viewer } from '../test-data';

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

describe('aid page', () => {
  it('shows the items and their total', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }) });
    renderApp('/aid/12');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bantuan APBD Kota Medan untuk Kelompok Kopi Medan Johor' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Barang yang diserahkan' });
    expect(within(table).getByText('Timbangan digital')).toBeTruthy();
    expect(within(table).getByText(/Rp.40\.750\.000/)).toBeTruthy();
  });

  it('delivers: the 409 lists what the handover record lacks, then date and number are sent with If-Match', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }),
      'POST /api/v1/aid-distributions/12/status': () =>
        ++attempt === 1
          ? problem(409, { code: 'handover_incomplete', detail: 'missing: handedOverOn, handoverDocumentNumber.', missing: ['handedOverOn', 'handoverDocumentNumber'] })
          : json(makeAid({ status: 'delivered', handedOverOn: '2026-03-12', handoverDocumentNumber: 'BAST/027', version: 2 }), { headers: { ETag: '"2"' } }),
    });
    renderApp('/aid/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Tandai diserahkan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai diserahkan' }));
    const alert = await screen.findByText('Bantuan belum dapat ditandai diserahkan. Yang masih kurang:');
    const list = within(alert.closest('[role="alert"]') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(list).toEqual(['Tanggal serah terima', 'Nomor berita acara serah terima']);
    expect(await calls.find((c) => c.method === 'POST')!.clone().json()).toEqual({ to: 'delivered', handedOverOn: null, handoverDocumentNumber: null });

    const actions = screen.getByRole('region', { name: 'Status bantuan' });
    fireEvent.change(within(actions).getByLabelText('Tanggal serah terima'), { target: { value: '2026-03-12' } });
    fireEvent.change(within(actions).getByLabelText('Nomor berita acara serah terima'), { target: { value: 'BAST/027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai diserahkan' }));
    await waitFor(() => expect(within(screen.getByRole('heading', { level: 1 }).parentElement!).getByText('Diserahkan')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Simpan sebagai diserahkan' })).toBeNull();
    const second = calls.filter((c) => c.method === 'POST')[1]!;
    expect(second.headers.get('If-Match')).toBe('"1"');
    expect(await second.clone().json()).toEqual({ to: 'delivered', handedOverOn: '2026-03-12', handoverDocumentNumber: 'BAST/027' });
  });

  it('cancels after confirming, and offers a reload on 412', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }),
      'POST /api/v1/aid-distributions/12/status': () =>
        ++attempt === 1 ? problem(412, { title: 'Precondition failed' }) : json(makeAid({ status: 'cancelled', version: 2 }), { headers: { ETag: '"2"' } }),
    });
    renderApp('/aid/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan bantuan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByText(/telah diubah orang lain/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat data terbaru' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Batalkan bantuan' })).toBeNull());
    expect(await calls.filter((c) => c.method === 'POST')[1]!.clone().json()).toEqual({ to: 'cancelled' });
  });

  it('uploads the handover document as multipart with If-Match and explains 413 and 415', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }),
      'PUT /api/v1/aid-distributions/12/handover-document': () =>
        [
          () => problem(413, { title: 'Payload too large' }),
          () => problem(415, { title: 'Unsupported media type' }),
          () =>
            json(makeAid({ version: 2, handoverDocument: { fileName: 'bast.pdf', contentType: 'application/pdf', sizeBytes: 20480, uploadedAt: '2026-03-12T03:00:00Z' } }), {
              headers: { ETag: '"2"' },
            }),
        ][attempt++]!(),
    });
    renderApp('/aid/12');
    expect(await screen.findByText('Belum ada dokumen berita acara yang diunggah.')).toBeTruthy();
    const file = new File(['%PDF-1.4'], 'bast.pdf', { type: 'application/pdf' });
    fireEvent.change(field('Unggah dokumen berita acara'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Unggah' }));
    expect(await screen.findByText('Berkas terlalu besar. Ukuran paling besar 5 MB.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unggah' }));
    expect(await screen.findByText('Jenis berkas tidak diterima. Unggah PDF, PNG atau JPEG.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unggah' }));
    expect(await screen.findByText('Dokumen berita acara telah disimpan.')).toBeTruthy();
    expect(await screen.findByText(/Tersimpan: bast\.pdf \(20 KB/)).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(put.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('downloads the stored document with the bearer token', { timeout: 15_000 }, async () => {
    signInAs();
    const createObjectURL = vi.fn(() => 'blob:doc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { calls } = mockApi({
      'GET /api/v1/aid-distributions/12': () =>
        json(makeAid({ status: 'delivered', handoverDocument: { fileName: 'bast.pdf', contentType: 'application/pdf', sizeBytes: 2048, uploadedAt: '2026-03-12T03:00:00Z' } }), {
          headers: { ETag: '"2"' },
        }),
      'GET /api/v1/aid-distributions/12/handover-document': () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    renderApp('/aid/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh dokumen' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const download = calls.find((c) => new URL(c.url).pathname.endsWith('/handover-document'))!;
    expect(download.headers.get('Authorization')).toBe('Bearer test-token');
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('shows a viewer no status action and no upload', async () => {
    signInAs(viewer);
    mockApi({ 'GET /api/v1/aid-distributions/12': () => json(makeAid(), { headers: { ETag: '"1"' } }) });
    renderApp('/aid/12');
    await screen.findByRole('table', { name: 'Barang yang diserahkan' });
    expect(screen.queryByRole('button', { name: 'Tandai diserahkan' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ubah rencana' })).toBeNull();
    expect(screen.queryByLabelText('Unggah dokumen berita acara')).toBeNull();
  });
});
