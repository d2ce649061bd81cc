import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeDocument, makeExportCase, makeTimelineEntry, officer, viewer } from '../test-data';

// Lazy routes on a shared 2-core machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });

function detailItem(term: string) {
  const dt = screen.getAllByText(term).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent;
}

const documents = [
  makeDocument(),
  makeDocument({
    id: 'd2',
    type: 'npwp',
    name: 'NPWP tax registration',
    status: 'verified',
    number: '01.234.567.8-121.000',
    issuedOn: '2020-01-02',
    expiresOn: '2026-12-10',
    expiresInDays: 13,
    version: 4,
    file: { fileName: 'npwp.pdf', contentType: 'application/pdf', size: 2048, uploadedAt: '2026-11-21T02:00:00Z' },
  }),
  makeDocument({ id: 'd3', type: 'etk_coffee', name: 'Registered coffee exporter (ETK)', stage: 'commodity_licence' }),
];

function caseApi(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
  return mockApi({
    'GET /api/v1/export-cases/12': () => json(makeExportCase(), { headers: { ETag: '"3"' } }),
    'GET /api/v1/export-cases/12/documents': () => json(documents),
    'GET /api/v1/export-cases/12/timeline': () =>
      json([
        makeTimelineEntry(),
        makeTimelineEntry({ id: 't2', kind: 'note', toStage: null, note: 'Buyer in Kuala Lumpur asked for a sample', occurredAt: '2026-11-21T07:30:00Z' }),
      ]),
    ...extra,
  });
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement;

describe('export case page', () => {
  it('shows every case field, the stage clock, the checklist of all stages and the timeline', async () => {
    signInAs(viewer);
    caseApi();
    renderApp('/export-cases/12');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kasus #12 – Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(detailItem('Komoditas')).toBe('Kopi');
    expect(detailItem('Kode HS')).toBe('0901.11.90');
    expect(detailItem('Negara tujuan')).toBe('Malaysia (MY)');
    expect(detailItem('Volume')).toBe('18 ton');
    expect(detailItem('Perkiraan nilai (rupiah)')).toBe('Rp\u00a01.526.000.000');
    expect(detailItem('Perkiraan nilai (USD)')).toContain('95.400,50');
    expect(detailItem('Petugas pendamping')).toBe('Siti Petugas');
    expect(screen.getByText('3 hari di tahap ini (target 7 hari)')).toBeTruthy();

    // checklist: one table per stage, in stage order
    const captions = (await screen.findAllByRole('table')).map((t) => t.querySelector('caption')?.textContent);
    expect(captions).toEqual(['Pemeriksaan legalitas', 'Izin komoditas']);
    expect(within(row('NPWP tax registration')).getByText('Terverifikasi')).toBeTruthy();
    expect(within(row('NPWP tax registration')).getByText('13 hari lagi')).toBeTruthy();
    expect(within(row('NPWP tax registration')).getByText('10 Desember 2026')).toBeTruthy();
    expect(screen.getByText(/Tahap Penerimaan tidak memerlukan dokumen/)).toBeTruthy();

    // timeline: newest first, with who and when (WIB)
    const entries = (await screen.findAllByRole('listitem')).filter((li) => li.closest('.ec-timeline'));
    expect(entries[0]!.textContent).toContain('Buyer in Kuala Lumpur asked for a sample');
    expect(entries[0]!.textContent).toMatch(/21 November 2026 (pukul )?14.30 WIB · Siti Petugas/);
    expect(entries[1]!.textContent).toContain('Kasus dibuka');

    // a viewer reads only
    expect(screen.queryByRole('link', { name: 'Ubah data kasus' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Ubah/ })).toBeNull();
    expect(screen.queryByLabelText('Catatan baru')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pindahkan ke tahap berikutnya' })).toBeNull();
  });

  it('records a document with If-Match on the document version and shows the API field errors inline', { timeout: 15_000 }, async () => {
    signInAs(officer);
    let attempt = 0;
    const { calls } = caseApi({
      'PUT /api/v1/export-cases/12/documents/d1': () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation', errors: { issuedOn: ['issuedOn must be a date between 1990-01-01 and today.'] } })
          : json(makeDocument({ status: 'verified', number: 'NIB-1', version: 2 })),
    });
    renderApp('/export-cases/12');
    await screen.findAllByRole('table');
    fireEvent.click(within(row('NIB with an export')).getByRole('button', { name: /^Ubah\s*NIB with an export/ }));
    const form = await screen.findByRole('form', { name: 'Ubah dokumen NIB with an export (trading) KBLI' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Status')));
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'verified' } });
    fireEvent.change(within(form).getByLabelText('Nomor'), { target: { value: 'NIB-1' } });
    fireEvent.change(within(form).getByLabelText('Tanggal terbit'), { target: { value: '2030-01-01' } });
    // verified with no file and no reason: the client says so before asking the API
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan dokumen' }));
    expect(await within(form).findByText('Verifikasi memerlukan berkas atau alasan di catatan.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    fireEvent.change(within(form).getByLabelText('Catatan petugas'), { target: { value: 'Diperiksa di OSS' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan dokumen' }));
    expect(await within(form).findByText('issuedOn must be a date between 1990-01-01 and today.')).toBeTruthy();
    expect(within(form).getByLabelText('Tanggal terbit').getAttribute('aria-invalid')).toBe('true');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(await put.clone().json()).toEqual({ status: 'verified', number: 'NIB-1', issuedOn: '2030-01-01', expiresOn: null, note: 'Diperiksa di OSS' });

    fireEvent.change(within(form).getByLabelText('Tanggal terbit'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan dokumen' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Ubah dokumen NIB/ })).toBeNull());
  });

  it('uploads a file with If-Match and explains a 415 and a 413', { timeout: 15_000 }, async () => {
    signInAs(officer);
    let answer = 415;
    const { calls } = caseApi({
      'POST /api/v1/export-cases/12/documents/d2/file': () =>
        answer === 415
          ? problem(415, { title: 'Unsupported media type', detail: 'Only PDF, JPEG, PNG or WebP files are accepted.' })
          : problem(413, { title: 'Payload too large', detail: 'A document file may be at most 10 MB.' }),
    });
    renderApp('/export-cases/12');
    await screen.findAllByRole('table');
    fireEvent.click(within(row('NPWP tax registration')).getByRole('button', { name: /^Ubah/ }));
    const upload = await screen.findByRole('form', { name: 'Unggah berkas NPWP tax registration' });
    fireEvent.click(within(upload).getByRole('button', { name: 'Unggah berkas' }));
    expect(within(upload).getByText('Pilih berkas terlebih dahulu.')).toBeTruthy();

    const input = within(upload).getByLabelText<HTMLInputElement>('Berkas');
    fireEvent.change(input, { target: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] } });
    fireEvent.click(within(upload).getByRole('button', { name: 'Unggah berkas' }));
    expect(await within(upload).findByText('Jenis berkas tidak didukung: unggah PDF atau gambar (JPEG, PNG, WebP).')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(((await post.clone().formData()).get('file') as File).type).toBe('text/plain');

    answer = 413;
    fireEvent.click(within(upload).getByRole('button', { name: 'Unggah berkas' }));
    expect(await within(upload).findByText('Berkas terlalu besar: paling besar 10 MB.')).toBeTruthy();
  });

  it('downloads a document file with the bearer token', { timeout: 15_000 }, async () => {
    signInAs(viewer);
    const { calls } = caseApi({
      'GET /api/v1/export-cases/12/documents/d2/file': () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/export-cases/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh npwp.pdf' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/documents/d2/file'))).toBe(true));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalled();
    const get = calls.find((c) => c.url.endsWith('/documents/d2/file'))!;
    expect(get.headers.get('Authorization')).toBe('Bearer test-token');
    click.mockRestore();
  });

  it('adds a note to the timeline', async () => {
    signInAs(officer);
    let notes: string[] = [];
    const { calls } = caseApi({
      'GET /api/v1/export-cases/12/timeline': () =>
        json([makeTimelineEntry(), ...notes.map((note, i) => makeTimelineEntry({ id: `n${i}`, kind: 'note', note, toStage: null }))]),
      'POST /api/v1/export-cases/12/notes': async (request) => {
        const body = (await request.clone().json()) as { note: string };
        notes = [...notes, body.note];
        return json(makeTimelineEntry({ id: 'n0', kind: 'note', note: body.note }), { status: 201 });
      },
    });
    renderApp('/export-cases/12');
    const textarea = await screen.findByLabelText('Catatan baru');
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan catatan' }));
    expect(screen.getByText('Tulis catatannya terlebih dahulu.')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'Sample sent via Kualanamu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan catatan' }));
    expect(await screen.findByText('Sample sent via Kualanamu')).toBeTruthy();
    expect(await calls.find((c) => c.method === 'POST')!.clone().json()).toEqual({ note: 'Sample sent via Kualanamu' });
    expect((textarea as HTMLTextAreaElement).value).toBe('');
  });

  it('moves the case from its page with the ETag read', { timeout: 15_000 }, async () => {
    signInAs(officer);
    let current = makeExportCase();
    const { calls } = caseApi({
      'GET /api/v1/export-cases/12': () => json(current, { headers: { ETag: `"${current.version}"` } }),
      'POST /api/v1/export-cases/12/stage': () => {
        current = makeExportCase({ stage: 'legal_check', version: 4, daysInStage: 0, targetDays: 14 });
        return json(current, { headers: { ETag: '"4"' } });
      },
    });
    renderApp('/export-cases/12');
    fireEvent.click(await screen.findByRole('button', { name: 'Pindahkan ke tahap berikutnya' }));
    expect(await screen.findByText(/dipindahkan ke tahap Pemeriksaan legalitas/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(detailItem('Tahap')).toBe('Pemeriksaan legalitas'));
  });

  it('says so when the case does not exist', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/export-cases/99': () => problem(404, { title: 'Not Found' }) });
    renderApp('/export-cases/99');
    expect((await screen.findByRole('alert')).textContent).toContain('Kasus ekspor tidak ditemukan.');
  });
});
