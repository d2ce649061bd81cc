import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<T> = T extends { content: { 'application/json': infer B } } ? NonNullable<B> : never;

export type Loan = JsonOf<paths['/api/v1/loan-referrals/{id}']['get']['responses'][200]>;
export type LoanStatus = Loan['status'];
export type LoanBank = Loan['bank'];
export type LoanProduct = Loan['product'];
export type LoanListQuery = NonNullable<paths['/api/v1/loan-referrals']['get']['parameters']['query']>;
export type LoanInput = BodyOf<NonNullable<paths['/api/v1/loan-referrals']['post']['requestBody']>>;
export type ChangeLoanStatusBody = BodyOf<NonNullable<paths['/api/v1/loan-referrals/{id}/status']['post']['requestBody']>>;
export type ApprovalRateLine = JsonOf<paths['/api/v1/loan-reports/approval-rates']['get']['responses'][200]>[number];
export type DisbursedByQuarter = JsonOf<paths['/api/v1/loan-reports/disbursed-by-quarter']['get']['responses'][200]>;
export type Paged<T> = { items: T[]; page: number; pageSize: number; totalCount: number };
