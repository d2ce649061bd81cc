import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { userKeys } from './keys';
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

export function useUsers(query: UserListQuery) {
  return useQuery({ queryKey: userKeys.list(query), queryFn: () => listUsers(query), placeholderData: keepPreviousData });
}
