import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Readiness = JsonOf<paths['/api/v1/businesses/{id}/ekatalog-readiness']['get']['responses'][200]>;
export type Requirement = Readiness['requirements'][number];
export type RequirementStatus = Requirement['status'];
export type EkatalogStatus = Readiness['ekatalogStatus'];
export type ReadinessListQuery = NonNullable<paths['/api/v1/ekatalog-readiness']['get']['parameters']['query']>;
type ReadinessListBody = JsonOf<paths['/api/v1/ekatalog-readiness']['get']['responses'][200]>;
export type ReadinessItem = ReadinessListBody['items'][number];
export type ReadinessList = { items: ReadinessItem[]; page: number; pageSize: number; totalCount: number };
export type Transition = JsonOf<paths['/api/v1/businesses/{id}/ekatalog-transitions']['post']['responses'][201]>;
export type TransitionInput = NonNullable<JsonOf<NonNullable<paths['/api/v1/businesses/{id}/ekatalog-transitions']['post']['requestBody']>>>;
export type TaxStatusCheck = JsonOf<paths['/api/v1/businesses/{id}/tax-status']['post']['responses'][201]>;
export type TaxStatusInput = NonNullable<JsonOf<NonNullable<paths['/api/v1/businesses/{id}/tax-status']['post']['requestBody']>>>;
export type TaxStatus = TaxStatusCheck['status'];
