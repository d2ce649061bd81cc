import type { UserRole } from '@/lib/api/types';
import { ROLES, type UserListQuery } from '../api/types';

// Filters of the user list live in the URL (shareable); the API pages and sorts.
export const DEFAULT_PAGE_SIZE = 25;

export type UserListParams = {
  page: number;
  q: string;
  /** '' for any role. */
  role: UserRole;
  active: 'true' | 'false' | '';
};

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

export function parseUserParams(search: URLSearchParams): UserListParams {
  const role = search.get('role') ?? '';
  const active = search.get('active') ?? '';
  return {
    page: positiveInt(search.get('page'), 1),
    q: (search.get('q') ?? '').trim(),
    role: Object.prototype.hasOwnProperty.call(ROLES, role) ? (role) : '',
    active: active === 'true' || active === 'false' ? active : '',
  };
}

export function toUserSearchParams(params: UserListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.role) search.set('role', params.role);
  if (params.active) search.set('active', params.active);
  if (params.page !== 1) search.set('page', String(params.page));
  return search;
}

export function toUserApiQuery(params: UserListParams): UserListQuery {
  const query: UserListQuery = { page: params.page, pageSize: DEFAULT_PAGE_SIZE, sort: 'name' };
  if (params.q) query.q = params.q;
  if (params.role) query.role = params.role;
  if (params.active) query.active = params.active;
  return query;
}
