import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { SessionWithEtag } from './get-training-session';
import { trainingKeys } from './keys';
import type { TrainingSessionInput } from './types';

/** UpdateTrainingSession with If-Match (412 when someone changed it first; 409 when closed or below the confirmed seats). */
export async function updateTrainingSession(id: string, etag: string, input: TrainingSessionInput): Promise<SessionWithEtag> {
  const result = await api.PUT('/api/v1/training-sessions/{id}', {
    params: ifMatch({ id }, etag),
    body: input,
  });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') };
}

export function useUpdateTrainingSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: TrainingSessionInput }) => updateTrainingSession(id, etag, input),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(trainingKeys.session(id), updated);
      else void queryClient.invalidateQueries({ queryKey: trainingKeys.session(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessionLists });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.registrations(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.reports });
    },
  });
}
