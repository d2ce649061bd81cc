import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { fileNameFrom, type ImportJob } from '../api/imports';
import { makeJob as makeFinishedJob } from '../test-data';
import { parseExportParams, toExportQuery } from '../utils/export-params';

/** A dry run of umkm.csv (3 rows) just queued by the upload. */
function makeJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return makeFinishedJob({
    id: 'j1',
    fileName: 'umkm.csv',
    format: 'csv',
    status: 'queued',
    percentage: 0,
    totalRows: 3,
    processedRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    startedAt: null,
    finishedAt: null,
    version: 1,
    ...overrides,
  });
}

const csv = () => new File(['nib,name\n1234567890123,Kopi\n'], 'umkm.csv', { type: 'text/csv' });

function choose(file: File) {
  fireEvent.change(screen.getByLabelText('File CSV atau XLSX'), { target: { files: [file] } });
}

describe('import page', () => {
  it('checks the file (dry run), shows progress, the report with row errors, then imports the fixed file without uploading it again', async () => {
    signInAs();
    const polls: Record<string, ImportJob[]> = {
      j1: [
        makeJob({ status: 'validating', percentage: 40, processedRows: 1 }),
        makeJob({
          status: 'succeeded',
          percentage: 100,
          processedRows: 3,
          created: 2,
          errorCount: 1,
          errors: [{ row: 3, column: 'ownerNik', message: 'NIK must be exactly 16 digits.' }],
        }),
      ],
      j2: [makeJob({ id: 'j2', status: 'succeeded', percentage: 100, processedRows: 3, created: 3, version: 4 })],
      j3: [makeJob({ id: 'j3', dryRun: false, status: 'committing', percentage: 70 }), makeJob({ id: 'j3', dryRun: false, status: 'succeeded', percentage: 100, created: 3 })],
    };
    const started: ImportJob[] = [makeJob(), makeJob({ id: 'j2' })];
    const { calls } = mockApi({
      'POST /api/v1/imports': () => json(started.shift(), { status: 202 }),
      'POST /api/v1/imports/j2/commit': () => json(makeJob({ id: 'j3', dryRun: false, sourceJobId: 'j2' }), { status: 202 }),
      'GET /api/v1/imports/j1': () => json(polls.j1!.length > 1 ? polls.j1!.shift() : polls.j1![0]),
      'GET /api/v1/imports/j2': () => json(polls.j2![0]),
      'GET /api/v1/imports/j3': () => json(polls.j3!.length > 1 ? polls.j3!.shift() : polls.j3![0]),
    });
    renderApp('/imports');
    await screen.findByRole('heading', { name: 'Impor data pelaku usaha' });
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    expect(await screen.findByText('Pilih file terlebih dahulu.')).toBeTruthy();

    choose(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    const bar = await screen.findByRole<HTMLProgressElement>('progressbar', { name: 'Pemeriksaan file' });
    expect(bar.max).toBe(100);
    expect(await screen.findByText('40% · Memeriksa baris')).toBeTruthy();
    expect(await screen.findByText('Hasil uji coba')).toBeTruthy();
    expect(screen.getByText('100% · Selesai')).toBeTruthy();
    const errors = screen.getByRole('table', { name: 'Kesalahan per baris' });
    expect(within(errors).getByText('ownerNik')).toBeTruthy();
    expect(within(errors).getByText('NIK must be exactly 16 digits.')).toBeTruthy();
    expect(screen.getByText(/Ditemukan 1 kesalahan/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Impor sekarang' }).disabled, 'all or nothing unless the officer chooses').toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Impor baris yang valid saja' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh berkas kesalahan (CSV)' })).toBeTruthy();

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Authorization')).toBe('Bearer test-token');
    const body = await post.clone().formData();
    expect(body.get('kind')).toBe('businesses');
    expect(body.get('dryRun')).toBe('true');
    // jsdom's File crosses into Node's fetch as a plain blob, so only its presence is checked here (the e2e journey sends a real file)
    expect((body.get('file') as Blob).size).toBeGreaterThan(0);

    choose(csv()); // the fixed file
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    expect(await screen.findByText('File siap diimpor. Belum ada data yang disimpan.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Impor sekarang' }));
    expect(await screen.findByRole('progressbar', { name: 'Impor' })).toBeTruthy();
    expect(await screen.findByText('Impor selesai: 3 dibuat, 0 diperbarui, 0 tidak berubah.')).toBeTruthy();
    const commit = calls.find((c) => c.method === 'POST' && new URL(c.url).pathname === '/api/v1/imports/j2/commit')!;
    expect(commit.headers.get('If-Match')).toBe('"4"');
    expect(commit.headers.get('Authorization')).toBe('Bearer test-token');
    const uploads = calls.filter((c) => c.method === 'POST' && new URL(c.url).pathname === '/api/v1/imports');
    expect(uploads, 'the two dry runs only: the commit sends no file').toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
  });

  it.each([
    [409, { title: 'Conflict', code: 'file_expired', detail: 'The file of dry run j2 is no longer kept.' }, 'File uji coba ini sudah tidak disimpan di server. Unggah dan periksa file lagi.'],
    [409, { title: 'Conflict', code: 'dry_run_has_errors', detail: 'x' }, 'Uji coba ini menemukan kesalahan, jadi tidak dapat diimpor. Perbaiki file, lalu unggah dan periksa lagi.'],
    [409, { title: 'Conflict', code: 'something_new', detail: 'A reason the API gives.' }, 'A reason the API gives.'],
  ])('explains a %s refusal of the commit (%o)', async (status, body, message) => {
    signInAs();
    mockApi({
      'POST /api/v1/imports': () => json(makeJob({ id: 'j2' }), { status: 202 }),
      'GET /api/v1/imports/j2': () => json(makeJob({ id: 'j2', status: 'succeeded', percentage: 100, created: 1 })),
      'POST /api/v1/imports/j2/commit': () => problem(status, body),
    });
    renderApp('/imports');
    await screen.findByRole('heading', { name: 'Impor data pelaku usaha' });
    choose(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Impor sekarang' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('links to the import that already committed the dry run', async () => {
    signInAs();
    mockApi({
      'POST /api/v1/imports': () => json(makeJob({ id: 'j2' }), { status: 202 }),
      'GET /api/v1/imports/j2': () => json(makeJob({ id: 'j2', status: 'succeeded', percentage: 100, created: 1 })),
      'POST /api/v1/imports/j2/commit': () => problem(409, { title: 'Already committed', code: 'already_committed', existingId: '9' }),
    });
    renderApp('/imports');
    await screen.findByRole('heading', { name: 'Impor data pelaku usaha' });
    choose(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Impor sekarang' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Uji coba ini sudah diimpor sebelumnya (impor #9).');
    expect(within(alert).getByRole('link', { name: 'Lihat impor #9' }).getAttribute('href')).toBe('/imports/jobs/9');
  });

  it('offers to reload a dry run that changed (412) and commits with its new ETag', async () => {
    signInAs();
    let version = 2;
    const { calls } = mockApi({
      'POST /api/v1/imports': () => json(makeJob({ id: 'j2' }), { status: 202 }),
      'GET /api/v1/imports/j2': () => json(makeJob({ id: 'j2', status: 'succeeded', percentage: 100, created: 1, version })),
      'POST /api/v1/imports/j2/commit': (request) =>
        request.headers.get('If-Match') === '"3"'
          ? json(makeJob({ id: 'j5', dryRun: false, status: 'succeeded', percentage: 100, created: 1 }), { status: 202 })
          : problem(412, { title: 'Precondition failed' }),
      'GET /api/v1/imports/j5': () => json(makeJob({ id: 'j5', dryRun: false, status: 'succeeded', percentage: 100, created: 1 })),
    });
    renderApp('/imports');
    await screen.findByRole('heading', { name: 'Impor data pelaku usaha' });
    choose(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Impor sekarang' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Hasil uji coba berubah sejak dimuat.');
    version = 3;
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(calls.filter((c) => new URL(c.url).pathname === '/api/v1/imports/j2').length).toBeGreaterThan(1));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Impor sekarang' }));
    expect(await screen.findByText('Impor selesai: 1 dibuat, 0 diperbarui, 0 tidak berubah.')).toBeTruthy();
    const commits = calls.filter((c) => new URL(c.url).pathname === '/api/v1/imports/j2/commit').map((c) => c.headers.get('If-Match'));
    expect(commits).toEqual(['"2"', '"3"']);
  });

  it.each([
    [413, { title: 'Too large' }, 'File terlalu besar. Batasnya 20 MB; bagi file menjadi beberapa bagian.'],
    [415, { title: 'Unsupported', detail: 'The file is not CSV or XLSX.' }, /Jenis file tidak didukung.*The file is not CSV or XLSX\./],
    [400, { title: 'Bad file', detail: 'Row 1 must be the header row with the column names of the template.' }, /tidak dapat dibaca.*Row 1 must be the header row/],
  ])('explains a %s refusal of the upload', async (status, body, message) => {
    signInAs();
    mockApi({ 'POST /api/v1/imports': () => problem(status, body) });
    renderApp('/imports');
    await screen.findByRole('heading', { name: 'Impor data pelaku usaha' });
    choose(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Periksa file (uji coba)' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
  });

  it('imports the valid rows only when the officer chooses so, and downloads the error file in the uploaded format', async () => {
    signInAs();
    const createObjectURL = vi.fn(() => 'blob:errors');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const withErrors = makeJob({
      fileName: 'umkm.xlsx',
      format: 'xlsx',
      status: 'succeeded',
      percentage: 100,
      created: 28,
      errorCount: 2,
      errors: [
        { row: 5, column: 'kecamatanCode', header: 'Kecamatan', code: 'import.error.kecamatan_unknown', message: "'Medan Kita' bukan kecamatan di Kota Medan" },
        { row: 9, column: 'sector', header: 'Sektor', code: 'import.error.not_a_choice', message: "'Tambang' bukan pilihan Sektor" },
      ],
      version: 4,
    });
    const { calls } = mockApi({
      'POST /api/v1/imports': () => json(makeJob({ fileName: 'umkm.xlsx', format: 'xlsx' }), { status: 202 }),
      'GET /api/v1/imports/j1': () => json(withErrors),
      'POST /api/v1/imports/j1/commit': () => json(makeJob({ id: 'j3', dryRun: false, sourceJobId: 'j1', mode: 'valid_rows_only' }), { status: 202 }),
      'GET /api/v1/imports/j3': () =>
        json(makeJob({ id: 'j3', dryRun: false, mode: 'valid_rows_only', status: 'succeeded', percentage: 100, created: 28, errorCount: 2, errors: withErrors.errors })),
      'GET /api/v1/imports/j1/errors': () =>
        new Response('x', { headers: { 'Content-Disposition': 'attachment; filename="umkm-kesalahan.xlsx"' } }),
    });
    renderApp('/imports');
    choose(new File(['x'], 'umkm.xlsx'));
    fireEvent.click(await screen.findByRole('button', { name: 'Periksa file (uji coba)' }));
    const errors = await screen.findByRole('table', { name: 'Kesalahan per baris' });
    expect(within(errors).getByText('Kecamatan'), 'the column as the template names it').toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Unduh berkas kesalahan (XLSX)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('umkm-kesalahan.xlsx');
    const download = calls.find((c) => new URL(c.url).pathname === '/api/v1/imports/j1/errors')!;
    expect(download.headers.get('Accept-Language')).toBe('id');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Impor baris yang valid saja' }));
    expect(screen.getByText('28 baris valid disimpan; baris bermasalah dilewati.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Impor sekarang' }));
    expect(await screen.findByText('Impor selesai: 28 dibuat, 0 diperbarui, 0 tidak berubah.')).toBeTruthy();
    expect(screen.getByText('2 kesalahan dilewati. Unduh berkas kesalahan, perbaiki, lalu unggah lagi.')).toBeTruthy();
    const commit = calls.find((c) => c.method === 'POST' && new URL(c.url).pathname === '/api/v1/imports/j1/commit')!;
    expect(new URL(commit.url).searchParams.get('mode')).toBe('valid_rows_only');
    expect(commit.headers.get('If-Match')).toBe('"4"');
  });

  it('downloads the template with the bearer token and saves it under the server\'s file name', async () => {
    signInAs();
    const createObjectURL = vi.fn(() => 'blob:template');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { calls } = mockApi({
      'GET /api/v1/import-templates/businesses': () =>
        new Response('nib,name\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="businesses-template.csv"' } }),
    });
    renderApp('/imports');
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh templat CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('businesses-template.csv');
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(new URL(calls[0]!.url).searchParams.get('format')).toBe('csv');
    expect(calls[0]!.headers.get('Accept-Language'), 'headers and dropdowns in the page\'s language').toBe('id');
  });

  it('is not offered to a viewer', async () => {
    signInAs({ id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' });
    mockApi({});
    renderApp('/imports');
    expect(await screen.findByRole('heading', { name: 'Tidak ada akses' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(nav.textContent).not.toContain('Impor data');
    expect(nav.textContent).toContain('Unduh data');
  });
});

describe('export page', () => {
  it('takes the business list filters from the URL and downloads the file with them', async () => {
    signInAs({ id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.01', name: 'Medan Kota' }]),
      'GET /api/v1/exports/businesses': () =>
        new Response('x', { headers: { 'Content-Disposition': "attachment; filename=b.xlsx; filename*=UTF-8''umkm-binaan.xlsx" } }),
    });
    const { router } = renderApp('/exports/businesses?q=kopi&scale=micro&ekatalogStatus=listed&kecamatan=12.71.01');
    expect((await screen.findByLabelText<HTMLInputElement>('Cari nama, pemilik atau NIB')).value).toBe('kopi');
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'food_beverage' } });
    fireEvent.change(screen.getByLabelText('Format file'), { target: { value: 'xlsx' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh' }));
    expect(await screen.findByText('File umkm-binaan.xlsx telah diunduh.')).toBeTruthy();
    const sent = Object.fromEntries(new URL(calls.find((c) => c.url.includes('exports'))!.url).searchParams);
    expect(sent).toEqual({ format: 'xlsx', q: 'kopi', kecamatan: '12.71.01', scale: 'micro', sector: 'food_beverage', ekatalogStatus: 'listed' });
    expect(router.state.location.search).toContain('sector=food_beverage');
  });

  it('reads only known filter values and file names from headers', () => {
    expect(toExportQuery(parseExportParams(new URLSearchParams('scale=huge&kecamatan=x&status=active')))).toEqual({ format: 'csv', status: 'active' });
    expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
    expect(fileNameFrom('attachment; filename="a b.csv"', 'x')).toBe('a b.csv');
  });
});
