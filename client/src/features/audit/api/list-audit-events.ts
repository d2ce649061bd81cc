import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type ListBody = JsonOf<paths['/api/v1/audit-events']['get']['responses'][200]>;

export type AuditEvent = NonNullable<ListBody['items']>[number];
export type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;
export type AuditList = { items: AuditEvent[]; page: number; pageSize: number; totalCount: number };

export async function listAuditEvents(query: AuditQuery): Promise<AuditList> {
  const body = unwrap(await api.GET('/api/v1/audit-events', { params: { query } }));
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
};

export function useAuditEvents(query: AuditQuery) {
  return useQuery({ queryKey: auditKeys.list(query), queryFn: () => listAuditEvents(query), placeholderData: keepPreviousData });
}
