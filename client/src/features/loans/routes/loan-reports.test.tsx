import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';

describe('loan reports page', () => {
  it('shows approval rates per bank and product and the amounts disbursed per quarter for the chosen year', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/loan-reports/approval-rates': () =>
        json([{ bank: 'bri', product: 'kur_micro', referrals: 10, pending: 2, approved: 6, rejected: 2, approvalRate: 0.75, amountRequestedIdr: 500_000_000, amountApprovedIdr: 280_000_000 }]),
      'GET /api/v1/loan-reports/disbursed-by-quarter': () =>
        json({
          year: 2025,
          loans: 5,
          amountDisbursedIdr: 230_000_000,
          quarters: [1, 2, 3, 4].map((n) => ({ number: n, from: '2025-01-01', to: '2025-03-31', loans: n === 2 ? 5 : 0, amountDisbursedIdr: n === 2 ? 230_000_000 : 0 })),
        }),
    });
    renderApp('/loans/reports?year=2025');
    const rates = await screen.findByRole('table', { name: 'Tingkat persetujuan per bank dan produk, 2025' });
    const row = within(rates).getAllByRole('row')[1]!;
    expect(within(row).getByText('BRI')).toBeTruthy();
    expect(within(row).getByText('KUR Mikro')).toBeTruthy();
    expect(within(row).getByText('75%')).toBeTruthy();
    const quarters = await screen.findByRole('table', { name: 'Kredit dicairkan per triwulan, 2025' });
    expect(within(quarters).getByText('Triwulan 2')).toBeTruthy();
    expect(within(quarters).getAllByText(/Rp.230\.000\.000/)).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Tahun'), { target: { value: String(new Date().getFullYear()) } });
    await waitFor(() =>
      expect(new URL(calls.at(-1)!.url).searchParams.get('year')).toBe(String(new Date().getFullYear())),
    );
  });
});
