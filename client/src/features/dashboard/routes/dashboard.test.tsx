import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { Dashboard } from '../api/get-dashboard';

const KECAMATAN = [
  { code: '12.71.01', name: 'Medan Kota' },
  { code: '12.71.02', name: 'Medan Sunggal' },
];

function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    kecamatan: null,
    fosteredBusinesses: 1825,
    inactiveBusinesses: 43,
    coverage: { listed: 200, target: 1825, sharePercent: 10.96, targetLinePercent: 30, yearTarget: 548, yearTargetSharePercent: 36.5 },
    funnel: [
      { status: 'not_started', count: 1012 },
      { status: 'preparing', count: 401 },
      { status: 'submitted', count: 187 },
      { status: 'listed', count: 200 },
      { status: 'rejected', count: 17 },
      { status: 'delisted', count: 8 },
    ],
    byKecamatan: [
      { code: '12.71.01', name: 'Medan Kota', businesses: 1204, listed: 130 },
      { code: '12.71.02', name: 'Medan Sunggal', businesses: 621, listed: 70 },
    ],
    byScale: [
      { scale: 'micro', count: 1500 },
      { scale: 'small', count: 300 },
      { scale: 'medium', count: 25 },
    ],
    readiness: {
      readyNotListed: 57,
      almostReady: 264,
      mostCommonMissing: 'kswp',
      missingByRequirement: [
        { code: 'kswp', count: 1312 },
        { code: 'halal', count: 845 },
      ],
    },
    training: { quarter: '2026-Q4', sessions: 6, registrations: 148, attended: 90, absent: 10, attendanceRatePercent: 90 },
    exportCases: {
      open: 14,
      overdue: 3,
      byStage: [
        { stage: 'intake', count: 5 },
        { stage: 'customs', count: 9 },
      ],
    },
    upcoming: [],
    ...overrides,
  };
}

const MATRIX = {
  requirements: ['nib', 'npwp', 'business_active', 'kbli', 'kswp', 'product', 'halal', 'pirt_bpom'],
  rows: [
    { code: '12.71.01', name: 'Medan Kota', notListed: 40, missing: [0, 0, 0, 0, 30, 12, 5, 0] },
    { code: '12.71.02', name: 'Medan Sunggal', notListed: 90, missing: [0, 0, 0, 0, 70, 20, 0, 0] },
  ],
  totals: [0, 0, 0, 0, 100, 32, 5, 0],
};

/** Numbers as the page shows them (id-ID groups thousands with a dot). */
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function setup(handler: (request: Request) => Response | Promise<Response>) {
  signInAs();
  const api = mockApi({
    'GET /api/v1/reference/kecamatan': () => json(KECAMATAN),
    'GET /api/v1/dashboard': handler,
    'GET /api/v1/dashboard/readiness-by-kecamatan': () => json(MATRIX),
  });
  const dashboardCalls = () => api.calls.filter((r) => new URL(r.url).pathname === '/api/v1/dashboard');
  return { ...api, dashboardCalls };
}

describe('dashboard page', () => {
  it('is the landing page: "/" leads to it and it is the first navigation entry', async () => {
    setup(() => json(makeDashboard()));
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(nav.querySelector('a')?.getAttribute('href')).toBe('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor' })).toBeTruthy();
  });

  it('shows how many businesses each coming rule will block', async () => {
    setup(() => json(makeDashboard({ upcoming: [{ code: 'halal', effectiveFrom: '2026-10-17', businessesBlocked: 1240 }] })));
    renderApp('/dashboard');
    const upcoming = await screen.findByTestId('upcoming');
    const row = within(upcoming).getAllByRole('row')[1]!;
    expect(text(row)).toContain('17 Oktober 2026');
    expect(text(row)).toContain('1.240');
    expect(within(upcoming).getByRole('heading', { name: 'Aturan yang akan berlaku' })).toBeTruthy();
  });

  it('shows a skeleton while loading, then the figures of the response', async () => {
    setup(() => json(makeDashboard()));
    renderApp('/dashboard');
    expect(await screen.findByTestId('dashboard-skeleton')).toBeTruthy();
    const fostered = await screen.findByTestId('figure-fostered');
    expect(text(fostered)).toContain('1.825');
    expect(screen.queryByTestId('dashboard-skeleton')).toBeNull();
    expect(text(screen.getByTestId('figure-inactive'))).toContain('43');
    expect(text(screen.getByTestId('figure-listed'))).toContain('200');
    // issue #18: 200 is 11 % of the 1,825 and 36,5 % of this year's 548 (30 %), both said as such
    expect(text(screen.getByTestId('figure-listed'))).toMatch(/11\s?% dari 1\.825 pelaku usaha binaan/);
    expect(text(screen.getByTestId('figure-listed'))).toMatch(/36,5\s?% dari target tahun ini \(548\)/);
    expect(text(screen.getByTestId('figure-almost-ready'))).toContain('264');
    expect(await screen.findByText(/200 dari 1\.825 pelaku usaha binaan tayang di e-katalog/)).toBeTruthy();
    expect(text(screen.getByTestId('coverage-year'))).toMatch(/Target tahun ini: 30\s?% \(548 pelaku usaha\); tercapai 36,5\s?%/);

    // funnel: rejected and delisted as secondary figures
    expect(await screen.findByText(/Di luar alur utama: Ditolak 17 · Diturunkan 8/)).toBeTruthy();

    // readiness: most common missing requirement with its count, and links to the readiness list
    const missing = screen.getByTestId('most-common-missing');
    expect(text(missing)).toContain('Konfirmasi status wajib pajak (KSWP)');
    expect(text(missing)).toContain('1.312 pelaku usaha belum memenuhinya');
    expect(within(missing).getByRole('link').getAttribute('href')).toBe('/ekatalog?missing=kswp');
    const almost = screen.getByTestId('almost-ready');
    expect(within(almost).getByRole('link', { name: 'Lihat yang hampir siap' }).getAttribute('href')).toBe(
      '/ekatalog?maxMissing=1',
    );

    // training this quarter
    const training = screen.getByTestId('training');
    expect(text(training)).toContain('Triwulan IV 2026');
    expect(text(training)).toContain('148');
    expect(text(training)).toMatch(/90\s?%/);

    // export cases
    expect(text(screen.getByTestId('export-open'))).toContain('14');
    const overdue = screen.getByTestId('export-overdue');
    expect(text(overdue)).toContain('3');
    expect(within(overdue).getByRole('link').getAttribute('href')).toBe('/export-cases/attention');
    await waitFor(() => expect(screen.getAllByTestId('dashboard-chart')).toHaveLength(5));
  });

  it('filters by kecamatan: the URL changes and the dashboard is fetched for it', async () => {
    const { dashboardCalls } = setup((request) => {
      const kecamatan = new URL(request.url).searchParams.get('kecamatan');
      return kecamatan === '12.71.02'
        ? json(
            makeDashboard({
              kecamatan,
              fosteredBusinesses: 621,
              byKecamatan: [{ code: '12.71.02', name: 'Medan Sunggal', businesses: 621, listed: 70 }],
            }),
          )
        : json(makeDashboard());
    });
    const { router } = renderApp('/dashboard');
    expect(text(await screen.findByTestId('figure-fostered'))).toContain('1.825');
    expect(new URL(dashboardCalls()[0]!.url).searchParams.has('kecamatan')).toBe(false);

    const select = screen.getByLabelText('Kecamatan');
    await screen.findByRole('option', { name: 'Medan Sunggal' });
    fireEvent.change(select, { target: { value: '12.71.02' } });

    await waitFor(() => expect(router.state.location.search).toBe('?kecamatan=12.71.02'));
    await waitFor(() => expect(text(screen.getByTestId('figure-fostered'))).toContain('621'));
    expect(new URL(dashboardCalls().at(-1)!.url).searchParams.get('kecamatan')).toBe('12.71.02');
    expect(screen.getByText('Kecamatan Medan Sunggal')).toBeTruthy();
    expect((screen.getByLabelText<HTMLSelectElement>('Kecamatan')).value).toBe('12.71.02');

    // back to all kecamatan
    fireEvent.change(screen.getByLabelText('Kecamatan'), { target: { value: '' } });
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(text(screen.getByTestId('figure-fostered'))).toContain('1.825'));
  });

  it('reads the kecamatan from a shared URL', async () => {
    const { dashboardCalls } = setup(() => json(makeDashboard({ kecamatan: '12.71.01' })));
    renderApp('/dashboard?kecamatan=12.71.01');
    await screen.findByTestId('figure-fostered');
    expect(new URL(dashboardCalls()[0]!.url).searchParams.get('kecamatan')).toBe('12.71.01');
    const almost = screen.getByTestId('almost-ready');
    expect(within(almost).getByRole('link').getAttribute('href')).toBe('/ekatalog?maxMissing=1&kecamatan=12.71.01');
  });

  it('offers each chart as a table with the same numbers', async () => {
    setup(() => json(makeDashboard()));
    renderApp('/dashboard');
    await screen.findByTestId('figure-fostered');

    const toggle = await screen.findByRole('button', { name: 'Lihat tabel: Pelaku usaha per kecamatan' });
    await waitFor(() => expect(screen.getAllByTestId('dashboard-chart')).toHaveLength(5));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // the table is in the page for screen readers even before it is shown
    const table = screen.getByRole('table', { name: 'Pelaku usaha binaan aktif dan yang tayang di e-katalog per kecamatan' });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.className).toBe('visually-hidden');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toContain('Sembunyikan tabel');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.className).toContain('table-wrap');
    const kota = within(table).getByRole('rowheader', { name: 'Medan Kota' }).closest('tr')!;
    expect(within(kota).getAllByRole('cell').map(text)).toEqual(['1.204', '130', expect.stringMatching(/^10,8\s?%$/)]);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // sorted by coverage: Medan Sunggal (11,3 %) before Medan Kota (10,8 %), though Kota has more businesses
    expect(within(table).getAllByRole('rowheader').map(text)).toEqual(['Medan Sunggal', 'Medan Kota']);

    const coverage = screen.getByRole('table', { name: 'Cakupan e-katalog dibanding target' });
    const cells = within(coverage).getAllByRole('cell').map(text);
    expect(cells[0]).toBe('200');
    expect(cells[1]).toBe('1.825');
    expect(cells[2]).toMatch(/^11\s?%$/);

    const funnel = screen.getByRole('table', { name: 'Jumlah pelaku usaha per status e-katalog' });
    expect(within(funnel).getAllByRole('rowheader').map(text)).toEqual([
      'Belum mulai',
      'Persiapan',
      'Diajukan',
      'Tayang',
      'Ditolak',
      'Diturunkan',
    ]);
    expect(within(funnel).getAllByRole('cell').map(text)).toEqual(['1.012', '401', '187', '200', '17', '8']);

    const stages = screen.getByRole('table', { name: 'Kasus pendampingan ekspor terbuka per tahap' });
    expect(within(stages).getAllByRole('row').slice(1).map(text)).toEqual(['Penerimaan5', 'Kepabeanan9']);
  });

  it('shows the error and loads again on retry', async () => {
    let calls = 0;
    setup(() => {
      calls += 1;
      return calls === 1 ? problem(503, { title: 'Layanan sedang sibuk.' }) : json(makeDashboard());
    });
    renderApp('/dashboard');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Layanan sedang sibuk.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(text(await screen.findByTestId('figure-fostered'))).toContain('1.825');
    expect(calls).toBe(2);
  });

  it('says so when there is nothing to show yet', async () => {
    setup(() =>
      json(
        makeDashboard({
          fosteredBusinesses: 0,
          inactiveBusinesses: 0,
          coverage: { listed: 0, target: 0, sharePercent: 0, targetLinePercent: 30, yearTarget: 0, yearTargetSharePercent: 0 },
          readiness: { readyNotListed: 0, almostReady: 0, mostCommonMissing: null, missingByRequirement: [] },
          training: { quarter: '2026-Q4', sessions: 0, registrations: 0, attended: 0, absent: 0, attendanceRatePercent: null },
          exportCases: { open: 0, overdue: 0, byStage: [] },
        }),
      ),
    );
    renderApp('/dashboard');
    expect(await screen.findByText('Belum ada pelaku usaha binaan yang tercatat untuk wilayah ini.')).toBeTruthy();
    expect(screen.getByText('Tidak ada persyaratan yang kurang.')).toBeTruthy();
    expect(screen.getByText('Belum ada sesi pelatihan pada triwulan ini.')).toBeTruthy();
    expect(screen.getByText('Belum ada kehadiran yang dicatat')).toBeTruthy();
    expect(screen.getByText('Tidak ada kasus pendampingan ekspor yang terbuka.')).toBeTruthy();
  });

  it('draws the kecamatan chart by coverage with a value on both bars of every kecamatan', async () => {
    setup(() => json(makeDashboard()));
    renderApp('/dashboard');
    const heading = await screen.findByRole('heading', { name: 'Pelaku usaha per kecamatan' });
    const chart = within(heading.closest('section')!).getByTestId('dashboard-chart');
    // labels in coverage order, each with its coverage
    expect([...chart.querySelectorAll('.bar-chart-labels li')].map(text)).toEqual([
      expect.stringMatching(/^Medan Sunggal \(11,3\s?%\)$/),
      expect.stringMatching(/^Medan Kota \(10,8\s?%\)$/),
    ]);
    // two bars per kecamatan (active, listed), each with its value
    expect(chart.querySelectorAll('rect.bar-chart-bar')).toHaveLength(4);
    expect([...chart.querySelectorAll('svg text')].map(text)).toEqual(['621', '70', '1.204', '130']);
  });

  it('shows where the blockers are: kecamatan x missing requirement, each count leading to the filtered list', async () => {
    setup(() => json(makeDashboard()));
    renderApp('/dashboard');
    const table = await screen.findByRole('table', { name: 'Pelaku usaha belum tayang per kecamatan dan persyaratan yang kurang' });
    // the kecamatan with most businesses not yet listed first; only requirements someone misses are columns
    expect(within(table).getAllByRole('columnheader').map(text)).toEqual([
      'Kecamatan',
      'Belum tayang',
      'Konfirmasi status wajib pajak (KSWP)',
      'Produk dengan data lengkap',
      'Sertifikat halal',
    ]);
    expect(within(table).getAllByRole('rowheader').map(text)).toEqual(['Medan Sunggal', 'Medan Kota', 'Jumlah']);
    const link = within(table).getByRole('link', { name: '5 pelaku usaha di Medan Kota belum memenuhi Sertifikat halal' });
    expect(link.getAttribute('href')).toBe('/ekatalog?missing=halal&kecamatan=12.71.01');
    const total = within(table).getByRole('rowheader', { name: 'Jumlah' }).closest('tr')!;
    expect(within(total).getAllByRole('cell').map(text)).toEqual(['130', '100', '32', '5']);
  });
});
