import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import type { RegisterForTrainingBody, Registration } from './types';

/** RegisterForTraining: 201 confirmed or waitlisted; 409 session_full, already_registered, session_not_open, business_inactive. */
export async function registerForTraining(id: string, body: RegisterForTrainingBody): Promise<Registration> {
  return unwrap(await api.POST('/api/v1/training-sessions/{id}/registrations', { params: { path: { id } }, body }));
}

export function useRegisterForTraining(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterForTrainingBody) => registerForTraining(id, body),
    onSettled: () => {
      // seats and counts change with every answer (a 409 "full" also means the page is out of date)
      void queryClient.invalidateQueries({ queryKey: trainingKeys.session(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.registrations(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessionLists });
    },
  });
}
