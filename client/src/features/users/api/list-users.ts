import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UserList, UserListQuery } from './types';

export async function listUsers(query: UserListQuery): Promise<UserList> {
  const body = unwrap(await api.GET('/api/v1/users', { params: { query } }));
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

export const userListKey = (query: UserListQuery) => ['users', 'list', query] as const;

export function useUsers(query: UserListQuery) {
  return useQuery({ queryKey: userListKey(query), queryFn: () => listUsers(query), placeholderData: keepPreviousData });
}
