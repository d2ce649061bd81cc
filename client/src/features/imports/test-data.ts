import type { ImportJob, ImportJobSummary } from './api/imports';

/** A finished, clean dry run of 120 rows, as the import history lists it. */
export function makeSummary(overrides: Partial<ImportJobSummary> = {}): ImportJobSummary {
  return {
    id: '7',
    kind: 'businesses',
    fileName: 'umkm-binaan-2026.xlsx',
    format: 'xlsx',
    fileBytes: 48_213,
    dryRun: true,
    status: 'succeeded',
    totalRows: 120,
    created: 100,
    updated: 15,
    unchanged: 5,
    errorCount: 0,
    message: null,
    createdBy: 'Siti Nurhaliza',
    createdByRole: 'officer',
    createdAt: '2026-03-05T03:00:00Z',
    startedAt: '2026-03-05T03:00:01Z',
    finishedAt: '2026-03-05T03:00:09Z',
    sourceJobId: null,
    committedByJobId: null,
    ...overrides,
  };
}

/** The same job as GET /imports/{id} returns it (report and progress). */
export function makeJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    ...makeSummary(),
    percentage: 100,
    processedRows: 120,
    errors: [],
    errorsTruncated: false,
    ignoredColumns: [],
    version: 3,
    ...overrides,
  };
}
