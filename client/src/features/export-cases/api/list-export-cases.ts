import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { exportKeys } from './keys';
import type { ExportCase, ExportCaseList, ExportCaseListQuery } from './types';

export async function listExportCases(query: ExportCaseListQuery): Promise<ExportCaseList> {
  const body = unwrap(await api.GET('/api/v1/export-cases', { params: { query } }));
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

/** Every page of a query (100 a page, at most `maxPages`): the board shows whole columns. */
export async function listAllExportCases(
  query: Omit<ExportCaseListQuery, 'page' | 'pageSize'>,
  maxPages = 10,
): Promise<{ items: ExportCase[]; totalCount: number }> {
  const items: ExportCase[] = [];
  let totalCount = 0;
  for (let page = 1; page <= maxPages; page += 1) {
    const result = await listExportCases({ ...query, page, pageSize: 100 });
    items.push(...result.items);
    totalCount = result.totalCount;
    if (items.length >= totalCount || result.items.length === 0) break;
  }
  return { items, totalCount };
}

export function useExportCases(query: ExportCaseListQuery, enabled = true) {
  return useQuery({
    queryKey: exportKeys.list(query),
    queryFn: () => listExportCases(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
