import type { Aid, Group, GroupsWithMemberLoans } from './api/types';

export const kecamatan = [
  { code: '12.71.01', name: 'Medan Kota' },
  { code: '12.71.11', name: 'Medan Johor' },
];
export const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };

export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: '7',
    name: 'Kelompok Kopi Medan Johor',
    kind: 'sector_cluster',
    kecamatanCode: '12.71.11',
    kecamatanName: 'Medan Johor',
    leaderBusinessId: '42',
    leaderBusinessName: 'Kopi Sidikalang Jaya',
    formedOn: '2023-05-02',
    status: 'active',
    memberCount: 2,
    createdAt: '2024-01-01T03:00:00Z',
    updatedAt: '2024-01-02T03:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function makeAid(overrides: Partial<Aid> = {}): Aid {
  return {
    id: '12',
    groupId: '7',
    groupName: 'Kelompok Kopi Medan Johor',
    kecamatanCode: '12.71.11',
    kecamatanName: 'Medan Johor',
    programme: 'APBD Kota Medan',
    budgetYear: 2026,
    items: [
      { name: 'Mesin sangrai kopi 5 kg', quantity: 2, unit: 'unit', unitValueIdr: 18_500_000, totalValueIdr: 37_000_000 },
      { name: 'Timbangan digital', quantity: 3, unit: 'set', unitValueIdr: 1_250_000, totalValueIdr: 3_750_000 },
    ],
    totalValueIdr: 40_750_000,
    handedOverOn: null,
    handoverDocumentNumber: null,
    handoverDocument: null,
    status: 'planned',
    notes: null,
    createdAt: '2026-03-01T03:00:00Z',
    updatedAt: '2026-03-01T03:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function makeMemberLoansReport(): GroupsWithMemberLoans {
  return {
    year: 2026,
    groups: 1,
    totalValueIdr: 40_750_000,
    membersWithLoans: 1,
    items: [
      {
        groupId: '7',
        name: 'Kelompok Kopi Medan Johor',
        kind: 'sector_cluster',
        kecamatanCode: '12.71.11',
        kecamatanName: 'Medan Johor',
        memberCount: 2,
        totalValueIdr: 40_750_000,
        distributions: [
          { id: '12', programme: 'APBD Kota Medan', budgetYear: 2026, handedOverOn: '2026-03-12', totalValueIdr: 40_750_000, items: makeAid().items },
        ],
        membersWithLoans: [
          {
            businessId: '43',
            name: 'Batik Deli',
            loans: [
              { id: '31', bank: 'bri', product: 'kur_micro', status: 'disbursed', amountRequestedIdr: 50_000_000, amountApprovedIdr: 50_000_000, amountDisbursedIdr: 45_000_000, decidedOn: '2026-04-01', disbursedOn: '2026-04-10' },
            ],
          },
        ],
      },
    ],
  };
}
