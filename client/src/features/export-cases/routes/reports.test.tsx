import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { viewer } from '../test-data';

// Lazy routes on a shared 2-core machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });

const cell = (table: HTMLElement, rowName: string) =>
  [...within(within(table).getByRole('rowheader', { name: rowName }).closest('tr')!).getAllByRole('cell')].map((c) => c.textContent);

describe('export reports', () => {
  it('shows each report as a table of its numbers', async () => {
    signInAs(viewer);
    const { calls } = mockApi({
      'GET /api/v1/export-reports/open-cases-by-stage': () =>
        json({
          items: [
            { stage: 'intake', total: 3, overdue: 1, targetDays: 7, byCommodity: { coffee: 2, rubber: 1, palm_oil: 0, palm_oil_derivative: 0, other: 0 } },
            { stage: 'legal_check', total: 5, overdue: 0, targetDays: 14, byCommodity: { coffee: 4, rubber: 0, palm_oil: 1, palm_oil_derivative: 0, other: 0 } },
          ],
          totalOpen: 8,
          totalOverdue: 1,
        }),
      'GET /api/v1/export-reports/stage-durations': () =>
        json([{ stage: 'intake', completedStays: 20, medianDays: 4.5, targetDays: 7, currentCases: 3, overdueCases: 1, longestCurrentDays: 12 }]),
      'GET /api/v1/export-reports/shipped-per-quarter': () =>
        json([{ quarter: '2026-Q3', year: 2026, quarterOfYear: 3, casesShipped: 4, estimatedValueIdr: 5_000_000_000, estimatedValueUsd: 310000 }]),
      'GET /api/v1/export-reports/value-by-commodity': () => problem(500, { title: 'Server error' }),
    });
    renderApp('/export-cases/reports');
    const byStage = (await screen.findByRole('heading', { name: 'Kasus terbuka per tahap dan komoditas' })).closest('section')!;
    const table = await within(byStage).findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Tahap', 'Kopi', 'Karet', 'Minyak sawit', 'Turunan minyak sawit', 'Lainnya', 'Jumlah', 'Terlambat', 'Target (hari)',
    ]);
    expect(cell(table, 'Penerimaan')).toEqual(['2', '1', '0', '0', '0', '3', '1', '7']);
    expect(cell(table, 'Jumlah')).toEqual(['6', '1', '1', '0', '0', '8', '1', '']);

    const durations = (await screen.findByRole('heading', { name: 'Median lama per tahap' })).closest('section')!;
    expect(cell(await within(durations).findByRole('table'), 'Penerimaan')).toEqual(['4,5', '7', '20', '3', '1', '12']);

    const shipped = (await screen.findByRole('heading', { name: 'Dikapalkan per triwulan' })).closest('section')!;
    const shippedRow = cell(await within(shipped).findByRole('table'), 'Triwulan 3 2026');
    expect(shippedRow.slice(0, 2)).toEqual(['4', 'Rp\u00a05.000.000.000']);

    const value = (await screen.findByRole('heading', { name: 'Nilai ekspor per komoditas' })).closest('section')!;
    expect((await within(value).findByRole('alert')).textContent).toContain('Server error');
    expect(calls.some((c) => c.url.includes('shipped-per-quarter'))).toBe(true);
  });
});
