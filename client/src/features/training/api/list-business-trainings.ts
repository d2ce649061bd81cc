import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import { toPage, type BusinessTraining, type Page } from './types';

export async function listBusinessTrainings(id: string, page: number): Promise<Page<BusinessTraining>> {
  const query = { page, pageSize: 25, sort: '-startsAt' };
  return toPage(unwrap(await api.GET('/api/v1/businesses/{id}/trainings', { params: { path: { id }, query } })), query);
}

export function useBusinessTrainings(id: string, page: number) {
  return useQuery({
    queryKey: trainingKeys.businessHistory(id, page),
    queryFn: () => listBusinessTrainings(id, page),
    placeholderData: keepPreviousData,
  });
}
