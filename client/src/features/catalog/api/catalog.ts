import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type CatalogProduct = JsonOf<paths['/api/v1/catalog/{productId}']['get']['responses'][200]>;
export type CatalogQuery = NonNullable<paths['/api/v1/catalog']['get']['parameters']['query']>;
export type CatalogCategory = CatalogProduct['category'];
export type CatalogPage = { items: CatalogProduct[]; page: number; pageSize: number; totalCount: number };

export const catalogKeys = {
  all: ['catalog'] as const,
  list: (query: CatalogQuery) => [...catalogKeys.all, 'list', query] as const,
  detail: (id: string) => [...catalogKeys.all, 'detail', id] as const,
};

// Public endpoints (no credentials needed): safe to call signed out.
export async function listCatalog(query: CatalogQuery): Promise<CatalogPage> {
  const body = unwrap(await api.GET('/api/v1/catalog', { params: { query } }));
  return { items: body.items, page: body.page, pageSize: body.pageSize, totalCount: body.totalCount };
}

export function useCatalog(query: CatalogQuery) {
  return useQuery({ queryKey: catalogKeys.list(query), queryFn: () => listCatalog(query), placeholderData: keepPreviousData });
}

export function useCatalogProduct(id: string) {
  return useQuery({
    queryKey: catalogKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/catalog/{productId}', { params: { path: { productId: id } } })),
  });
}
