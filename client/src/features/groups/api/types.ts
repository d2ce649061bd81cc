import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<T> = T extends { content: { 'application/json': infer B } } ? NonNullable<B> : never;

export type Group = JsonOf<paths['/api/v1/groups/{id}']['get']['responses'][200]>;
export type GroupListQuery = NonNullable<paths['/api/v1/groups']['get']['parameters']['query']>;
export type GroupInput = BodyOf<NonNullable<paths['/api/v1/groups']['post']['requestBody']>>;
export type GroupMember = JsonOf<paths['/api/v1/groups/{id}/members']['get']['responses'][200]>[number];
export type GroupKind = Group['kind'];
export type GroupStatus = Group['status'];
export type Aid = JsonOf<paths['/api/v1/aid-distributions/{id}']['get']['responses'][200]>;
export type AidStatus = Aid['status'];
export type Paged<T> = { items: T[]; page: number; pageSize: number; totalCount: number };
