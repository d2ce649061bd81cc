import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { makeLoan, viewer } from '../test-data';

const lastQuery = (calls: Request[]) => new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/loan-referrals').at(-1)!.url).searchParams;

function listApi() {
  return mockApi({
    'GET /api/v1/businesses/43': () => json(makeBusiness({ id: '43', name: 'Batik Deli' })),
    'GET /api/v1/loan-referrals': () =>
      json({ items: [makeLoan(), makeLoan({ id: '32', bank: 'bank_sumut', product: 'kur_small', status: 'rejected' })], page: 1, pageSize: 25, totalCount: 2 }),
  });
}

describe('loan referral list', () => {
  it('shows referrals and passes the URL filters (business, bank, product, status) to the API', async () => {
    signInAs();
    const { calls } = listApi();
    const { router } = renderApp('/loans?businessId=43&bank=bri&product=kur_micro&status=approved&sort=amountRequested');
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Batik Deli' }).getAttribute('href')).toBe('/loans/31');
    expect(within(rows[1]!).getByText('KUR Mikro')).toBeTruthy();
    expect(within(rows[2]!).getByText('Bank Sumut')).toBeTruthy();
    expect(within(rows[2]!).getByText('Ditolak')).toBeTruthy();
    expect(Object.fromEntries(lastQuery(calls))).toEqual({
      page: '1', pageSize: '25', sort: 'amountRequested', businessId: '43', bank: 'bri', product: 'kur_micro', status: 'approved',
    });
    expect(await screen.findByText('Dipilih: Batik Deli')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ganti' }));
    await waitFor(() => expect(router.state.location.search).toBe('?bank=bri&product=kur_micro&status=approved&sort=amountRequested'));
    fireEvent.change(screen.getByLabelText('Bank'), { target: { value: 'bsi' } });
    await waitFor(() => expect(lastQuery(calls).get('bank')).toBe('bsi'));
  });

  it('hides "refer to a bank" from a viewer', async () => {
    signInAs(viewer);
    listApi();
    renderApp('/loans');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Rujuk ke bank' })).toBeNull();
  });
});
