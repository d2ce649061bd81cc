import type { Loan } from './api/types';

export const viewer = { id: 'u3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };

export function makeLoan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: '31',
    businessId: '43',
    businessName: 'Batik Deli',
    bank: 'bri',
    product: 'kur_micro',
    amountRequestedIdr: 50_000_000,
    purpose: 'Modal kerja pembelian biji kopi',
    status: 'referred',
    referredOn: '2026-02-03',
    submittedOn: null,
    decidedOn: null,
    amountApprovedIdr: null,
    disbursedOn: null,
    amountDisbursedIdr: null,
    rejectionReason: null,
    createdAt: '2026-02-03T03:00:00Z',
    updatedAt: '2026-02-03T03:00:00Z',
    version: 1,
    ...overrides,
  };
}
