import type { Aid, Group, GroupMember } from './api/types';

export const kecamatan = [
  { code: '12.71.01', name: 'Medan Kota' },
  { code: '12.71.11', name: 'Medan Johor' },
];
export const officer = { id: 'u2', email: 'officer@medanumkm.go.id', name: 'Petugas Dinas', role: 'officer' as const };
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

export function makeMember(overrides: Partial<GroupMember> = {}): GroupMember {
  return {
    businessId: '42',
    name: 'Kopi Sidikalang Jaya',
    nib: '1234567890123',
    kecamatanCode: '12.71.11',
    sector: 'food_beverage',
    businessStatus: 'active',
    isLeader: true,
    joinedAt: '2024-01-01T03:00:00Z',
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
    items: [{ name: 'Mesin sangrai kopi 5 kg', quantity: 2, unit: 'unit', unitValueIdr: 18_500_000, totalValueIdr: 37_000_000 }],
    totalValueIdr: 37_000_000,
    handedOverOn: '2026-03-12',
    handoverDocumentNumber: 'BAST/027/DKUKMPP/III/2026',
    handoverDocument: null,
    status: 'delivered',
    notes: null,
    createdAt: '2026-03-01T03:00:00Z',
    updatedAt: '2026-03-12T03:00:00Z',
    version: 2,
    ...overrides,
  };
}
