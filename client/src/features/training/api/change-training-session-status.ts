import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { SessionWithEtag } from './get-training-session';
import { trainingKeys } from './keys';
import type { TrainingStatus } from './types';

/** The moves the API allows (ChangeTrainingSessionStatus.Allowed); anything else would be a 409. */
export const ALLOWED_MOVES: Record<TrainingStatus, TrainingStatus[]> = {
  planned: ['open', 'cancelled'],
  open: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export async function changeTrainingSessionStatus(id: string, etag: string, to: TrainingStatus): Promise<SessionWithEtag> {
  const result = await api.POST('/api/v1/training-sessions/{id}/status', {
    params: ifMatch({ id }, etag),
    body: { to },
  });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') };
}

export function useChangeTrainingSessionStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, to }: { etag: string; to: TrainingStatus }) => changeTrainingSessionStatus(id, etag, to),
    onSuccess: (changed) => {
      if (changed.etag) queryClient.setQueryData(trainingKeys.session(id), changed);
      else void queryClient.invalidateQueries({ queryKey: trainingKeys.session(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessionLists });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.reports });
    },
  });
}
