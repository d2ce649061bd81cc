import type { components, paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type ApiKey = JsonOf<paths['/api/v1/api-keys/{id}']['get']['responses'][200]>;
export type ApiKeyListQuery = NonNullable<paths['/api/v1/api-keys']['get']['parameters']['query']>;
export type ApiKeyList = { items: ApiKey[]; page: number; pageSize: number; totalCount: number };
export type CreateApiKeyInput = Body<paths['/api/v1/api-keys']['post']>;
export type CreatedApiKey = JsonOf<paths['/api/v1/api-keys']['post']['responses'][201]>;

/** A scope the API grants: the ApiKeyScope enum of the OpenAPI document. */
export type Scope = components['schemas']['ApiKeyScope'];

/** Every scope, in the API's order; the Record makes tsc fail when the document gains one not listed here. */
const scopeOrder: Record<Scope, number> = {
  'catalog:read': 0,
  'businesses:read': 1,
  'businesses:write': 2,
  'personal-data:read': 3,
  'metrics:read': 4,
  'training:read': 5,
  'training:write': 6,
  'export-cases:read': 7,
  'export-cases:write': 8,
  'groups:read': 9,
  'aid:read': 10,
  'loans:read': 11,
  'loans:write': 12,
  'reports:read': 13,
  'dashboard:read': 14,
};
export const SCOPES = (Object.keys(scopeOrder) as Scope[]).sort((a, b) => scopeOrder[a] - scopeOrder[b]);
