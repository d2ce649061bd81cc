import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderApp, signInAs } from '@/testing/test-utils';

const version = (no: number, effectiveFrom: string, scales: string[]) => ({
  versionNo: no,
  effectiveFrom,
  effectiveTo: null,
  level: 'required',
  titleId: 'Sertifikat halal untuk produk pangan',
  titleEn: 'Halal certificate for food products',
  nextStepId: 'Ajukan sertifikat halal ke BPJPH.',
  nextStepEn: 'Apply to BPJPH for a halal certificate.',
  legalBasis: 'UU 33/2014 jo. UU 6/2023; PP 42/2024',
  legalArticle: 'PP 42/2024 art. 160',
  evidence: ['number'],
  sectors: [],
  productCategories: ['food_beverage'],
  scales,
  legalForms: [],
  commodities: [],
  destinations: [],
  parameters: {},
  note: null,
  createdAt: '2026-12-01T00:00:00Z',
  createdByName: 'migration 150',
});

describe('requirement rules page', () => {
  it('lists each requirement with its legal basis and its versions, the one in force marked', async () => {
    signInAs();
    const v1 = version(1, '2024-10-18', ['medium', 'large']);
    const v2 = version(2, '2026-10-17', ['micro', 'small', 'medium', 'large']);
    const { calls } = mockApi({
      'GET /api/v1/requirements': () => json([{ code: 'halal', scope: 'ekatalog', position: 7, current: v2, upcoming: [], versions: [v1, v2] }]),
    });
    renderApp('/aturan-persyaratan');

    const section = (await screen.findByRole('heading', { level: 2, name: 'Sertifikat halal untuk produk pangan' })).closest('section')!;
    expect(section.textContent).toContain('UU 33/2014 jo. UU 6/2023; PP 42/2024');
    const rows = within(section).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]!.textContent).toContain('2 (berlaku)');
    expect(rows[1]!.textContent).toContain('18 Oktober 2024');
    expect(new URL(calls[calls.length - 1]!.url).searchParams.get('scope')).toBe('ekatalog');
  });

  it('lets an admin add a version (moving a deadline) and shows it in the history', async () => {
    signInAs();
    const v1 = version(1, '2024-10-18', ['medium', 'large']);
    const v2 = { ...version(2, '2028-10-17', ['micro', 'small', 'medium', 'large']), note: 'Tenggat digeser' };
    let added = false;
    const { calls } = mockApi({
      'GET /api/v1/requirements': () =>
        json([{ code: 'halal', scope: 'ekatalog', position: 7, current: v1, upcoming: added ? [v2] : [], versions: added ? [v1, v2] : [v1] }]),
      'POST /api/v1/requirements/halal/versions': () => {
        added = true;
        return json({ code: 'halal', scope: 'ekatalog', position: 7, current: v1, upcoming: [v2], versions: [v1, v2] }, { status: 201 });
      },
      'GET /api/v1/reference/open-catalogue-categories': () => json([{ category: 'food_beverage', open: true, openedOn: '2024-01-01' }]),
    });
    renderApp('/aturan-persyaratan');

    fireEvent.click(await screen.findByRole('button', { name: 'Tambah versi halal' }));
    const form = screen.getByRole('form', { name: 'Versi baru halal' });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah versi' }));
    // the server's own checks first: the date and the reason are required
    expect(await within(form).findAllByText('Wajib diisi.')).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Berlaku mulai'), { target: { value: '2028-10-17' } });
    fireEvent.change(within(form).getByLabelText('Pasal'), { target: { value: 'PP 42/2024 art. 160' } });
    fireEvent.change(within(form).getByLabelText('Alasan perubahan'), { target: { value: 'Tenggat digeser' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah versi' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const body = (await calls.find((c) => c.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ effectiveFrom: '2028-10-17', legalArticle: 'PP 42/2024 art. 160', note: 'Tenggat digeser', titleId: null, level: null });
    const section = screen.getByRole('heading', { level: 2, name: 'Sertifikat halal untuk produk pangan' }).closest('section')!;
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(3));
    expect(within(section).getAllByRole('row')[2]!.textContent).toContain('17 Oktober 2028');
    expect(within(section).getAllByRole('row')[2]!.textContent).toContain('Tenggat digeser');
  });

  it('lets an admin keep the categories open in the local catalogue', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/requirements': () => json([]),
      'GET /api/v1/reference/open-catalogue-categories': () =>
        json([
          { category: 'food_beverage', open: true, openedOn: '2024-01-01' },
          { category: 'furniture', open: false, openedOn: null },
        ]),
      'PUT /api/v1/reference/open-catalogue-categories': () =>
        json([
          { category: 'food_beverage', open: true, openedOn: '2024-01-01' },
          { category: 'furniture', open: true, openedOn: '2026-12-01' },
        ]),
    });
    renderApp('/aturan-persyaratan');

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Mebel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kategori' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(await calls.find((c) => c.method === 'PUT')!.clone().json()).toEqual({ categories: ['food_beverage', 'furniture'] });
    expect(await screen.findByText('Tersimpan.')).toBeTruthy();
  });

  it('shows a viewer the rules without the admin forms', async () => {
    signInAs({ id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' });
    mockApi({
      'GET /api/v1/requirements': () =>
        json([{ code: 'halal', scope: 'ekatalog', position: 7, current: version(1, '2024-10-18', []), upcoming: [], versions: [version(1, '2024-10-18', [])] }]),
    });
    renderApp('/aturan-persyaratan');

    await screen.findByRole('heading', { level: 2, name: 'Sertifikat halal untuk produk pangan' });
    expect(screen.queryByRole('button', { name: 'Tambah versi halal' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Kategori yang dibuka di katalog lokal' })).toBeNull();
  });
});
