import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeLoan } from '../test-data';

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('refer a business to a bank', () => {
  it('starts from the business page, sends the referral, and shows API errors inline', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/businesses/43': () => json(makeBusiness({ id: '43', name: 'Batik Deli' }), { headers: { ETag: '"1"' } }),
      'POST /api/v1/loan-referrals': () =>
        ++attempt === 1
          ? problem(400, { title: 'One or more validation errors occurred.', errors: { amountRequestedIdr: ['KUR micro is at most Rp 100.000.000.'] } })
          : json(makeLoan(), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/loan-referrals/31': () => json(makeLoan(), { headers: { ETag: '"1"' } }),
    });
    const { router } = renderApp('/loans/new?businessId=43');
    expect(await screen.findByText('Dipilih: Batik Deli')).toBeTruthy();
    type('Bank', 'bri');
    type('Produk kredit', 'kur_micro');
    type('Jumlah yang diajukan', '150000000');
    type('Tujuan penggunaan', 'Modal kerja pembelian biji kopi');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rujukan' }));
    await waitFor(() => expect(errorOf(field('Jumlah yang diajukan'))).toBe('KUR micro is at most Rp 100.000.000.'));
    expect(document.activeElement).toBe(field('Jumlah yang diajukan'));
    expect(await calls.find((c) => c.method === 'POST')!.clone().json()).toEqual({
      businessId: '43', bank: 'bri', product: 'kur_micro', amountRequestedIdr: 150_000_000, purpose: 'Modal kerja pembelian biji kopi', referredOn: null,
    });
    type('Jumlah yang diajukan', '50000000');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rujukan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/loans/31'));
    expect(await screen.findByText('Rujukan kredit telah dicatat.')).toBeTruthy();
  });

  it('checks the required fields, and shows a deactivated business (409) on the business field', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/businesses': () => json({ items: [makeBusiness({ id: '44', name: 'Tenun Ulos', status: 'inactive' })], page: 1, pageSize: 10, totalCount: 1 }),
      'POST /api/v1/loan-referrals': () => problem(409, { code: 'business_inactive', detail: 'Business 44 is deactivated (no longer fostered); the office does not refer it.' }),
    });
    renderApp('/loans/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan rujukan' }));
    await waitFor(() => expect(errorOf(field('Pelaku usaha'))).toBe('Wajib diisi.'));
    expect(errorOf(field('Jumlah yang diajukan'))).toBe('Isi jumlah lebih dari Rp 0.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    type('Pelaku usaha', 'tenun');
    fireEvent.click(screen.getByRole('button', { name: 'Cari usaha' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pilih Tenun Ulos' }));
    type('Bank', 'bni');
    type('Produk kredit', 'kur_small');
    type('Jumlah yang diajukan', '20000000');
    type('Tujuan penggunaan', 'Alat tenun');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rujukan' }));
    await waitFor(() => expect(errorOf(screen.getByRole('button', { name: 'Ganti' }))).toMatch(/deactivated/));
  });
});
