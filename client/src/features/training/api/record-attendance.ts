import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import type { AttendanceItem, AttendanceResult } from './types';

/** RecordAttendance: the whole checklist in one PUT; 409 session_not_started / session_cancelled. */
export async function recordAttendance(id: string, items: AttendanceItem[]): Promise<AttendanceResult> {
  return unwrap(await api.PUT('/api/v1/training-sessions/{id}/attendance', { params: { path: { id } }, body: items }));
}

export function useRecordAttendance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: AttendanceItem[]) => recordAttendance(id, items),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trainingKeys.registrations(id) });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.reports });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.businessHistories });
    },
  });
}
