import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BusinessInput } from '@/lib/api/types';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';

const kecamatan = [
  { code: '12.71.01', name: 'Medan Kota' },
  { code: '12.71.17', name: 'Medan Baru' },
];
const kelurahanOf = (request: Request) =>
  new URL(request.url).searchParams.get('kecamatan') === '12.71.17'
    ? json([
        { code: '12.71.17.1005', kecamatanCode: '12.71.17', name: 'Padang Bulan' },
        { code: '12.71.17.1006', kecamatanCode: '12.71.17', name: 'Petisah Hulu' },
      ])
    : json([{ code: '12.71.01.1007', kecamatanCode: '12.71.01', name: 'Pasar Merah Barat' }]);
const unmasked = { ownerNik: '1271016504850003', personalDataMasked: false };
const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

async function fillCreateForm() {
  const kecamatanSelect = await screen.findByLabelText<HTMLSelectElement>('Kecamatan');
  await waitFor(() => expect(kecamatanSelect.options).toHaveLength(3));
  type('Nama usaha', 'Kopi Bu Rina');
  type('NIB', '9120301234567');
  type('Sektor', 'food_beverage');
  type('Binaan sejak', '2021-03-15');
  fireEvent.click(screen.getByRole('button', { name: 'Tambah KBLI' }));
  type('Kode KBLI baris 1', '10761');
  type('Versi KBLI baris 1', '2025');
  type('Nama pemilik', 'Rina Br Sembiring');
  type('NIK pemilik', '1271016504850003');
  type('Jenis kelamin', 'female');
  fireEvent.change(kecamatanSelect, { target: { value: '12.71.17' } });
  const kelurahanSelect = field('Kelurahan') as unknown as HTMLSelectElement;
  await waitFor(() => expect(kelurahanSelect.options).toHaveLength(3));
  type('Kelurahan', '12.71.17.1005');
  type('Alamat', 'Jl. Jamin Ginting No. 5');
  type('Jumlah tenaga kerja', '4');
  type('Modal usaha', '150000000');
  type('Omzet tahunan', 'Rp 480.000.000');
}

describe('business create form', () => {
  it('checks the obvious on the client first and sends nothing', async () => {
    signInAs();
    const { calls } = mockApi({ 'GET /api/v1/reference/kecamatan': () => json(kecamatan), 'GET /api/v1/reference/kelurahan': kelurahanOf });
    renderApp('/businesses/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Daftarkan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Nama usaha: Wajib diisi.' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field('Nama usaha')));
    type('NIB', '12345');
    expect(errorOf(field('NIB'))).toBeUndefined(); // editing a field clears its error
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(errorOf(field('NIB'))).toBe('NIB harus 13 digit angka.'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows a taken NIB (409) on the NIB field, then registers and opens the new business', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'POST /api/v1/businesses': () =>
        ++attempt === 1
          ? problem(409, { title: 'Duplicate NIB', detail: 'A business with NIB 9120301234567 is already registered (id 7).', code: 'duplicate_nib' })
          : json(makeBusiness({ id: 'b9', name: 'Kopi Bu Rina' }), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/businesses/b9': () => json(makeBusiness({ id: 'b9', name: 'Kopi Bu Rina' }), { headers: { ETag: '"1"' } }),
    });
    const { router } = renderApp('/businesses/new');
    await fillCreateForm();
    // thousands separators while typing, digits in the request
    expect(field('Modal usaha').value).toBe('150.000.000');
    expect(field('Omzet tahunan').value).toBe('480.000.000');
    expect(screen.getByText(/Perkiraan skala usaha: Mikro\./)).toBeTruthy();
    expect(screen.getByText(/dihitung oleh server/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(errorOf(field('NIB'))).toBe('NIB ini sudah terdaftar untuk pelaku usaha lain.'));
    expect(field('NIB').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('NIB')));

    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as BusinessInput;
    expect(body).toEqual({
      name: 'Kopi Bu Rina',
      ownerName: 'Rina Br Sembiring',
      ownerNik: '1271016504850003',
      ownerGender: 'female',
      nib: '9120301234567',
      npwp: null,
      kbli: [{ code: '10761', version: '2025' }],
      sector: 'food_beverage',
      kecamatanCode: '12.71.17',
      kelurahanCode: '12.71.17.1005',
      kelurahan: 'Padang Bulan',
      address: 'Jl. Jamin Ginting No. 5',
      phone: null,
      email: null,
      foundedYear: null,
      employees: 4,
      businessCapitalIdr: 150_000_000,
      annualRevenueIdr: 480_000_000,
      fosteredSince: '2021-03-15',
      // the onboarding facts left empty go as null
      legalForm: null,
      deedNumber: null,
      deedDate: null,
      pkpStatus: null,
      nitku: null,
      inaprocVerifiedOn: null,
      ossVerifiedOn: null,
      ossVerifiedBy: null,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/businesses/b9'));
    expect(await screen.findByText('Pelaku usaha telah didaftarkan.')).toBeTruthy();
  });
});

describe('business edit form', () => {
  it('shows the API field errors inline, a KBLI row error on that row, and focuses the first', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses/b1': () =>
        json(makeBusiness({ ...unmasked, kbli: [{ code: '10761', version: '2020' }, { code: '47911', version: '2020' }] }), {
          headers: { ETag: '"2"' },
        }),
      'PUT /api/v1/businesses/b1': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            ownerNik: ['NIK birth-date day does not match a woman (day + 40).'],
            'kbli[1].code': ['KBLI code must be exactly 5 digits.'],
            'kbli[1].version': ['KBLI version must be 2020 or 2025.'],
          },
        }),
    });
    renderApp('/businesses/b1/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ubah data Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(field('NIK pemilik').value).toBe('1271016504850003');
    expect(field('Kode KBLI baris 2').value).toBe('47911');
    expect(field('Modal usaha').value).toBe('250.000.000');

    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(errorOf(field('Kode KBLI baris 2'))).toBe('KBLI code must be exactly 5 digits.'));
    expect(errorOf(field('Versi KBLI baris 2'))).toBe('KBLI version must be 2020 or 2025.');
    expect(errorOf(field('Kode KBLI baris 1'))).toBeUndefined();
    expect(errorOf(field('NIK pemilik'))).toBe('NIK birth-date day does not match a woman (day + 40).');
    expect(field('NIK pemilik').getAttribute('aria-invalid')).toBe('true');
    // KBLI comes before the owner on the page, so its row is focused first
    await waitFor(() => expect(document.activeElement).toBe(field('Kode KBLI baris 2')));

    const summary = screen.getAllByRole('alert').find((el) => el.classList.contains('error-summary'))!;
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Kode KBLI baris 2: KBLI code must be exactly 5 digits.',
      'Versi KBLI baris 2: KBLI version must be 2020 or 2025.',
      'NIK pemilik: NIK birth-date day does not match a woman (day + 40).',
    ]);
    fireEvent.click(links[2]!);
    expect(document.activeElement).toBe(field('NIK pemilik'));

    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(((await put.clone().json()) as BusinessInput).kbli).toEqual([
      { code: '10761', version: '2020' },
      { code: '47911', version: '2020' },
    ]);
  });

  it('on 412 keeps the input and offers to load the latest data', async () => {
    signInAs();
    let version = 2;
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses/b1': () =>
        json(makeBusiness({ ...unmasked, version, name: version === 2 ? 'Kopi Sidikalang Jaya' : 'Kopi Sidikalang Baru' }), {
          headers: { ETag: `"${version}"` },
        }),
      'PUT /api/v1/businesses/b1': () => problem(412, { title: 'Precondition failed', detail: 'changed by someone else' }),
    });
    renderApp('/businesses/b1/edit');
    await screen.findByRole('heading', { level: 1 });
    type('Jumlah tenaga kerja', '12');
    version = 3;
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    const alert = await screen.findByText(/telah diubah oleh pengguna lain sejak Anda membukanya/);
    expect(field('Jumlah tenaga kerja').value).toBe('12');

    fireEvent.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(field('Nama usaha').value).toBe('Kopi Sidikalang Baru'));
    expect(field('Jumlah tenaga kerja').value).toBe('6');
    expect(screen.queryByText(/telah diubah oleh pengguna lain/)).toBeNull();
  });

  it('saves with If-Match and returns to the detail page', async () => {
    signInAs({ id: 'u2', email: 'officer@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    let employees = 6;
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses/b1': () => json(makeBusiness({ ...unmasked, employees }), { headers: { ETag: '"2"' } }),
      'PUT /api/v1/businesses/b1': async (request) => {
        employees = ((await request.json()) as BusinessInput).employees;
        return json(makeBusiness({ ...unmasked, employees, version: 3 }), { headers: { ETag: '"3"' } });
      },
    });
    const { router } = renderApp('/businesses/b1/edit');
    await screen.findByRole('heading', { level: 1 });
    type('Jumlah tenaga kerja', '9');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/businesses/b1'));
    expect(await screen.findByText('Perubahan telah disimpan.')).toBeTruthy();
    const dt = screen.getAllByText('Jumlah tenaga kerja').find((el) => el.tagName === 'DT')!;
    expect(dt.nextElementSibling?.textContent).toBe('9');
  });
});

describe('who may register and edit', () => {
  it('hides the add and edit buttons from a viewer and says so politely on the form URLs', async () => {
    signInAs(viewer);
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses': () => json({ items: [makeBusiness()], page: 1, pageSize: 25, totalCount: 1 }),
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
    });
    const { router } = renderApp('/businesses');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Tambah pelaku usaha' })).toBeNull();

    await router.navigate('/businesses/b1');
    await screen.findByRole('heading', { level: 1, name: 'Kopi Sidikalang Jaya' });
    expect(screen.queryByRole('link', { name: 'Ubah data' })).toBeNull();

    await router.navigate('/businesses/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Daftarkan' })).toBeNull();

    await router.navigate('/businesses/b1/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeTruthy();
    expect(screen.queryByLabelText('Nama usaha')).toBeNull();
  });

  it('shows the add and edit buttons to an admin', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses': () => json({ items: [makeBusiness()], page: 1, pageSize: 25, totalCount: 1 }),
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
    });
    const { router } = renderApp('/businesses');
    expect((await screen.findByRole('link', { name: 'Tambah pelaku usaha' })).getAttribute('href')).toBe('/businesses/new');
    await router.navigate('/businesses/b1');
    expect((await screen.findByRole('link', { name: 'Ubah data' })).getAttribute('href')).toBe('/businesses/b1/edit');
  });
});

describe('business form kelurahan', () => {
  it('offers the kelurahan of the kecamatan chosen, and shows a kelurahanCode error from the API on it', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses/b1': () =>
        json(makeBusiness({ ...unmasked, kecamatanCode: '12.71.01', kelurahanCode: '12.71.01.1007', kelurahan: 'Pasar Merah Barat' }), {
          headers: { ETag: '"2"' },
        }),
      'PUT /api/v1/businesses/b1': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: { kelurahanCode: ['Kelurahan 12.71.17.1005 Padang Bulan is in kecamatan 12.71.17, not in 12.71.01.'] },
        }),
    });
    renderApp('/businesses/b1/edit');
    const kelurahanSelect = await screen.findByLabelText<HTMLSelectElement>('Kelurahan');
    await waitFor(() => expect(kelurahanSelect.value).toBe('12.71.01.1007'));

    // another kecamatan: the kelurahan is chosen again from that kecamatan's list
    fireEvent.change(field('Kecamatan'), { target: { value: '12.71.17' } });
    await waitFor(() => expect([...kelurahanSelect.options].map((o) => o.textContent)).toEqual(['— Pilih kelurahan —', 'Padang Bulan', 'Petisah Hulu']));
    expect(kelurahanSelect.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(errorOf(kelurahanSelect)).toBe('Wajib diisi.'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    type('Kelurahan', '12.71.17.1006');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(errorOf(kelurahanSelect)).toContain('not in 12.71.01'));
    const body = (await calls.find((c) => c.method === 'PUT')!.clone().json()) as BusinessInput;
    expect(body).toMatchObject({ kecamatanCode: '12.71.17', kelurahanCode: '12.71.17.1006', kelurahan: 'Petisah Hulu' });
  });

  it('keeps a kelurahan recorded as text that matches none, and asks for the right one', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'GET /api/v1/businesses/b1': () =>
        json(makeBusiness({ ...unmasked, kecamatanCode: '12.71.01', kelurahanCode: null, kelurahan: 'Kampung Entah' }), { headers: { ETag: '"2"' } }),
    });
    renderApp('/businesses/b1/edit');
    const kelurahanSelect = await screen.findByLabelText<HTMLSelectElement>('Kelurahan');
    await waitFor(() => expect(kelurahanSelect.options).toHaveLength(2));
    expect(kelurahanSelect.value).toBe('');
    expect(screen.getByText(/Tercatat sebagai “Kampung Entah”/)).toBeTruthy();
  });

  it('records the onboarding facts: the deed only for a legal entity, the OSS check with who checked, a NITKU from the NPWP', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/reference/kecamatan': () => json(kecamatan),
      'GET /api/v1/reference/kelurahan': kelurahanOf,
      'POST /api/v1/businesses': () => json(makeBusiness({ id: 'b9', name: 'Kopi Bu Rina' }), { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/v1/businesses/b9': () => json(makeBusiness({ id: 'b9', name: 'Kopi Bu Rina' }), { headers: { ETag: '"1"' } }),
    });
    renderApp('/businesses/new');
    await fillCreateForm();
    expect(screen.queryByLabelText('Nomor akta pendirian')).toBeNull();
    type('Bentuk usaha', 'cv');
    type('Nomor akta pendirian', 'AHU-0012345.AH.01.16');
    type('Status PKP', 'non_pkp');
    type('NPWP', '01.234.567.8-121.000');
    type('NITKU (lokasi usaha)', '9912345678121000000001');
    type('NIB diperiksa di OSS pada', '2026-01-10');
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));

    // the same pairs the server requires: a deed number needs its date, an OSS check who did it; the NITKU starts with the NPWP
    await waitFor(() => expect(errorOf(field('Tanggal akta pendirian'))).toBe('Isi tanggal akta bersama nomornya.'));
    expect(errorOf(field('Diperiksa di OSS oleh'))).toBe('Isi siapa yang memeriksa NIB di OSS.');
    expect(errorOf(field('NITKU (lokasi usaha)'))).toBe('NITKU harus diawali NPWP usaha (16 digit).');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    type('Tanggal akta pendirian', '2019-05-20');
    type('Diperiksa di OSS oleh', 'Andi (Dinas)');
    type('NITKU (lokasi usaha)', '0012345678121000000001'); // the old 15-digit NPWP is 0 + its digits
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as BusinessInput;
    expect(body).toMatchObject({
      legalForm: 'cv',
      deedNumber: 'AHU-0012345.AH.01.16',
      deedDate: '2019-05-20',
      pkpStatus: 'non_pkp',
      nitku: '0012345678121000000001',
      ossVerifiedOn: '2026-01-10',
      ossVerifiedBy: 'Andi (Dinas)',
      inaprocVerifiedOn: null,
    });
  });

  it('drops the deed when the legal form becomes perorangan', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/reference/kecamatan': () => json(kecamatan), 'GET /api/v1/reference/kelurahan': kelurahanOf });
    renderApp('/businesses/new');
    await screen.findByLabelText('Bentuk usaha');
    type('Bentuk usaha', 'pt');
    type('Nomor akta pendirian', 'AHU-1');
    type('Bentuk usaha', 'perorangan');
    expect(screen.queryByLabelText('Nomor akta pendirian')).toBeNull();
    type('Bentuk usaha', 'pt');
    expect(field('Nomor akta pendirian').value).toBe('');
  });
});
