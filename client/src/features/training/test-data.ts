import type { Registration, TrainingSession } from './api/types';

// Test data of this feature (the shared test-utils know businesses only).
export function makeSession(overrides: Partial<TrainingSession> = {}): TrainingSession {
  return {
    id: '12',
    title: 'Pemasaran Digital untuk UMKM Kuliner',
    topic: 'digital_marketing',
    description: 'Membuat katalog produk di marketplace.',
    trainer: 'Dewi Lestari Nasution, S.E.',
    venue: 'Aula Dinas Koperasi UKM',
    kecamatanCode: '12.71.01',
    kecamatanName: 'Medan Kota',
    startsAt: '2026-11-14T09:00:00+07:00',
    endsAt: '2026-11-14T15:00:00+07:00',
    quarter: '2026-Q4',
    capacity: 2,
    status: 'open',
    confirmedCount: 1,
    waitlistedCount: 0,
    seatsLeft: 1,
    createdAt: '2026-10-01T03:00:00Z',
    updatedAt: '2026-10-01T03:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function makeRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: '301',
    sessionId: '12',
    businessId: 'b1',
    businessName: 'Kopi Sidikalang Jaya',
    ownerName: 'Siti Rahmah',
    nib: '1234567890123',
    kecamatanCode: '12.71.01',
    kecamatanName: 'Medan Kota',
    phone: '+62812****890',
    status: 'confirmed',
    waitlistPosition: null,
    note: null,
    attended: null,
    outcomeNote: null,
    attendanceRecordedAt: null,
    registeredAt: '2026-10-02T03:00:00Z',
    cancelledAt: null,
    version: 4,
    ...overrides,
  };
}

export const page = <T>(items: T[], totalCount = items.length) => ({ items, page: 1, pageSize: 25, totalCount });
