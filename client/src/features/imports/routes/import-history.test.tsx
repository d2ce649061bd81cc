import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeJob, makeSummary } from '../test-data';

const lastQuery = (calls: Request[]) => new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/imports').at(-1)!.url).searchParams;

describe('import history', () => {
  it('lists the jobs with file, data, dry run or import, status, counts and who, newest first, paged on the server', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/imports': () =>
        json({
          items: [
            makeSummary({ id: '8', dryRun: false, sourceJobId: '7', created: 100, createdBy: 'Admin Dinas', createdByRole: 'admin' }),
            makeSummary({ committedByJobId: '8' }),
            makeSummary({ id: '6', fileName: 'salah.csv', format: 'csv', status: 'succeeded', created: 3, updated: 0, unchanged: 0, errorCount: 2 }),
            makeSummary({ id: '5', dryRun: false, fileName: 'gagal.csv', status: 'failed', errorCount: 1, created: 0, updated: 0, unchanged: 0 }),
            makeSummary({ id: '4', status: 'validating', created: 0, updated: 0, unchanged: 0 }),
          ],
          page: 1,
          pageSize: 25,
          totalCount: 30,
        }),
    });
    renderApp('/imports/history');
    const table = await screen.findByRole('table', { name: 'Riwayat impor' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    const commit = rows[1]!;
    expect(within(commit).getByRole('link', { name: 'umkm-binaan-2026.xlsx' }).getAttribute('href')).toBe('/imports/jobs/8');
    expect(within(commit).getByText('Impor')).toBeTruthy();
    expect(within(commit).getByText('dari uji coba #7')).toBeTruthy();
    expect(within(commit).getByText('Selesai')).toBeTruthy();
    expect(within(commit).getByText('100 baru · 15 diperbarui · 5 tetap')).toBeTruthy();
    expect(within(commit).getByText('Admin Dinas')).toBeTruthy();
    expect(within(commit).getByText('Pelaku usaha')).toBeTruthy();
    const dryRun = rows[2]!;
    expect(within(dryRun).getByText('Uji coba')).toBeTruthy();
    expect(within(dryRun).getByText('diimpor: #8')).toBeTruthy();
    expect(within(dryRun).getByText('100 akan dibuat · 15 akan diperbarui · 5 tetap')).toBeTruthy();
    expect(within(dryRun).getByText('Petugas')).toBeTruthy();
    expect(within(rows[3]!).getByText('2 kesalahan')).toBeTruthy();
    expect(within(rows[4]!).getByText('Gagal')).toBeTruthy();
    expect(within(rows[5]!).getByText('Memeriksa baris')).toBeTruthy();
    expect(screen.getByText('30 proses')).toBeTruthy();
    expect(Object.fromEntries(lastQuery(calls))).toEqual({ page: '1', pageSize: '25', sort: '-createdAt' });

    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await waitFor(() => expect(lastQuery(calls).get('page')).toBe('2'));
  });

  it('takes the filters from the URL and sends them to the API', async () => {
    signInAs();
    const { calls, } = mockApi({ 'GET /api/v1/imports': () => json({ items: [makeSummary()], page: 1, pageSize: 25, totalCount: 1 }) });
    const { router } = renderApp('/imports/history?status=failed&dryRun=false&sort=createdAt&kind=unicorns');
    await screen.findByRole('table', { name: 'Riwayat impor' });
    expect(Object.fromEntries(lastQuery(calls))).toEqual({ page: '1', pageSize: '25', sort: 'createdAt', status: 'failed', dryRun: 'false' });
    expect((screen.getByLabelText<HTMLSelectElement>('Proses')).value).toBe('false');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'succeeded' } });
    await waitFor(() => expect(lastQuery(calls).get('status')).toBe('succeeded'));
    expect(router.state.location.search).toContain('status=succeeded');
  });

  it('says so when no job matches and offers to clear the filters', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/imports': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }) });
    const { router } = renderApp('/imports/history?status=queued');
    expect(await screen.findByText('Tidak ada impor yang cocok dengan filter.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('is not offered to a viewer', async () => {
    signInAs({ id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' });
    mockApi({});
    renderApp('/imports/history');
    expect(await screen.findByRole('heading', { name: 'Tidak ada akses' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' }).textContent).not.toContain('Riwayat impor');
  });
});

describe('import job page', () => {
  it('shows a dry run and its report, and commits it from there (no upload), then opens the import', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/imports/7': () => json(makeJob()),
      'POST /api/v1/imports/7/commit': () => json(makeJob({ id: '8', dryRun: false, status: 'queued', percentage: 0, sourceJobId: '7', version: 1 }), { status: 202 }),
      'GET /api/v1/imports/8': () => json(makeJob({ id: '8', dryRun: false, sourceJobId: '7' })),
    });
    const { router } = renderApp('/imports/jobs/7');
    expect(await screen.findByRole('heading', { name: 'Uji coba #7: umkm-binaan-2026.xlsx' })).toBeTruthy();
    expect(screen.getByText('XLSX · 47 KB · 120 baris')).toBeTruthy();
    expect(screen.getByText('Siti Nurhaliza (Petugas)')).toBeTruthy();
    expect(screen.getByText('Akan dibuat')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Impor sekarang' }));
    expect(await screen.findByRole('heading', { name: 'Impor #8: umkm-binaan-2026.xlsx' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/imports/jobs/8');
    expect(screen.getByRole('link', { name: '#7' }).getAttribute('href')).toBe('/imports/jobs/7');
    expect(screen.getByText('Diperbarui'), 'the report of an import, not of a dry run').toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
    const commit = calls.find((c) => c.method === 'POST')!;
    expect(new URL(commit.url).pathname).toBe('/api/v1/imports/7/commit');
    expect(commit.headers.get('If-Match')).toBe('"3"');
  });

  it('says why a job failed', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/imports/5': () => json(makeJob({ id: '5', dryRun: false, status: 'failed', message: '1 row(s) have errors, so nothing was imported.' })),
    });
    renderApp('/imports/jobs/5');
    expect((await screen.findByRole('alert')).textContent).toBe('1 row(s) have errors, so nothing was imported.');
    expect(screen.queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
  });

  it('offers the valid rows only for a dry run with errors, and no commit for one already imported', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/imports/6': () =>
        json(makeJob({ id: '6', errorCount: 1, errors: [{ row: 3, column: 'nib', message: 'NIB must be exactly 13 digits.' }] })),
      'GET /api/v1/imports/7': () => json(makeJob({ committedByJobId: '8' })),
    });
    const { router } = renderApp('/imports/jobs/6');
    expect(await screen.findByText('NIB must be exactly 13 digits.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Impor sekarang' }).disabled).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Impor baris yang valid saja' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh berkas kesalahan (XLSX)' })).toBeTruthy();
    await router.navigate('/imports/jobs/7');
    expect(await screen.findByRole('link', { name: '#8' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
  });

  it('says when the job does not exist', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/imports/99': () => problem(404, { title: 'Not found' }) });
    renderApp('/imports/jobs/99');
    expect(await screen.findByText('Proses impor ini tidak ditemukan.')).toBeTruthy();
  });
});
