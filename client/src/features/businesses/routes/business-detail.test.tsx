import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';

function detailItem(term: string) {
  const dt = screen.getAllByText(term).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent;
}

describe('business detail page', () => {
  it('shows all fields with rupiah and the NIK as the API returns it', async () => {
    signInAs({ id: 'u2', email: 'v@medanumkm.go.id', name: 'Viewer', role: 'viewer' });
    mockApi({ 'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }) });
    renderApp('/businesses/b1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kopi Sidikalang Jaya' })).toBeTruthy();
    expect(detailItem('NIB')).toBe('1234567890123');
    expect(detailItem('NIK pemilik')).toBe('1271**********01');
    expect(detailItem('Omzet tahunan')).toBe('Rp\u00a01.250.000');
    expect(detailItem('Modal usaha')).toBe('Rp\u00a0250.000.000');
    expect(detailItem('Binaan sejak')).toBe('5 Maret 2021');
    expect(detailItem('KBLI')).toBe('10761 (KBLI 2020)');
    expect(detailItem('Sektor')).toBe('Makanan dan minuman');
    expect(screen.queryByRole('button', { name: 'Nonaktifkan' })).toBeNull();
  });

  it('marks a KBLI code that is not in the reference list', async () => {
    signInAs();
    const business = makeBusiness({
      kbli: [{ code: '10761', version: '2020' }, { code: '10899', version: '2020' }],
      kbliWarnings: [{ code: '10899', version: '2020', reason: 'kbli_unknown', message: 'KBLI 10899 (2020) is not in the reference list.' }],
    });
    mockApi({ 'GET /api/v1/businesses/b1': () => json(business, { headers: { ETag: '"2"' } }) });
    renderApp('/businesses/b1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kopi Sidikalang Jaya' })).toBeTruthy();
    const items = [...document.querySelectorAll('dd li')].map((li) => li.textContent);
    expect(items).toEqual(['10761 (KBLI 2020)', '10899 (KBLI 2020) — tidak ada di daftar referensi KBLI; periksa dengan izin usaha']);
  });

  it('says so when the business does not exist', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/businesses/nope': () => problem(404, { title: 'Not Found' }) });
    renderApp('/businesses/nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Pelaku usaha tidak ditemukan.');
  });

  it('deactivates with If-Match and offers a reload when the record is stale (412)', async () => {
    signInAs();
    let version = 2;
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness({ version }), { headers: { ETag: `"${version}"` } }),
      'POST /api/v1/businesses/b1/deactivate': () => problem(412, { title: 'Precondition Failed' }),
    });
    renderApp('/businesses/b1');
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Data ini telah diubah oleh pengguna lain.');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');

    version = 3;
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(detailItem('Versi')).toBe('3'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
