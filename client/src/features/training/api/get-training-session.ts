import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import type { TrainingSession } from './types';

export type SessionWithEtag = { session: TrainingSession; etag: string | null };

export async function getTrainingSession(id: string): Promise<SessionWithEtag> {
  const result = await api.GET('/api/v1/training-sessions/{id}', { params: { path: { id } } });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') };
}

export function useTrainingSession(id: string, options: { refetchOnMount?: 'always' } = {}) {
  return useQuery({ queryKey: trainingKeys.session(id), queryFn: () => getTrainingSession(id), ...options });
}
