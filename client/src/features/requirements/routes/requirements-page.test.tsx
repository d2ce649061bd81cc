import { screen, within } from '@testing-library/react';
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
});
