import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Product = JsonOf<paths['/api/v1/products/{productId}']['get']['responses'][200]>;
export type ProductInput = NonNullable<JsonOf<NonNullable<paths['/api/v1/products/{productId}']['put']['requestBody']>>>;
export type ProductCategory = Product['category'];
export type Photo = Product['photos'][number];
export type ProductListQuery = NonNullable<paths['/api/v1/businesses/{id}/products']['get']['parameters']['query']>;
type ProductListBody = JsonOf<paths['/api/v1/businesses/{id}/products']['get']['responses'][200]>;
export type ProductList = { items: Product[]; page: number; pageSize: number; totalCount: number };
export type { ProductListBody };
