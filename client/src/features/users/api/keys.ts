import type { UserListQuery } from './types';

// Every query key of this area starts with 'users' (invalidate userKeys.all to refresh it all).
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserListQuery) => [...userKeys.lists(), query] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};
