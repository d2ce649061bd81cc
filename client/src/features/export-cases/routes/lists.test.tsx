import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { makeExportCase, officer, page, viewer } from '../test-data';

// Lazy routes on a shared 2-core machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });

const stuck = makeExportCase({
  id: '15',
  businessName: 'Karet Deli Makmur',
  commodity: 'rubber',
  stage: 'legal_check',
  daysInStage: 40,
  targetDays: 14,
  isOverdue: true,
  daysOverdue: 26,
});

describe('cases needing attention', () => {
  it('lists overdue cases, longest stuck first, with how long', async () => {
    signInAs(viewer);
    const { calls } = mockApi({ 'GET /api/v1/export-cases': () => json({ ...page([stuck], 31), pageSize: 25 }) });
    renderApp('/export-cases/attention');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kasus yang perlu perhatian' })).toBeTruthy();
    const rowEl = (await screen.findByRole('link', { name: '#15' })).closest('tr')!;
    expect(within(rowEl).getByText('Karet Deli Makmur')).toBeTruthy();
    expect(within(rowEl).getByText('40')).toBeTruthy();
    expect(within(rowEl).getByText('Terlambat 26 hari')).toBeTruthy();
    const q = new URL(calls[0]!.url).searchParams;
    expect(q.get('overdue')).toBe('true');
    expect(q.get('sort')).toBe('stageEnteredAt');
    expect(screen.getByText('31 kasus')).toBeTruthy();
  });

  it('switches to documents expiring within 30 days, kept in the URL, paged on the server', async () => {
    signInAs(viewer);
    const { calls } = mockApi({ 'GET /api/v1/export-cases': () => json({ items: [stuck], page: 1, pageSize: 25, totalCount: 30 }) });
    const { router } = renderApp('/export-cases/attention');
    await screen.findByRole('link', { name: '#15' });
    fireEvent.click(screen.getByRole('link', { name: 'Dokumen kedaluwarsa dalam 30 hari' }));
    await waitFor(() => expect(router.state.location.search).toBe('?view=expiring'));
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('expiringWithinDays') === '30')).toBe(true));
    expect(await screen.findByText('Dokumen segera kedaluwarsa')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await waitFor(() => expect(router.state.location.search).toBe('?view=expiring&page=2'));
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('page') === '2')).toBe(true));
  });
});

describe('business page tab "Pendampingan ekspor"', () => {
  it("lists the business's cases and offers an officer to open one", async () => {
    signInAs(officer);
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
      'GET /api/v1/export-cases': () => json({ ...page([makeExportCase()]), pageSize: 25 }),
    });
    renderApp('/businesses/b1?tab=export');
    expect(await screen.findByRole('tab', { name: 'Pendampingan ekspor', selected: true })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Kasus #12 – Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(screen.getByText('Green arabica coffee, Sidikalang, grade 1')).toBeTruthy();
    expect(new URL(calls.find((c) => c.url.includes('export-cases'))!.url).searchParams.get('businessId')).toBe('b1');
    expect(screen.getByRole('link', { name: 'Buka kasus pendampingan ekspor' }).getAttribute('href')).toBe('/export-cases/new?businessId=b1');
  });

  it('says so when there are none, and a viewer cannot open one', async () => {
    signInAs(viewer);
    mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
      'GET /api/v1/export-cases': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }),
    });
    renderApp('/businesses/b1?tab=export');
    expect(await screen.findByText('Pelaku usaha ini belum punya kasus pendampingan ekspor.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Buka kasus pendampingan ekspor' })).toBeNull();
  });
});
