import type { paths } from '@/lib/api/schema';
import type { UserRole } from '@/lib/api/types';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type User = JsonOf<paths['/api/v1/users/{id}']['get']['responses'][200]>;
export type UserListQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type UserList = { items: User[]; page: number; pageSize: number; totalCount: number };
export type CreateUserInput = Body<paths['/api/v1/users']['post']>;
export type ChangePasswordInput = Body<paths['/api/v1/auth/change-password']['post']>;

/** The roles an account can have (the document types role as a string; the shell's UserRole lists them). */
export const ROLES: Record<UserRole, true> = { admin: true, officer: true, viewer: true };
export const roleValues = Object.keys(ROLES);

export type UserWithEtag = { user: User; etag: string | null };
