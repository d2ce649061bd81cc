import type { ExportCaseListQuery } from './types';

// Every query key of this area starts with 'export-cases' (invalidate the area with exportKeys.all).
export const exportKeys = {
  all: ['export-cases'] as const,
  lists: () => ['export-cases', 'list'] as const,
  list: (query: ExportCaseListQuery) => ['export-cases', 'list', query] as const,
  board: (filters: object) => ['export-cases', 'board', filters] as const,
  detail: (id: string) => ['export-cases', 'detail', id] as const,
  business: (businessId: string) => ['export-cases', 'business', businessId] as const,
  documents: (id: string) => ['export-cases', 'documents', id] as const,
  timeline: (id: string) => ['export-cases', 'timeline', id] as const,
  plots: (id: string) => ['export-cases', 'plots', id] as const,
  report: (name: string, params: object = {}) => ['export-cases', 'report', name, params] as const,
  businesses: (q: string) => ['export-cases', 'business-search', q] as const,
  officers: () => ['export-cases', 'officers'] as const,
};
