import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import { toPage, type Page, type TrainingSession, type TrainingSessionListQuery } from './types';

export async function listTrainingSessions(query: TrainingSessionListQuery): Promise<Page<TrainingSession>> {
  return toPage(unwrap(await api.GET('/api/v1/training-sessions', { params: { query } })), query);
}

export function useTrainingSessions(query: TrainingSessionListQuery) {
  return useQuery({
    queryKey: trainingKeys.sessionList(query),
    queryFn: () => listTrainingSessions(query),
    placeholderData: keepPreviousData,
  });
}
