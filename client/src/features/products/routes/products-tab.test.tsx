import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { Product } from '../api/types';

const officer = { id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' as const };

function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p1',
    businessId: 'b1',
    businessName: 'Kopi Sidikalang Jaya',
    name: 'Kopi Arabika 250 g',
    category: 'food_beverage',
    description: 'Kopi sangrai medium.',
    priceIdr: 65_000,
    unit: 'pack',
    minimumOrder: 10,
    kbliCode: '10761',
    hsCode: null,
    tkdnPercent: 85.5,
    sniNumber: null,
    halalCertificateNumber: 'ID123',
    halalCertificateExpiresOn: '2028-02-14',
    pirtNumber: '2071271010123-26',
    bpomNumber: null,
    isFood: true,
    isNonHalal: false,
    isActive: true,
    photos: [{ id: 'ph1', url: '/api/v1/products/p1/photos/ph1', contentType: 'image/png', sizeBytes: 2048 }],
    createdAt: '2024-03-05T03:00:00Z',
    updatedAt: '2024-03-06T03:00:00Z',
    version: 3,
    ...overrides,
  };
}

const page = (items: Product[]) => json({ items, page: 1, pageSize: 25, totalCount: items.length });
const business = () => json(makeBusiness(), { headers: { ETag: '"2"' } });

beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:preview'), revokeObjectURL: vi.fn() }));
});

describe('products tab', () => {
  it('lists the products with rupiah prices; a viewer gets no write actions', async () => {
    signInAs({ ...officer, role: 'viewer' });
    mockApi({ 'GET /api/v1/businesses/b1': business, 'GET /api/v1/businesses/b1/products': () => page([makeProduct()]) });
    renderApp('/businesses/b1?tab=products');
    const row = (await screen.findByRole('rowheader', { name: 'Kopi Arabika 250 g' })).closest('tr')!;
    expect(row.textContent).toContain('Rp\u00a065.000 / pack');
    expect(within(row).getByText('Makanan dan minuman')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah produk' })).toBeNull();
    expect(within(row).queryByRole('button', { name: /Nonaktifkan/ })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Lihat Kopi Arabika 250 g' })).toBeTruthy();
  });

  it('shows halal and PIRT/BPOM with the certificate expiry, and what a food product still lacks', async () => {
    signInAs({ ...officer, role: 'viewer' });
    mockApi({
      'GET /api/v1/businesses/b1': business,
      'GET /api/v1/businesses/b1/products': () =>
        page([
          makeProduct(),
          makeProduct({ id: 'p2', name: 'Sambal Andaliman', halalCertificateNumber: null, halalCertificateExpiresOn: null, pirtNumber: null, bpomNumber: 'MD 123456789012' }),
          makeProduct({ id: 'p3', name: 'Ulos Ragi Hotang', category: 'craft', isFood: false, halalCertificateNumber: null, halalCertificateExpiresOn: null, pirtNumber: null }),
        ]),
    });
    renderApp('/businesses/b1?tab=products');
    const row = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;
    const kopi = await row('Kopi Arabika 250 g');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Halal', 'PIRT / BPOM']));
    expect(within(kopi).getByTestId('product-halal').textContent).toBe('ID123 berlaku s.d. 14 Februari 2028');
    expect(within(kopi).getByTestId('product-pirt-bpom').textContent).toBe('PIRT 2071271010123-26');
    const sambal = await row('Sambal Andaliman');
    expect(within(sambal).getByTestId('product-halal').textContent).toBe('Belum ada');
    expect(within(sambal).getByTestId('product-pirt-bpom').textContent).toBe('BPOM MD 123456789012');
    const ulos = await row('Ulos Ragi Hotang');
    expect(within(ulos).getByTestId('product-halal').textContent).toBe('Bukan pangan');
  });

  it('adds a product, showing the API field errors inline, then opens it for photos', async () => {
    signInAs(officer);
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': business,
      'GET /api/v1/businesses/b1/products': () => page([]),
      'POST /api/v1/businesses/b1/products': () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation', errors: { KbliCode: ['The KBLI does not fit the category.'] } })
          : json(makeProduct({ id: 'p9', name: 'Bika Ambon', photos: [] }), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/products/p9': () => json(makeProduct({ id: 'p9', name: 'Bika Ambon', photos: [], version: 1 }), { headers: { ETag: '"1"' } }),
    });
    const { router } = renderApp('/businesses/b1?tab=products');
    expect(await screen.findByText('Pelaku usaha ini belum punya produk.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah produk' }));
    fireEvent.change(await screen.findByLabelText('Nama produk'), { target: { value: 'Bika Ambon' } });
    fireEvent.change(screen.getByLabelText('Kategori'), { target: { value: 'food_beverage' } });
    fireEvent.change(screen.getByLabelText('Harga'), { target: { value: '45000' } });
    fireEvent.change(screen.getByLabelText('KBLI izin usaha'), { target: { value: '47111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan produk' }));
    const kbli = screen.getByLabelText('KBLI izin usaha');
    await waitFor(() => expect(kbli.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(/The KBLI does not fit the category./).length).toBeGreaterThan(0);
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Bika Ambon', category: 'food_beverage', priceIdr: 45000, kbliCode: '47111' });

    fireEvent.click(screen.getByRole('button', { name: 'Simpan produk' }));
    await waitFor(() => expect(router.state.location.search).toContain('product=p9'));
    expect(await screen.findByRole('heading', { name: 'Ubah produk Bika Ambon' })).toBeTruthy();
    expect(screen.getByText(/Belum ada foto/)).toBeTruthy();
  });

  it('edits with the ETag read and offers a reload on 412', async () => {
    signInAs(officer);
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': business,
      'GET /api/v1/products/p1': () => json(makeProduct(), { headers: { ETag: '"3"' } }),
      'GET /api/v1/products/p1/photos/ph1': () => new Response(new Blob(['x'], { type: 'image/png' })),
      'PUT /api/v1/products/p1': () => problem(412, { title: 'Precondition Failed' }),
    });
    renderApp('/businesses/b1?tab=products&product=p1');
    const name = await screen.findByLabelText('Nama produk');
    expect((name as HTMLInputElement).value).toBe('Kopi Arabika 250 g');
    expect(screen.getByText('/api/v1/products/p1/photos/ph1')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'Kopi Arabika 500 g' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByRole('button', { name: 'Muat data terbaru' })).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
  });

  it('previews a chosen photo and shows the API 415 and 413 messages', async () => {
    signInAs(officer);
    let answer = 415;
    mockApi({
      'GET /api/v1/businesses/b1': business,
      'GET /api/v1/products/p1': () => json(makeProduct({ photos: [] }), { headers: { ETag: '"3"' } }),
      'POST /api/v1/products/p1/photos': () =>
        answer === 415
          ? problem(415, { title: 'Unsupported Media Type', detail: 'Only JPEG, PNG and WebP images are accepted.' })
          : problem(413, { title: 'Payload too large', detail: 'A photo may be at most 5 MB.' }),
    });
    renderApp('/businesses/b1?tab=products&product=p1');
    const input = await screen.findByLabelText('Pilih foto');
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'brosur.pdf', { type: 'application/pdf' })] } });
    expect((screen.getByAltText<HTMLImageElement>('Pratinjau brosur.pdf')).src).toBe('blob:preview');
    fireEvent.click(screen.getByRole('button', { name: 'Unggah foto' }));
    expect((await screen.findByText(/Only JPEG, PNG and WebP images are accepted./)).textContent).toContain('Jenis berkas tidak diterima');
    answer = 413;
    fireEvent.click(screen.getByRole('button', { name: 'Unggah foto' }));
    expect((await screen.findByText(/A photo may be at most 5 MB./)).textContent).toContain('Foto terlalu besar');
  });

  it('deactivates with If-Match and deletes after confirming', async () => {
    signInAs(officer);
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': business,
      'GET /api/v1/businesses/b1/products': () => page([makeProduct()]),
      'PUT /api/v1/products/p1': () => json(makeProduct({ isActive: false, version: 4 }), { headers: { ETag: '"4"' } }),
      'DELETE /api/v1/products/p1': () => new Response(null, { status: 204 }),
    });
    renderApp('/businesses/b1?tab=products');
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan Kopi Arabika 250 g' }));
    expect(await screen.findByText('Kopi Arabika 250 g dinonaktifkan dan tidak tampil di katalog.')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toMatchObject({ isActive: false, name: 'Kopi Arabika 250 g', priceIdr: 65000 });

    fireEvent.click(screen.getByRole('button', { name: 'Hapus Kopi Arabika 250 g' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, hapus' }));
    expect(await screen.findByText('Kopi Arabika 250 g telah dihapus.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'DELETE')!.headers.get('If-Match')).toBe('"3"');
  });
});
