import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type ApiKey = JsonOf<paths['/api/v1/api-keys/{id}']['get']['responses'][200]>;
export type ApiKeyListQuery = NonNullable<paths['/api/v1/api-keys']['get']['parameters']['query']>;
export type ApiKeyList = { items: ApiKey[]; page: number; pageSize: number; totalCount: number };
export type CreateApiKeyInput = Body<paths['/api/v1/api-keys']['post']>;
export type CreatedApiKey = JsonOf<paths['/api/v1/api-keys']['post']['responses'][201]>;

/** The scopes the API grants (its description of POST /api-keys lists them). */
export const SCOPES = ['catalog:read', 'businesses:read', 'businesses:write', 'personal-data:read'] as const;
export type Scope = (typeof SCOPES)[number];
