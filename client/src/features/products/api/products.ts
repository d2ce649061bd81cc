import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { sharedKeys } from '@/lib/query-keys';
import type { Photo, Product, ProductInput, ProductList, ProductListQuery } from './types';

export type ProductWithEtag = { product: Product; etag: string | null };

export const productKeys = {
  all: ['products'] as const,
  list: (businessId: string, query: ProductListQuery) => ['products', 'business', businessId, query] as const,
  detail: (id: string) => ['products', 'detail', id] as const,
  photo: (productId: string, photoId: string) => ['products', 'photo', productId, photoId] as const,
};

/** ListBusinessProducts: paged and sorted on the server. */
export async function listBusinessProducts(businessId: string, query: ProductListQuery): Promise<ProductList> {
  const body = unwrap(await api.GET('/api/v1/businesses/{id}/products', { params: { path: { id: businessId }, query } }));
  return { items: body.items, page: body.page, pageSize: body.pageSize, totalCount: body.totalCount };
}

export function useBusinessProducts(businessId: string, query: ProductListQuery) {
  return useQuery({
    queryKey: productKeys.list(businessId, query),
    queryFn: () => listBusinessProducts(businessId, query),
    placeholderData: keepPreviousData,
  });
}

export async function getProduct(id: string): Promise<ProductWithEtag> {
  const result = await api.GET('/api/v1/products/{productId}', { params: { path: { productId: id } } });
  return { product: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useProduct(id: string | null) {
  return useQuery({
    queryKey: productKeys.detail(id ?? ''),
    queryFn: () => getProduct(id!),
    enabled: Boolean(id),
    refetchOnMount: 'always',
  });
}

/** Products change the business's e-katalog readiness: refresh our lists and the readiness views. */
function afterChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: productKeys.all });
  void queryClient.invalidateQueries({ queryKey: sharedKeys.ekatalog });
}

export async function createProduct(businessId: string, input: ProductInput): Promise<ProductWithEtag> {
  const result = await api.POST('/api/v1/businesses/{id}/products', { params: { path: { id: businessId } }, body: input });
  return { product: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useCreateProduct(businessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductInput) => createProduct(businessId, input),
    onSuccess: (created) => {
      if (created.etag) queryClient.setQueryData(productKeys.detail(created.product.id), created);
      afterChange(queryClient);
    },
  });
}

/** UpdateProduct with If-Match (412 when someone changed it first). */
export async function updateProduct(id: string, etag: string, input: ProductInput): Promise<ProductWithEtag> {
  const result = await api.PUT('/api/v1/products/{productId}', {
    params: ifMatch({ productId: id }, etag),
    body: input,
  });
  return { product: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: ProductInput }) => updateProduct(id, etag, input),
    onSuccess: (updated) => {
      if (updated.etag) queryClient.setQueryData(productKeys.detail(updated.product.id), updated);
      afterChange(queryClient);
    },
  });
}

export async function deleteProduct(id: string, etag: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/products/{productId}', { params: ifMatch({ productId: id }, etag) }));
}

export function useDeleteProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => deleteProduct(id, etag),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: productKeys.detail(id) });
      afterChange(queryClient);
    },
  });
}

/** UploadProductPhoto: multipart field 'file'; the API checks the content (415) and the size (413). */
export async function uploadPhoto(productId: string, file: File): Promise<Photo> {
  const form = new FormData();
  form.append('file', file, file.name);
  const result = await api.POST('/api/v1/products/{productId}/photos', {
    params: { path: { productId } },
    body: {} as never,
    bodySerializer: () => form,
  });
  return unwrap(result);
}

export function useUploadPhoto(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadPhoto(productId, file),
    onSuccess: () => afterChange(queryClient),
  });
}

/** DeleteProductPhoto: If-Match of the product. */
export async function deletePhoto(productId: string, photoId: string, etag: string): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/products/{productId}/photos/{photoId}', {
      params: ifMatch({ productId, photoId }, etag),
    }),
  );
}

export function useDeletePhoto(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ photoId, etag }: { photoId: string; etag: string }) => deletePhoto(productId, photoId, etag),
    onSuccess: () => afterChange(queryClient),
  });
}

/**
 * Staff photo URLs need the bearer token, which an <img src> cannot send: the bytes are fetched
 * through the API client and shown from an object URL.
 */
export async function getPhotoBlob(productId: string, photoId: string): Promise<Blob> {
  const result = await api.GET('/api/v1/products/{productId}/photos/{photoId}', {
    params: { path: { productId, photoId } },
    parseAs: 'blob',
  });
  return unwrap(result);
}

export function usePhotoBlob(productId: string, photoId: string) {
  return useQuery({
    queryKey: productKeys.photo(productId, photoId),
    queryFn: () => getPhotoBlob(productId, photoId),
    staleTime: Infinity,
  });
}
