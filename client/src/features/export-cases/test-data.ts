// Test data for this area's tests (shaped by the generated API types).
import type { ExportCase, ExportDocument, TimelineEntry } from './api/types';

export function makeExportCase(overrides: Partial<ExportCase> = {}): ExportCase {
  return {
    id: '12',
    businessId: 'b1',
    businessName: 'Kopi Sidikalang Jaya',
    commodity: 'coffee',
    hsCode: '09011190',
    productDescription: 'Green arabica coffee, Sidikalang, grade 1',
    destinationCountry: 'MY',
    volume: 18,
    volumeUnit: 'tonne',
    estimatedValueUsd: 95400.5,
    estimatedValueIdr: 1_526_000_000,
    assignedOfficerId: '2',
    assignedOfficerName: 'Siti Petugas',
    exporterScale: 'micro',
    destinationGroup: 'ASEAN',
    checklistAsOf: '2026-11-20',
    stage: 'intake',
    stageEnteredAt: '2026-11-20T03:00:00Z',
    daysInStage: 3,
    targetDays: 7,
    isOverdue: false,
    daysOverdue: 0,
    allowedStages: ['legal_check', 'rejected', 'withdrawn'],
    openedOn: '2026-11-20',
    closedOn: null,
    outcome: null,
    createdAt: '2026-11-20T03:00:00Z',
    updatedAt: '2026-11-20T03:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    id: 'd1',
    caseId: '12',
    type: 'nib_export_kbli',
    name: 'NIB with an export (trading) KBLI',
    stage: 'legal_check',
    required: true,
    requirement: 'required',
    evidence: [],
    status: 'missing',
    number: null,
    issuedOn: null,
    expiresOn: null,
    expiresInDays: null,
    isExpired: false,
    note: null,
    file: null,
    updatedAt: '2026-11-20T03:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function makeTimelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 't1',
    kind: 'opened',
    fromStage: null,
    toStage: 'intake',
    documentType: null,
    text: '',
    note: null,
    actorId: '2',
    actorName: 'Siti Petugas',
    occurredAt: '2026-11-20T03:00:00Z',
    ...overrides,
  };
}

export const officer = { id: '2', email: 'officer@medanumkm.go.id', name: 'Siti Petugas', role: 'officer' as const };
export const viewer = { id: '3', email: 'viewer@medanumkm.go.id', name: 'Pemantau', role: 'viewer' as const };

export const page = <T,>(items: T[], totalCount = items.length) => ({ items, page: 1, pageSize: 100, totalCount });
