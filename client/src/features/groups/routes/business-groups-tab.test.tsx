import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import { makeAid, makeGroup } from '../test-data';

describe('business page tab "Kelompok & bantuan"', () => {
  it('shows the groups of the business and the aid its groups received', { timeout: 20_000 }, async () => {
    signInAs();
    mockApi({
      'GET /api/v1/businesses/42': () => json(makeBusiness({ id: '42' }), { headers: { ETag: '"2"' } }),
      'GET /api/v1/businesses/42/groups': () => json([makeGroup()]),
      'GET /api/v1/businesses/42/aid': () => json([makeAid()]),
    });
    renderApp('/businesses/42?tab=groups-aid');
    expect(await screen.findByRole('tab', { name: 'Kelompok & bantuan', selected: true })).toBeTruthy();
    const groupLinks = await screen.findAllByRole('link', { name: 'Kelompok Kopi Medan Johor' });
    expect(groupLinks[0]!.getAttribute('href')).toBe('/groups/7');
    expect(screen.getByText('Ketua')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'APBD Kota Medan' })).toBeTruthy();
    expect(screen.getByText(/Nilai bantuan yang sudah diserahkan: Rp.37\.000\.000/)).toBeTruthy();
  });

  it('says when the business belongs to no group', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/businesses/42': () => json(makeBusiness({ id: '42' }), { headers: { ETag: '"2"' } }),
      'GET /api/v1/businesses/42/groups': () => json([]),
      'GET /api/v1/businesses/42/aid': () => json([]),
    });
    renderApp('/businesses/42?tab=groups-aid');
    expect(await screen.findByText('Usaha ini belum menjadi anggota kelompok mana pun.')).toBeTruthy();
    expect(await screen.findByText('Belum ada bantuan untuk kelompok usaha ini.')).toBeTruthy();
  });
});
