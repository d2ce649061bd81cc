import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { trainingKeys } from './keys';
import type { Registration } from './types';

/** CancelRegistration with the registration's If-Match; a freed seat goes to the first on the waitlist. */
export async function cancelRegistration(sessionId: string, registrationId: string, etag: string): Promise<Registration> {
  return unwrap(
    await api.DELETE('/api/v1/training-sessions/{id}/registrations/{registrationId}', {
      params: ifMatch({ id: sessionId, registrationId }, etag),
    }),
  );
}

export function useCancelRegistration(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, etag }: { registrationId: string; etag: string }) => cancelRegistration(sessionId, registrationId, etag),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trainingKeys.session(sessionId) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.registrations(sessionId) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessionLists });
    },
  });
}
