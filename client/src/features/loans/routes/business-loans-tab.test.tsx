import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { makeLoan, viewer } from '../test-data';

describe('business page tab "Kredit"', () => {
  it('lists the loan referrals of the business and offers a new referral', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/businesses/43': () => json(makeBusiness({ id: '43', name: 'Batik Deli' }), { headers: { ETag: '"1"' } }),
      'GET /api/v1/businesses/43/loan-referrals': () => json([makeLoan({ status: 'disbursed', amountDisbursedIdr: 45_000_000 })]),
    });
    renderApp('/businesses/43?tab=loans');
    const table = await screen.findByRole('table', { name: 'Rujukan kredit bank' });
    expect(within(table).getByText('Dicairkan', { selector: '.badge' })).toBeTruthy();
    expect(within(table).getByText(/Rp.45\.000\.000/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rujuk ke bank' }).getAttribute('href')).toBe('/loans/new?businessId=43');
  });

  it('says when there is none, without the referral action for a viewer', async () => {
    signInAs(viewer);
    mockApi({
      'GET /api/v1/businesses/43': () => json(makeBusiness({ id: '43' }), { headers: { ETag: '"1"' } }),
      'GET /api/v1/businesses/43/loan-referrals': () => json([]),
    });
    renderApp('/businesses/43?tab=loans');
    expect(await screen.findByText('Usaha ini belum pernah dirujuk ke bank.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Rujuk ke bank' })).toBeNull();
  });
});
