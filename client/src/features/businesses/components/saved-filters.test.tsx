import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { SAVED_FILTERS_KEY } from '../utils/saved-filters';

function listApi() {
  return mockApi({
    'GET /api/v1/reference/kecamatan': () => json([{ code: '12.71.17', name: 'Medan Baru' }]),
    'GET /api/v1/businesses': () => json({ items: [makeBusiness()], page: 1, pageSize: 25, totalCount: 1 }),
  });
}

describe('saved filters of the business list', () => {
  it('saves the current filters under a name, applies them from the menu and deletes them', async () => {
    signInAs();
    listApi();
    const { router } = renderApp('/businesses?kecamatan=12.71.17&scale=micro&sort=-nib&page=3');
    await screen.findByRole('table');

    fireEvent.click(screen.getByRole('button', { name: 'Simpan filter' }));
    const name = screen.getByLabelText('Nama filter');
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Beri nama filter ini.')).toBeTruthy(); // a name is required
    fireEvent.change(name, { target: { value: 'Mikro Medan Baru' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Filter “Mikro Medan Baru” telah disimpan.')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem(SAVED_FILTERS_KEY)!)).toEqual([
      { name: 'Mikro Medan Baru', search: 'kecamatan=12.71.17&scale=micro&sort=-nib' },
    ]);

    await router.navigate('/businesses?status=inactive');
    await waitFor(() => expect(router.state.location.search).toBe('?status=inactive'));
    const menu = screen.getByRole('button', { name: 'Filter tersimpan (1)' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan filter Mikro Medan Baru' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kecamatan=12.71.17&scale=micro&sort=-nib'));
    expect((screen.getByLabelText<HTMLSelectElement>('Skala usaha')).value).toBe('micro');
    expect(menu.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(menu);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter tersimpan Mikro Medan Baru' }));
    expect(await screen.findByText('Filter “Mikro Medan Baru” telah dihapus.')).toBeTruthy();
    expect(screen.getByText('Belum ada filter tersimpan.')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem(SAVED_FILTERS_KEY)!)).toEqual([]);
  });

  it('replaces a saved set of the same name and ignores broken storage', async () => {
    window.localStorage.setItem(SAVED_FILTERS_KEY, '{not json');
    signInAs();
    listApi();
    renderApp('/businesses?scale=small');
    await screen.findByRole('table');
    expect(screen.getByRole('button', { name: 'Filter tersimpan' })).toBeTruthy();
    for (let i = 0; i < 2; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan filter' }));
      fireEvent.change(screen.getByLabelText('Nama filter'), { target: { value: i === 0 ? 'Kecil' : 'kecil' } });
      fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
      await screen.findByRole('button', { name: 'Simpan filter' });
    }
    expect(JSON.parse(window.localStorage.getItem(SAVED_FILTERS_KEY)!)).toEqual([{ name: 'kecil', search: 'scale=small' }]);
  });

  it('asks for a filter before saving an empty set', async () => {
    signInAs();
    listApi();
    renderApp('/businesses');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan filter' }));
    expect(screen.getByText('Pilih filter terlebih dahulu untuk menyimpannya.')).toBeTruthy();
    expect(screen.queryByLabelText('Nama filter')).toBeNull();
  });
});
