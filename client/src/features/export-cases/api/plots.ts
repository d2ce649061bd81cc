import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf, ifMatch } from '@/lib/api/if-match';
import { exportKeys } from './keys';
import type { ExportPlot, PlotInput } from './types';

/** ListExportCasePlots: the case's EUDR production plots. */
export async function listExportCasePlots(id: string): Promise<ExportPlot[]> {
  return unwrap(await api.GET('/api/v1/export-cases/{id}/plots', { params: { path: { id } } }));
}

export function useExportCasePlots(id: string) {
  return useQuery({ queryKey: exportKeys.plots(id), queryFn: () => listExportCasePlots(id) });
}

/** AddExportCasePlot: 400 names the field (geometry, areaHa) with a code such as plot_polygon_required. */
export async function addExportCasePlot(id: string, input: PlotInput): Promise<ExportPlot> {
  return unwrap(await api.POST('/api/v1/export-cases/{id}/plots', { params: { path: { id } }, body: input }));
}

/** DeleteExportCasePlot with If-Match on the plot's version. */
export async function deleteExportCasePlot(plot: ExportPlot): Promise<void> {
  const result = await api.DELETE('/api/v1/export-cases/{id}/plots/{plotId}', {
    params: ifMatch({ id: plot.caseId, plotId: plot.id }, etagOf(plot.version)),
  });
  if (!result.response.ok) unwrap(result as never);
}

function useInvalidatePlots(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: exportKeys.plots(caseId) });
    void queryClient.invalidateQueries({ queryKey: exportKeys.detail(caseId) });
    void queryClient.invalidateQueries({ queryKey: exportKeys.timeline(caseId) });
  };
}

export function useAddExportCasePlot(caseId: string) {
  const invalidate = useInvalidatePlots(caseId);
  return useMutation({ mutationFn: (input: PlotInput) => addExportCasePlot(caseId, input), onSuccess: invalidate });
}

export function useDeleteExportCasePlot(caseId: string) {
  const invalidate = useInvalidatePlots(caseId);
  return useMutation({ mutationFn: (plot: ExportPlot) => deleteExportCasePlot(plot), onSuccess: invalidate });
}
