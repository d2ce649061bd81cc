import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<T> = T extends { content: { 'application/json': infer B } } ? NonNullable<B> : never;

export type Aid = JsonOf<paths['/api/v1/aid-distributions/{id}']['get']['responses'][200]>;
export type AidStatus = Aid['status'];
export type AidItem = Aid['items'][number];
export type AidListQuery = NonNullable<paths['/api/v1/aid-distributions']['get']['parameters']['query']>;
export type AidInput = BodyOf<NonNullable<paths['/api/v1/aid-distributions']['post']['requestBody']>>;
export type ChangeAidStatusBody = BodyOf<NonNullable<paths['/api/v1/aid-distributions/{id}/status']['post']['requestBody']>>;
export type Group = JsonOf<paths['/api/v1/groups/{id}']['get']['responses'][200]>;
export type AidValueBy = 'group' | 'kecamatan' | 'programme' | 'year';
export type AidValueLine = JsonOf<paths['/api/v1/aid-reports/value']['get']['responses'][200]>[number];
export type BeneficiaryLine = JsonOf<paths['/api/v1/aid-reports/beneficiaries']['get']['responses'][200]>['items'][number];
export type GroupsWithMemberLoans = JsonOf<paths['/api/v1/aid-reports/groups-with-member-loans']['get']['responses'][200]>;
export type GroupWithMemberLoans = GroupsWithMemberLoans['items'][number];
export type MemberLoan = GroupWithMemberLoans['membersWithLoans'][number]['loans'][number];
export type Paged<T> = { items: T[]; page: number; pageSize: number; totalCount: number };
