import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { exportKeys } from './keys';
import type { TimelineEntry } from './types';

/** GetExportCaseTimeline: opening, stage moves, notes and document changes, oldest first. */
export async function getExportCaseTimeline(id: string): Promise<TimelineEntry[]> {
  return unwrap(await api.GET('/api/v1/export-cases/{id}/timeline', { params: { path: { id } } }));
}

export function useExportCaseTimeline(id: string) {
  return useQuery({ queryKey: exportKeys.timeline(id), queryFn: () => getExportCaseTimeline(id) });
}

/** AddExportCaseNote: 201 with the new timeline entry. */
export async function addExportCaseNote(id: string, note: string): Promise<TimelineEntry> {
  return unwrap(await api.POST('/api/v1/export-cases/{id}/notes', { params: { path: { id } }, body: { note } }));
}

export function useAddExportCaseNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => addExportCaseNote(id, note),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exportKeys.timeline(id) }),
  });
}
