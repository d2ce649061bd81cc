import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Dashboard = JsonOf<paths['/api/v1/dashboard']['get']['responses'][200]>;
export type DashboardFunnelStep = Dashboard['funnel'][number];
export type DashboardKecamatanCount = Dashboard['byKecamatan'][number];
export type DashboardScaleCount = Dashboard['byScale'][number];
export type DashboardStageCount = Dashboard['exportCases']['byStage'][number];
export type ExportStage = DashboardStageCount['stage'];

/** The whole dashboard in one call; `kecamatan` limits every figure to one kecamatan. */
export async function getDashboard(kecamatan: string): Promise<Dashboard> {
  const query = kecamatan ? { kecamatan } : {};
  return unwrap(await api.GET('/api/v1/dashboard', { params: { query } }));
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  detail: (kecamatan: string) => [...dashboardKeys.all, { kecamatan }] as const,
};

export function useDashboard(kecamatan: string) {
  return useQuery({
    queryKey: dashboardKeys.detail(kecamatan),
    queryFn: () => getDashboard(kecamatan),
    // Keep showing the previous figures (marked busy) while another kecamatan loads.
    placeholderData: keepPreviousData,
    // Other screens change these figures (a new business, a listing) and cannot tell this one
    // (features do not import each other): show what is cached at once, then refresh on every visit.
    refetchOnMount: 'always',
  });
}
