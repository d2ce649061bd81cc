import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SessionWithEtag } from './get-training-session';
import { trainingKeys } from './keys';
import type { TrainingSessionInput } from './types';

/** PlanTrainingSession: 201 with the new (planned) session; 400 with field errors. */
export async function planTrainingSession(input: TrainingSessionInput): Promise<SessionWithEtag> {
  const result = await api.POST('/api/v1/training-sessions', { body: input });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') };
}

export function usePlanTrainingSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: planTrainingSession,
    onSuccess: (created) => {
      if (created.etag) queryClient.setQueryData(trainingKeys.session(created.session.id), created);
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessionLists });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.reports });
    },
  });
}
