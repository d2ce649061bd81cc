import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeExportCase, officer, page, viewer } from '../test-data';

// Lazy routes on a shared 2-core machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });

const intake = makeExportCase();
const overdue = makeExportCase({
  id: '15',
  businessName: 'Karet Deli Makmur',
  commodity: 'rubber',
  destinationCountry: 'CN',
  stage: 'legal_check',
  daysInStage: 20,
  targetDays: 14,
  isOverdue: true,
  daysOverdue: 6,
  allowedStages: ['commodity_licence', 'rejected', 'withdrawn'],
  version: 5,
});
const closed = makeExportCase({ id: '9', businessName: 'Sawit Belawan', stage: 'closed', targetDays: null, allowedStages: [] });

/** The board asks for open cases, open cases with expiring documents, and (behind the filter) ended ones. */
function boardApi(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}, cases = [intake, overdue]) {
  return mockApi({
    'GET /api/v1/export-cases': (request) => {
      const q = new URL(request.url).searchParams;
      if (q.get('expiringWithinDays') === '30') return json(page([overdue]));
      if (q.get('stage') === 'open') return json(page(cases));
      if (q.get('stage') === 'closed') return json({ ...page([closed]), pageSize: 50, totalCount: 61 });
      return json(page([]));
    },
    ...extra,
  });
}

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (business: string) => screen.getByRole('article', { name: new RegExp(business) });

describe('export case board', () => {
  it('shows open cases in stage columns with days vs target and the overdue and expiring badges', async () => {
    signInAs(officer);
    const { calls } = boardApi();
    renderApp('/export-cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Papan kasus ekspor' })).toBeTruthy();
    await screen.findByText('Karet Deli Makmur');
    const intakeColumn = column('Penerimaan');
    expect(within(intakeColumn).getByText('Kopi Sidikalang Jaya')).toBeTruthy();
    expect(within(intakeColumn).getByText('3 hari di tahap ini (target 7 hari)')).toBeTruthy();
    expect(within(intakeColumn).getByText(/Kopi · Malaysia/)).toBeTruthy();
    const legal = card('Karet Deli Makmur');
    expect(within(legal).getByText('Terlambat 6 hari')).toBeTruthy();
    await waitFor(() => expect(within(legal).getByText('Dokumen segera kedaluwarsa')).toBeTruthy());
    expect(within(card('Kopi Sidikalang Jaya')).queryByText('Terlambat', { exact: false })).toBeNull();
    // closed, rejected and withdrawn stay hidden until asked for
    expect(screen.queryByRole('region', { name: /^Selesai/ })).toBeNull();
    const open = calls.find((c) => new URL(c.url).searchParams.get('stage') === 'open')!;
    expect(new URL(open.url).searchParams.get('sort')).toBe('stageEnteredAt');
    expect(new URL(open.url).searchParams.get('pageSize')).toBe('100');
  });

  it('shows ended cases behind the filter, kept in the URL', async () => {
    signInAs(viewer);
    boardApi();
    const { router } = renderApp('/export-cases');
    await screen.findByText('Karet Deli Makmur');
    fireEvent.click(screen.getByLabelText('Tampilkan juga kasus selesai, ditolak dan ditarik'));
    await waitFor(() => expect(router.state.location.search).toBe('?ended=1'));
    const closedColumn = await screen.findByRole('region', { name: /^Selesai/ });
    expect(await within(closedColumn).findByText('Sawit Belawan')).toBeTruthy();
    expect(within(closedColumn).getByText('Menampilkan 1 dari 61')).toBeTruthy();
    // a viewer reads only
    expect(screen.queryByRole('button', { name: 'Pindahkan ke tahap berikutnya' })).toBeNull();
    expect(card('Kopi Sidikalang Jaya').getAttribute('draggable')).toBe('false');
  });

  it('moves a card to the next stage with the keyboard button, sending If-Match', async () => {
    signInAs(officer);
    let moved = false;
    const { calls } = boardApi({
      'POST /api/v1/export-cases/12/stage': () => {
        moved = true;
        return json(makeExportCase({ stage: 'legal_check', version: 4 }), { headers: { ETag: '"4"' } });
      },
    });
    renderApp('/export-cases');
    await screen.findByText('Karet Deli Makmur');
    const button = within(card('Kopi Sidikalang Jaya')).getByRole('button', { name: 'Pindahkan ke tahap berikutnya' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(button);
    expect(await screen.findByText('Kasus #12 – Kopi Sidikalang Jaya dipindahkan ke tahap Pemeriksaan legalitas.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.clone().json()).toEqual({ to: 'legal_check', note: null });
    expect(moved).toBe(true);
  });

  it('lists the missing documents of a 409 documents_incomplete', async () => {
    signInAs(officer);
    boardApi({
      'POST /api/v1/export-cases/15/stage': () =>
        problem(409, {
          title: 'Documents incomplete',
          code: 'documents_incomplete',
          detail: 'Before leaving legal_check these documents must be verified and unexpired: NPWP tax registration (missing).',
          missing: [
            { documentId: 'd2', type: 'npwp', name: 'NPWP tax registration', status: 'missing', isExpired: false },
            { documentId: 'd3', type: 'customs_access', name: 'Customs access registration', status: 'verified', isExpired: true },
          ],
        }),
    });
    renderApp('/export-cases');
    await screen.findByText('Karet Deli Makmur');
    fireEvent.click(within(card('Karet Deli Makmur')).getByRole('button', { name: 'Pindahkan ke tahap berikutnya' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kasus #15 – Karet Deli Makmur tidak dapat dipindahkan ke Izin komoditas.');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['NPWP tax registration: Belum ada', 'Customs access registration: Kedaluwarsa']);
    expect(within(alert).getByRole('link', { name: 'Buka daftar dokumen kasus ini' }).getAttribute('href')).toBe('/export-cases/15#documents');
  });

  it('drag and drop moves a case; a move the API refuses (409) shows the allowed moves', async () => {
    signInAs(officer);
    const { calls } = boardApi({
      'POST /api/v1/export-cases/12/stage': () =>
        problem(409, {
          title: 'Invalid stage transition',
          code: 'invalid_stage_transition',
          detail: 'Export case 12 cannot move from intake to customs; allowed: legal_check, rejected, withdrawn.',
          allowed: ['legal_check', 'rejected', 'withdrawn'],
          from: 'intake',
        }),
    });
    renderApp('/export-cases');
    await screen.findByText('Karet Deli Makmur');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(card('Kopi Sidikalang Jaya'), { dataTransfer });
    // the columns it may go to are marked while dragging
    await waitFor(() => expect(column('Pemeriksaan legalitas').className).toContain('ec-column-allowed'));
    expect(column('Kepabeanan').className).not.toContain('ec-column-allowed');
    fireEvent.dragOver(column('Kepabeanan'), { dataTransfer });
    fireEvent.drop(column('Kepabeanan'), { dataTransfer });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pemindahan yang diizinkan: Pemeriksaan legalitas, Ditolak, Ditarik.');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ to: 'customs', note: null });
  });

  it('on 412 says someone else moved it and reloads the board', async () => {
    signInAs(officer);
    let stage: 'intake' | 'legal_check' = 'intake';
    boardApi({ 'POST /api/v1/export-cases/12/stage': () => problem(412, { title: 'Precondition failed' }) });
    // after the reload the case shows where the other officer put it
    const { calls } = mockApi({
      'GET /api/v1/export-cases': (request) => {
        const q = new URL(request.url).searchParams;
        if (q.get('expiringWithinDays')) return json(page([]));
        return json(page([makeExportCase({ stage, version: stage === 'intake' ? 3 : 4 })]));
      },
      'POST /api/v1/export-cases/12/stage': () => {
        stage = 'legal_check';
        return problem(412, { title: 'Precondition failed' });
      },
    });
    renderApp('/export-cases');
    await screen.findByText('Kopi Sidikalang Jaya');
    fireEvent.click(screen.getByRole('button', { name: 'Pindahkan ke tahap berikutnya' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('sudah dipindahkan atau diubah oleh pengguna lain');
    fireEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(within(column('Pemeriksaan legalitas')).getByText('Kopi Sidikalang Jaya')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThan(2);
  });

  it('asks for the reason before rejecting a case from the move menu', async () => {
    signInAs(officer);
    const { calls } = boardApi({
      'POST /api/v1/export-cases/12/stage': () => json(makeExportCase({ stage: 'rejected', version: 4, allowedStages: [] })),
    });
    renderApp('/export-cases');
    await screen.findByText('Karet Deli Makmur');
    const kopi = card('Kopi Sidikalang Jaya');
    fireEvent.click(within(kopi).getByRole('button', { name: 'Pilihan pemindahan' }));
    expect(within(kopi).getByRole('button', { name: 'Pilihan pemindahan' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(kopi).getByRole('button', { name: 'Tolak kasus…' }));
    const panel = await screen.findByRole('form', { name: /Pindahkan kasus #12/ });
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByLabelText('Alasan (wajib)')));
    fireEvent.click(within(panel).getByRole('button', { name: 'Pindahkan ke Ditolak' }));
    expect(within(panel).getByText('Tuliskan alasannya.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.change(within(panel).getByLabelText('Alasan (wajib)'), { target: { value: 'Buyer cancelled the order' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Pindahkan ke Ditolak' }));
    await screen.findByText(/dipindahkan ke tahap Ditolak/);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ to: 'rejected', note: 'Buyer cancelled the order' });
  });
});
