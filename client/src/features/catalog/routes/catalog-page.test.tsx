import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp } from '@/testing/test-utils';

const product = {
  id: 'p1',
  name: 'Kopi Arabika Sidikalang 250 g',
  category: 'food_beverage',
  description: 'Kopi sangrai medium.',
  priceIdr: 65_000,
  unit: 'pack',
  minimumOrder: 10,
  tkdnPercent: 85.5,
  halalCertified: true,
  halalCertificateNumber: 'ID1211',
  halalCertificateExpiresOn: '2028-02-14',
  isFood: true,
  businessName: 'Kopi Bu Rina',
  kecamatanCode: '12.71.01',
  kecamatanName: 'Medan Kota',
  photos: [{ id: 'ph1', url: '/api/v1/catalog/p1/photos/ph1', contentType: 'image/png', sizeBytes: 100 }],
};

describe('public catalog', () => {
  it('is reachable signed out: cards with photo, rupiah price, business and kecamatan; filters go to the API', async () => {
    const { calls } = mockApi({ 'GET /api/v1/catalog': () => json({ items: [product], page: 1, pageSize: 24, totalCount: 1 }) });
    const { router } = renderApp('/katalog');
    expect(await screen.findByRole('heading', { level: 1, name: 'Katalog produk UMKM binaan' })).toBeTruthy();
    const card = (await screen.findByRole('link', { name: 'Kopi Arabika Sidikalang 250 g' })).closest('article')!;
    expect(card.textContent).toContain('Rp\u00a065.000');
    expect(within(card).getByText('Kopi Bu Rina')).toBeTruthy();
    expect(within(card).getByText('Medan Kota')).toBeTruthy();
    expect(within(card).getByText('Halal')).toBeTruthy();
    expect((within(card).getByRole<HTMLImageElement>('img')).getAttribute('src')).toBe('/api/v1/catalog/p1/photos/ph1');
    expect(calls.every((c) => !c.headers.has('Authorization'))).toBe(true);

    fireEvent.change(screen.getByLabelText('Kata kunci'), { target: { value: 'kopi' } });
    fireEvent.change(screen.getByLabelText('Kategori'), { target: { value: 'food_beverage' } });
    fireEvent.change(screen.getByLabelText('Kecamatan'), { target: { value: '12.71.01' } });
    fireEvent.change(screen.getByLabelText('Harga terendah'), { target: { value: '10000' } });
    fireEvent.change(screen.getByLabelText('Harga tertinggi'), { target: { value: '100000' } });
    fireEvent.click(screen.getByLabelText('Hanya bersertifikat halal'));
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=kopi&category=food_beverage&kecamatan=12.71.01&minPrice=10000&maxPrice=100000&halal=true'),
    );
    await waitFor(() => {
      const last = new URL(calls.at(-1)!.url).searchParams;
      expect(Object.fromEntries(last)).toMatchObject({
        q: 'kopi', category: 'food_beverage', kecamatan: '12.71.01', minPriceIdr: '10000', maxPriceIdr: '100000', halal: 'true',
      });
    });
  });

  it('shows a product detail view, and says so for an unknown product', async () => {
    mockApi({
      'GET /api/v1/catalog/p1': () => json(product),
      'GET /api/v1/catalog/nope': () => problem(404, { title: 'Not Found' }),
    });
    const { router } = renderApp('/katalog/p1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kopi Arabika Sidikalang 250 g' })).toBeTruthy();
    expect(screen.getByText('Oleh Kopi Bu Rina, Kecamatan Medan Kota')).toBeTruthy();
    expect(screen.getByText('Kopi sangrai medium.')).toBeTruthy();
    expect(screen.getByText('ID1211, berlaku sampai 14 Februari 2028')).toBeTruthy();
    await router.navigate('/katalog/nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Produk tidak ditemukan di katalog.');
  });
});
