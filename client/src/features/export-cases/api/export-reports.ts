import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { exportKeys } from './keys';

export function useOpenCasesByStage() {
  return useQuery({
    queryKey: exportKeys.report('open-cases-by-stage'),
    queryFn: async () => unwrap(await api.GET('/api/v1/export-reports/open-cases-by-stage')),
  });
}

export function useStageDurations() {
  return useQuery({
    queryKey: exportKeys.report('stage-durations'),
    queryFn: async () => unwrap(await api.GET('/api/v1/export-reports/stage-durations')),
  });
}

export function useShippedPerQuarter(year: number | null) {
  return useQuery({
    queryKey: exportKeys.report('shipped-per-quarter', { year }),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/export-reports/shipped-per-quarter', { params: { query: year ? { year } : {} } })),
  });
}

export function useValueByCommodity() {
  return useQuery({
    queryKey: exportKeys.report('value-by-commodity'),
    queryFn: async () => unwrap(await api.GET('/api/v1/export-reports/value-by-commodity')),
  });
}
